#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class SpecTreeModel;

/// The specs tree on the left, with a filter box. Activating a spec asks for it to be opened.
class SpecTreePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpecTreePanel(SpecTreeModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    void selectSpec(qint64 specId);

Q_SIGNALS:
    void specActivated(qint64 specId);

private:
    SpecTreeModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_filterEdit;
    QTreeView* m_view;
};
