#include "SpecTreeModel.h"

#include "ResourcePaths.h"
#include "WorkspaceStore.h"

#include <QDir>
#include <QIcon>

#include <algorithm>

namespace {

// Collection rows carry internal id 0; a spec row carries its collection's row + 1.
constexpr quintptr kCollectionInternalId = 0;
const QString kRemoteType = QStringLiteral("remote");

/// Whether two summaries of a spec show the same in the tree.
bool sameRow(const SpecRecord& a, const SpecRecord& b)
{
    return a.title == b.title && a.kind == b.kind && a.filePath == b.filePath && a.remoteId == b.remoteId
           && a.remoteStatus == b.remoteStatus && a.remoteDetail == b.remoteDetail
           && a.contentReceived == b.contentReceived;
}

bool titleLess(const SpecRecord& a, const SpecRecord& b)
{
    const int order = QString::compare(a.title, b.title, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a.id < b.id;
}

/// Why a remote spec cannot be edited; empty when it can.
QString readOnlyReason(const SpecRecord& spec)
{
    RemoteSpec remote;
    remote.status = spec.remoteStatus;
    remote.statusDetail = spec.remoteDetail;
    remote.hasContent = true;
    return remote.readOnlyReason();
}

/// What a sync state means when the journal gives no message of its own.
QString syncExplanation(SyncState state)
{
    switch (state) {
    case SyncState::Draft:
        return SpecTreeModel::tr("edited here, not sent to the server yet");
    case SyncState::Queued:
        return SpecTreeModel::tr("waiting for the server to answer; sent once it does");
    case SyncState::Syncing:
        return SpecTreeModel::tr("being sent to the server");
    case SyncState::Conflict:
        return SpecTreeModel::tr("changed on the server too; choose which text to keep");
    case SyncState::Error:
        return SpecTreeModel::tr("the server did not take the draft");
    case SyncState::Synced:
        break;
    }
    return {};
}

QString joined(const QStringList& parts)
{
    QStringList present;
    for (const QString& part : parts) {
        if (!part.isEmpty()) {
            present << part;
        }
    }
    return present.join(QStringLiteral(", "));
}

} // namespace

SpecTreeModel::SpecTreeModel(WorkspaceStore* store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_journal(store)
{
    connect(m_store, &WorkspaceStore::collectionAdded, this, &SpecTreeModel::onCollectionAdded);
    connect(m_store, &WorkspaceStore::collectionRemoved, this, &SpecTreeModel::onCollectionRemoved);
    connect(m_store, &WorkspaceStore::collectionsChanged, this, &SpecTreeModel::onCollectionsChanged);
    connect(m_store, &WorkspaceStore::specAdded, this, &SpecTreeModel::onSpecAdded);
    connect(m_store, &WorkspaceStore::specChanged, this, &SpecTreeModel::onSpecChanged);
    connect(m_store, &WorkspaceStore::changedByOthers, this, &SpecTreeModel::catchUp);
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
    m_syncStates.clear();
    const QList<SyncRecord> records = m_journal.unsyncedSummaries();
    for (const SyncRecord& record : records) {
        m_syncStates.insert(record.specId, {record.state, record.message});
    }
    endResetModel();
}

void SpecTreeModel::catchUp()
{
    onCollectionsChanged();
    // This process's own draft writes wake the watcher too, once a second while someone types:
    // those change nothing a row shows, and are told apart here cheaply.
    const QByteArray fingerprint = m_store->specsFingerprint();
    if (!fingerprint.isEmpty() && fingerprint == m_fingerprint) {
        return;
    }
    m_fingerprint = fingerprint;
    for (int c = 0; c < m_collections.size(); ++c) {
        catchUpSpecs(c);
    }
    catchUpSyncStates();
}

void SpecTreeModel::catchUpSpecs(int collectionRow)
{
    const QList<SpecRecord> fresh = m_store->specSummaries(m_collections.at(collectionRow).collection.id);
    QHash<qint64, qsizetype> freshRows;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        freshRows.insert(fresh.at(i).id, i);
    }
    const QModelIndex parentIndex = index(collectionRow, 0);
    for (int row = int(m_collections.at(collectionRow).specs.size()) - 1; row >= 0; --row) {
        const qint64 specId = m_collections.at(collectionRow).specs.at(row).id;
        if (freshRows.contains(specId)) {
            continue;
        }
        beginRemoveRows(parentIndex, row, row);
        m_collections[collectionRow].specs.removeAt(row);
        m_busySpecs.remove(specId);
        m_specErrors.remove(specId);
        m_syncStates.remove(specId);
        endRemoveRows();
    }
    // Compared against a snapshot first: rows move as titles change, and looking each one up
    // again would cost a scan of the tree per spec.
    QHash<qint64, SpecRecord> shown;
    for (const SpecRecord& spec : std::as_const(m_collections.at(collectionRow).specs)) {
        shown.insert(spec.id, spec);
    }
    for (const SpecRecord& summary : fresh) {
        const auto it = shown.constFind(summary.id);
        if (it == shown.cend()) {
            onSpecAdded(summary);
        } else if (!sameRow(*it, summary)) {
            updateSpecRow(summary);
        }
    }
}

void SpecTreeModel::catchUpSyncStates()
{
    QHash<qint64, SyncStatus> fresh;
    const QList<SyncRecord> records = m_journal.unsyncedSummaries();
    for (const SyncRecord& record : records) {
        fresh.insert(record.specId, {record.state, record.message});
    }
    QSet<qint64> moved;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        const SyncStatus before = m_syncStates.value(it.key());
        if (before.state != it->state || before.message != it->message) {
            moved.insert(it.key());
        }
    }
    for (auto it = m_syncStates.cbegin(); it != m_syncStates.cend(); ++it) {
        if (!fresh.contains(it.key())) {
            moved.insert(it.key());
        }
    }
    for (const qint64 specId : std::as_const(moved)) {
        refreshSyncState(specId);
    }
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

QModelIndex SpecTreeModel::indexForCollection(qint64 collectionId) const
{
    const int row = collectionRow(collectionId);
    return row < 0 ? QModelIndex() : createIndex(row, 0, kCollectionInternalId);
}

void SpecTreeModel::setLoadState(qint64 collectionId, LoadState state, const QString& message)
{
    m_loadStates.insert(collectionId, {state, message});
    const QModelIndex changed = indexForCollection(collectionId);
    if (changed.isValid()) {
        Q_EMIT dataChanged(changed, changed);
    }
}

SpecTreeModel::LoadState SpecTreeModel::loadState(qint64 collectionId) const
{
    return m_loadStates.value(collectionId).state;
}

void SpecTreeModel::setSpecBusy(qint64 specId, bool busy)
{
    if (busy) {
        m_busySpecs.insert(specId);
    } else {
        m_busySpecs.remove(specId);
    }
    const QModelIndex changed = indexForSpec(specId);
    if (changed.isValid()) {
        Q_EMIT dataChanged(changed, changed);
    }
}

void SpecTreeModel::setSpecError(qint64 specId, const QString& message)
{
    if (message.isEmpty()) {
        m_specErrors.remove(specId);
    } else {
        m_specErrors.insert(specId, message);
    }
    const QModelIndex changed = indexForSpec(specId);
    if (changed.isValid()) {
        Q_EMIT dataChanged(changed, changed);
    }
}

SyncState SpecTreeModel::syncState(qint64 specId) const
{
    return m_syncStates.value(specId).state;
}

QString SpecTreeModel::syncMessage(qint64 specId) const
{
    return m_syncStates.value(specId).message;
}

bool SpecTreeModel::readSyncState(qint64 specId)
{
    const std::optional<SyncRecord> record = m_journal.summary(specId);
    const SyncStatus before = m_syncStates.value(specId);
    SyncStatus now;
    if (record) {
        now = {record->state, record->message};
    }
    if (now.state == SyncState::Synced) {
        m_syncStates.remove(specId);
    } else {
        m_syncStates.insert(specId, now);
    }
    return now.state != before.state || now.message != before.message;
}

void SpecTreeModel::refreshSyncState(qint64 specId)
{
    if (!readSyncState(specId)) {
        return;
    }
    const QModelIndex changed = indexForSpec(specId);
    if (changed.isValid()) {
        Q_EMIT dataChanged(changed, changed);
    }
    Q_EMIT syncStateChanged(specId);
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

bool SpecTreeModel::isRemoteCollection(const QModelIndex& index) const
{
    return index.isValid() && index.column() == 0 && index.internalId() == kCollectionInternalId
           && m_collections.at(index.row()).collection.type == kRemoteType;
}

bool SpecTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0 || canFetchMore(parent);
}

bool SpecTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (!isRemoteCollection(parent)) {
        return false;
    }
    const LoadState state = loadState(m_collections.at(parent.row()).collection.id);
    return state == LoadState::NotLoaded || state == LoadState::Failed;
}

