#pragma once

#include <QWidget>

class OutlineModel;
class QLabel;
class QTreeView;
class SpecEditor;

/// The outline of the current spec. It follows the editor's caret, and activating a row moves
/// the caret to that node.
class OutlinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutlinePanel(QWidget* parent = nullptr);

    void setEditor(SpecEditor* editor);
    QTreeView* view() const { return m_view; }

private:
    void refresh();
    void followCaret();

    SpecEditor* m_editor = nullptr;
    OutlineModel* m_model;
    QTreeView* m_view;
    QLabel* m_emptyLabel;
    QList<QMetaObject::Connection> m_editorConnections;
};
