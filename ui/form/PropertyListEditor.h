#pragma once

#include "TextSplice.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class SpecEditor;
class SpecTree;
struct CurrentText;

/// The Form's list of a DataFramer spec's properties: add, rename (F2 or a double click),
/// remove (Delete) and move (Alt+Up, Alt+Down). Each is one splice of the text made by
/// PropertyListEdits, so one undo step; the list shows what the text holds after each analysis.
///
/// Below the list, a table of the selected property's values and their shares: rename a value
/// or type a share (F2 or a double click), add one (Insert) and remove one (Delete). Each is one
/// splice made by PropertyValueEdits, which rebalances the other shares so that they keep
/// adding up to 100, as the distribution panel's sliders do.
///
/// A read-only spec is read here, not changed: the list and the table stay enabled and
/// focusable (for keyboard and screen reader users) but open no editor, and the buttons are off.
class PropertyListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyListEditor(QWidget* parent = nullptr);

    void setEditor(SpecEditor* editor) { m_editor = editor; }
    /// Shows the properties of the editor's last analysis.
    void showProperties(const SpecTree& tree, bool readOnly);
    QListWidget* list() const { return m_list; }
    /// The selected property's values (column 0) and shares in percent (column 1).
    QTableWidget* values() const { return m_values; }

    void addProperty();
    void removeProperty();
    void moveProperty(bool up);
    /// Adds a value (value_1, …) to the selected property, with a share of 0.
    void addValue();
    /// Removes the value of the table's current row; its share goes to the others.
    void removeValue();

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
    /// Fills the table with the values of the list's current property in `tree`, keeping the
    /// current value (or row) and column where it can.
    void showValues(const SpecTree& tree);
    /// The table's values from the editor's last analysis, as the list shows it.
    void showValuesOfLastAnalysis();
    /// The table's values from the text as it is now, where it is small enough to read again.
    void showValuesNow();
    /// A value renamed or a share typed in the table.
    void valueEdited(QTableWidgetItem* item);

    QPointer<SpecEditor> m_editor;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QLabel* m_valuesLabel;
    QTableWidget* m_values;
    QPushButton* m_addValue;
    QPushButton* m_removeValue;
    QLabel* m_valuesNote;
    /// The value to make current when the table is filled next (one just added).
    QString m_pendingValue;
    bool m_readOnly = false;
    bool m_showing = false;
    /// An analysis came while the list was hidden (another tab of the dock): read when shown.
    bool m_behind = false;
};