void SpecTreeModel::fetchMore(const QModelIndex&)
{
    // See canFetchMore(): the UI starts loading when the user expands the connection.
}

QVariant SpecTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == kCollectionInternalId) {
        return collectionData(m_collections.at(index.row()).collection, role);
    }
    return specData(m_collections.at(int(index.internalId() - 1)).specs.at(index.row()), role);
}

QVariant SpecTreeModel::collectionData(const CollectionRecord& collection, int role) const
{
    const bool remote = collection.type == kRemoteType;
    const LoadStatus status = m_loadStates.value(collection.id);
    QString note;
    if (remote && status.state == LoadState::Loading) {
        note = status.message.isEmpty() ? tr("Loading…") : status.message;
    } else if (remote && status.state == LoadState::Failed) {
        note = status.message;
    }
    switch (role) {
    case Qt::DisplayRole:
    case FilterTextRole:
        return collection.name;
    case Qt::DecorationRole:
        return icon(ResourcePaths::collectionIcon());
    case Qt::ToolTipRole:
        if (!remote) {
            return {};
        }
        switch (status.state) {
        case LoadState::NotLoaded:
            return tr("Connection %1: expand it to load its specs from the server.").arg(collection.name);
        case LoadState::Loading:
            return tr("Connection %1: loading its specs from the server…").arg(collection.name);
        case LoadState::Failed:
            return tr("Connection %1: the specs could not be loaded. %2\nUse Retry in the context menu once "
                      "this is fixed.")
                .arg(collection.name, status.message);
        case LoadState::Loaded:
            return tr("Connection %1: specs as its server last sent them. Refresh (F5) loads them again.")
                .arg(collection.name);
        }
        return {};
    case Qt::AccessibleTextRole:
        return joined({collection.name, note});
    case StatusNoteRole:
        return note;
    case IsCollectionRole:
        return true;
    case IsRemoteRole:
        return remote;
    case CollectionIdRole:
        return collection.id;
    case LoadStateRole:
        return int(status.state);
    case SpecIdRole:
        return qint64(0);
    default:
        return {};
    }
}

