#pragma once

#include "TextSplice.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QListWidget;
class QPushButton;
class SpecEditor;
class SpecTree;
struct CurrentText;

/// The Form's list of a DataFramer spec's properties: add, rename (F2 or a double click),
/// remove (Delete) and move (Alt+Up, Alt+Down). Each is one splice of the text made by
/// PropertyListEdits, so one undo step; the list shows what the text holds after each analysis.
class PropertyListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyListEditor(QWidget* parent = nullptr);

    void setEditor(SpecEditor* editor) { m_editor = editor; }
    /// Shows the properties of the editor's last analysis.
    void showProperties(const SpecTree& tree, bool readOnly);
    QListWidget* list() const { return m_list; }

    void addProperty();
    void removeProperty();
    void moveProperty(bool up);

Q_SIGNALS:
    /// An edit could not be made; `message` says why.
    void problem(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    using MakeSplice = std::function<std::optional<TextSplice>(const CurrentText&, QString*)>;
    /// Makes the splice from the current text and applies it; false when it could not be made.
    /// `row` (or -1) is the property the edit is about, as the list shows it.
    bool edit(qint32 row, const MakeSplice& make);
    void updateButtons();

    QPointer<SpecEditor> m_editor;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    bool m_readOnly = false;
    bool m_showing = false;
    /// An analysis came while the list was hidden (another tab of the dock): read when shown.
    bool m_behind = false;
};
