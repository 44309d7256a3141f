#pragma once

#include "SchemaTreeModel.h"
#include "TextSplice.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTreeView;
class SpecEditor;
struct CurrentText;

/// The Form's tree of an Adobe flow spec's nested JSON Schemas (SchemaTreeModel): browse them,
/// change a value (F2 or a double click), add a string property to a schema (Insert) and
/// remove a node (Delete). Each change is one splice of the text made by SpecEdits, so the rest
/// of the text keeps its formatting and key order, and it is one undo step. After each analysis
/// the tree shows the new text with the same rows expanded and the same row current.
class SchemaTreeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaTreeEditor(QWidget* parent = nullptr);

    void setEditor(SpecEditor* editor);
    /// Shows the schemas of the editor's last analysis (read when the tree is next visible).
    void showSchemas(std::shared_ptr<const SpecAnalysis> analysis, bool readOnly);
    QTreeView* view() const { return m_view; }
    SchemaTreeModel* model() const { return m_model; }

    /// Adds `name: {"type": "string"}` to the `properties` of the schema the current row is in
    /// (or is a property of); false, with problem(), when there is none or the name is taken.
    bool addProperty(const QString& name);
    /// Asks for the new property's name, then adds it.
    void askAndAddProperty();
    /// Removes the current row's node: a mapping's entry or a list's item.
    bool removeCurrent();

Q_SIGNALS:
    /// An edit could not be made; `message` says why.
    void problem(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// The splice for the node at `node` of the current text's tree.
    using MakeSplice = std::function<std::optional<TextSplice>(const CurrentText&, qint32 node, QString* error)>;
    /// Finds the shown node `node` in the current text, makes the splice and applies it; false
    /// when either could not be done.
    bool edit(qint32 node, const MakeSplice& make);
    bool setValue(qint32 node, const QString& value);
    /// Shows m_latest, keeping the expanded rows, the current row and the scroll position.
    void showLatest();
    void updateButtons();

    QPointer<SpecEditor> m_editor;
    SchemaTreeModel* m_model;
    QTreeView* m_view;
    QLabel* m_emptyLabel;
    QPushButton* m_add;
    QPushButton* m_remove;
    std::shared_ptr<const SpecAnalysis> m_latest;
    bool m_readOnly = false;
    /// No spec has been shown yet: the first one opens its schemas.
    bool m_fresh = true;
    /// The row to make current once the text it was just written into is analysed.
    std::optional<SchemaTreeModel::Location> m_select;
};
