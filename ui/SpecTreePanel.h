#pragma once

#include <QModelIndex>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class SpecTreeModel;

/// The specs tree on the left, with a filter box. Activating a spec asks for it to be opened.
///
/// Local collections start expanded. A connection's collection starts collapsed: expanding it
/// is what loads its specs from the server (collectionExpanded()), so SpecDesk never contacts
/// every server at start.
class SpecTreePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpecTreePanel(SpecTreeModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    void selectSpec(qint64 specId);
    /// The current row, as an index of the SpecTreeModel (not of the filter in between).
    QModelIndex currentIndex() const;
    void expandCollection(qint64 collectionId);
    /// Puts the keyboard in the filter box with its text selected (Ctrl+F in the tree).
    void focusFilter();

Q_SIGNALS:
    void specActivated(qint64 specId);
    void collectionExpanded(qint64 collectionId);
    /// A context menu was asked for on `index` (of the SpecTreeModel; invalid on empty space).
    void contextMenuRequested(const QModelIndex& index, const QPoint& globalPos);

private:
    /// Expands local collections, and while filtering every collection with a match.
    void expandCollections();
    void onRowsInserted(const QModelIndex& parent, int first, int last);

    SpecTreeModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_filterEdit;
    QTreeView* m_view;
};
