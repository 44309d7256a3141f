#include "SpecTreeModel.h"

#include "ResourcePaths.h"
#include "WorkspaceStore.h"

#include <QDir>
#include <QIcon>

#include <algorithm>

namespace {

// Collection rows carry internal id 0; a spec row carries its collection's row + 1.
constexpr quintptr kCollectionInternalId = 0;

bool titleLess(const SpecRecord& a, const SpecRecord& b)
{
    const int order = QString::compare(a.title, b.title, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a.id < b.id;
}

} // namespace

SpecTreeModel::SpecTreeModel(WorkspaceStore* store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(m_store, &WorkspaceStore::collectionAdded, this, &SpecTreeModel::onCollectionAdded);
    connect(m_store, &WorkspaceStore::specAdded, this, &SpecTreeModel::onSpecAdded);
    connect(m_store, &WorkspaceStore::specChanged, this, &SpecTreeModel::onSpecChanged);
    reload();
}

void SpecTreeModel::reload()
{
    beginResetModel();
    m_collections.clear();
    const QList<CollectionRecord> collections = m_store->collections();
    for (const CollectionRecord& collection : collections) {
        m_collections.append({collection, m_store->specSummaries(collection.id)});
    }
    endResetModel();
}

QModelIndex SpecTreeModel::indexForSpec(qint64 specId) const
{
    for (int c = 0; c < m_collections.size(); ++c) {
        const QList<SpecRecord>& specs = m_collections.at(c).specs;
        for (int s = 0; s < specs.size(); ++s) {
            if (specs.at(s).id == specId) {
                return createIndex(s, 0, quintptr(c + 1));
            }
        }
    }
    return {};
}

QModelIndex SpecTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kCollectionInternalId);
    }
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SpecTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kCollectionInternalId) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, kCollectionInternalId);
}

int SpecTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_collections.size());
    }
    if (parent.column() != 0 || parent.internalId() != kCollectionInternalId) {
        return 0;
    }
    return int(m_collections.at(parent.row()).specs.size());
}

int SpecTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant SpecTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == kCollectionInternalId) {
        const CollectionRecord& collection = m_collections.at(index.row()).collection;
        switch (role) {
        case Qt::DisplayRole:
            return collection.name;
        case Qt::DecorationRole:
            return QIcon(ResourcePaths::collectionIcon());
        case IsCollectionRole:
            return true;
        case SpecIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const SpecRecord& spec = m_collections.at(int(index.internalId() - 1)).specs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return spec.title;
    case Qt::DecorationRole:
        return QIcon(ResourcePaths::kindIcon(SpecKinds::id(spec.kind)));
    case Qt::ToolTipRole:
        return spec.filePath.isEmpty()
                   ? SpecKinds::displayName(spec.kind)
                   : tr("%1 — %2").arg(SpecKinds::displayName(spec.kind), QDir::toNativeSeparators(spec.filePath));
    case SpecIdRole:
        return spec.id;
    case KindIdRole:
        return SpecKinds::id(spec.kind);
    case IsCollectionRole:
        return false;
    default:
        return {};
    }
}

Qt::ItemFlags SpecTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

int SpecTreeModel::collectionRow(qint64 collectionId) const
{
    for (int c = 0; c < m_collections.size(); ++c) {
        if (m_collections.at(c).collection.id == collectionId) {
            return c;
        }
    }
    return -1;
}

void SpecTreeModel::onCollectionAdded(const CollectionRecord& collection)
{
    const int row = int(m_collections.size());
    beginInsertRows({}, row, row);
    m_collections.append({collection, {}});
    endInsertRows();
}

void SpecTreeModel::onSpecAdded(const SpecRecord& summary)
{
    const int c = collectionRow(summary.collectionId);
    if (c < 0) {
        return;
    }
    QList<SpecRecord>& specs = m_collections[c].specs;
    const int row = int(std::upper_bound(specs.cbegin(), specs.cend(), summary, titleLess) - specs.cbegin());
    beginInsertRows(index(c, 0), row, row);
    specs.insert(row, summary);
    endInsertRows();
}

void SpecTreeModel::onSpecChanged(qint64 specId)
{
    const QModelIndex changed = indexForSpec(specId);
    const std::optional<SpecRecord> summary = m_store->specSummary(specId);
    if (!changed.isValid() || !summary) {
        return;
    }
    m_collections[int(changed.internalId() - 1)].specs[changed.row()] = *summary;
    Q_EMIT dataChanged(changed, changed);
}