QString SpecTreeModel::specToolTip(const SpecRecord& spec, const QString& badge, const QString& error) const
{
    if (!spec.isRemote()) {
        return spec.filePath.isEmpty()
                   ? SpecKinds::displayName(spec.kind)
                   : tr("%1 — %2").arg(SpecKinds::displayName(spec.kind), QDir::toNativeSeparators(spec.filePath));
    }
    const QString reason = readOnlyReason(spec);
    QString tip;
    if (!error.isEmpty()) {
        tip = tr("%1 — the last fetch failed:\n%2").arg(SpecKinds::displayName(spec.kind), error);
    } else if (reason.isEmpty()) {
        tip = tr("%1 — on the server as %2").arg(SpecKinds::displayName(spec.kind), spec.remoteId);
    } else {
        tip = tr("%1 — %2\n%3").arg(SpecKinds::displayName(spec.kind), badge, reason);
    }
    const SyncStatus sync = m_syncStates.value(spec.id);
    if (sync.state != SyncState::Synced) {
        tip += QLatin1Char('\n')
               + tr("Sync: %1 — %2")
                     .arg(SyncStates::label(sync.state),
                          sync.message.isEmpty() ? syncExplanation(sync.state) : sync.message);
    }
    return tip;
}

QVariant SpecTreeModel::specData(const SpecRecord& spec, int role) const
{
    const QString badge = spec.isRemote() ? RemoteStatuses::badge(spec.remoteStatus) : QString();
    const QString error = m_specErrors.value(spec.id);
    const QString note = m_busySpecs.contains(spec.id) ? tr("Loading…") : error;
    const SyncStatus sync = m_syncStates.value(spec.id);
    // Synced specs stay quiet: only a state that asks for attention earns a badge.
    const QString syncBadge = sync.state == SyncState::Synced ? QString() : SyncStates::label(sync.state);
    switch (role) {
    case Qt::DisplayRole:
    case FilterTextRole:
        return spec.title;
    case Qt::DecorationRole:
        return icon(ResourcePaths::kindIcon(SpecKinds::id(spec.kind)));
    case Qt::ToolTipRole:
        return specToolTip(spec, badge, error);
    case Qt::AccessibleTextRole:
        return joined({spec.title, badge, syncBadge, note});
    case StatusBadgeRole:
        return badge;
    case StatusNoteRole:
        return note;
    case RemoteStatusRole:
        return spec.isRemote() ? RemoteStatuses::id(spec.remoteStatus) : QString();
    case SyncStateRole:
        return spec.isRemote() ? SyncStates::id(sync.state) : QString();
    case SyncBadgeRole:
        return syncBadge;
    case SyncMessageRole:
        return sync.message;
    case SpecIdRole:
        return spec.id;
    case KindIdRole:
        return SpecKinds::id(spec.kind);
    case CollectionIdRole:
        return spec.collectionId;
    case IsRemoteRole:
        return spec.isRemote();
    case IsCollectionRole:
        return false;
    case LoadStateRole:
        // Paints the note in the error colour, as on a connection whose loading failed.
        return int(error.isEmpty() ? LoadState::Loaded : LoadState::Failed);
    default:
        return {};
    }
}

