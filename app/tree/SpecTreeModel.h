#pragma once

#include "SpecRecord.h"

#include <QAbstractItemModel>

class WorkspaceStore;

/// The specs tree: collections at the top, their specs below. A thin adapter over the
/// workspace store's signals; it holds summaries only, never the specs' content.
class SpecTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        SpecIdRole = Qt::UserRole + 1, ///< qint64; 0 on collection rows
        KindIdRole, ///< the spec kind's stable id; empty on collection rows
        IsCollectionRole,
    };

    explicit SpecTreeModel(WorkspaceStore* store, QObject* parent = nullptr);

    /// Reloads everything from the store.
    void reload();
    QModelIndex indexForSpec(qint64 specId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct CollectionNode
    {
        CollectionRecord collection;
        QList<SpecRecord> specs;
    };

    void onCollectionAdded(const CollectionRecord& collection);
    void onSpecAdded(const SpecRecord& summary);
    void onSpecChanged(qint64 specId);
    int collectionRow(qint64 collectionId) const;

    WorkspaceStore* m_store;
    QList<CollectionNode> m_collections;
};