QIcon SpecTreeModel::icon(const QString& path) const
{
    auto it = m_icons.find(path);
    if (it == m_icons.end()) {
        it = m_icons.insert(path, QIcon(path));
    }
    return *it;
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

void SpecTreeModel::onCollectionRemoved(qint64 collectionId)
{
    m_loadStates.remove(collectionId);
    const int row = collectionRow(collectionId);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    for (const SpecRecord& spec : std::as_const(m_collections.at(row).specs)) {
        m_busySpecs.remove(spec.id);
        m_specErrors.remove(spec.id);
        m_syncStates.remove(spec.id);
    }
    m_collections.removeAt(row);
    endRemoveRows();
}

void SpecTreeModel::onCollectionsChanged()
{
    // A connection was added, renamed or removed. Apply that in place, so the tree keeps its
    // expanded rows and selection; anything else (a new order) reloads.
    const QList<CollectionRecord> fresh = m_store->collections();
    const auto inFresh = [&fresh](qint64 id) {
        return std::any_of(
            fresh.cbegin(), fresh.cend(), [id](const CollectionRecord& candidate) { return candidate.id == id; });
    };
    for (int c = int(m_collections.size()) - 1; c >= 0; --c) {
        if (!inFresh(m_collections.at(c).collection.id)) {
            onCollectionRemoved(m_collections.at(c).collection.id);
        }
    }
    QList<qint64> survivors;
    for (const CollectionRecord& collection : fresh) {
        if (collectionRow(collection.id) >= 0) {
            survivors << collection.id;
        }
    }
    for (int c = 0; c < m_collections.size(); ++c) {
        if (m_collections.at(c).collection.id != survivors.value(c)) {
            reload();
            return;
        }
    }
    for (int row = 0; row < fresh.size(); ++row) {
        const CollectionRecord& collection = fresh.at(row);
        if (row < m_collections.size() && m_collections.at(row).collection.id == collection.id) {
            CollectionRecord& known = m_collections[row].collection;
            if (known.name != collection.name || known.type != collection.type) {
                known = collection;
                const QModelIndex changed = index(row, 0);
                Q_EMIT dataChanged(changed, changed);
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_collections.insert(row, {collection, m_store->specSummaries(collection.id)});
        endInsertRows();
    }
}

void SpecTreeModel::onSpecAdded(const SpecRecord& summary)
{
    const int c = collectionRow(summary.collectionId);
    if (c < 0) {
        return;
    }
    QList<SpecRecord>& specs = m_collections[c].specs;
    const int row = int(std::upper_bound(specs.cbegin(), specs.cend(), summary, titleLess) - specs.cbegin());
    const bool syncChanged = summary.isRemote() && readSyncState(summary.id);
    beginInsertRows(index(c, 0), row, row);
    specs.insert(row, summary);
    endInsertRows();
    if (syncChanged) {
        Q_EMIT syncStateChanged(summary.id);
    }
}

void SpecTreeModel::onSpecChanged(qint64 specId)
{
    const std::optional<SpecRecord> summary = m_store->specSummary(specId);
    // Every journal change (a draft written, a sync's progress, a resolution) comes through here.
    const bool syncChanged = summary && summary->isRemote() && readSyncState(specId);
    if (summary) {
        updateSpecRow(*summary);
    }
    if (syncChanged) {
        Q_EMIT syncStateChanged(specId);
    }
}

void SpecTreeModel::updateSpecRow(const SpecRecord& summary)
{
    const QModelIndex changed = indexForSpec(summary.id);
    if (!changed.isValid()) {
        return;
    }
    const int c = int(changed.internalId() - 1);
    QList<SpecRecord>& specs = m_collections[c].specs;
    const int row = changed.row();
    const bool retitled = specs.at(row).title != summary.title;
    specs[row] = summary;
    if (retitled) {
        // A server may rename a spec: keep the collection ordered by title.
        int target = row;
        while (target > 0 && titleLess(specs.at(row), specs.at(target - 1))) {
            --target;
        }
        while (target + 1 < specs.size() && titleLess(specs.at(target + 1), specs.at(row))) {
            ++target;
        }
        if (target != row) {
            const QModelIndex parentIndex = index(c, 0);
            beginMoveRows(parentIndex, row, row, parentIndex, target > row ? target + 1 : target);
            specs.move(row, target);
            endMoveRows();
            const QModelIndex moved = index(target, 0, parentIndex);
            Q_EMIT dataChanged(moved, moved);
            return;
        }
    }
    Q_EMIT dataChanged(changed, changed);
}
