#pragma once

#include "SpecRecord.h"
#include "SyncJournal.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QSet>

class WorkspaceStore;

/// The specs tree: collections at the top, their specs below. A thin adapter over the
/// workspace store's signals; it holds summaries only, never the specs' content.
///
/// A connection's collection (type "remote") is loaded lazily by a controller in the UI; the
/// model only shows where that stands (setLoadState()), so the tree can say "Loading…" or why
/// the server could not be reached, on the connection's own row.
///
/// Each remote spec's sync state (draft, queued, conflict...) comes from the SyncJournal, read
/// again whenever the store says the spec changed. The model is the one place the GUI reads it
/// from, so the tree, the tab and the status bar never disagree: they follow syncStateChanged().
class SpecTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        SpecIdRole = Qt::UserRole + 1, ///< qint64; 0 on collection rows
        KindIdRole, ///< the spec kind's stable id; empty on collection rows
        IsCollectionRole,
        CollectionIdRole, ///< qint64: the row's collection, or the collection of the row's spec
        IsRemoteRole, ///< bool: a connection's collection, or a spec from a server
        RemoteStatusRole, ///< RemoteStatuses::id() of a remote spec; empty elsewhere
        StatusBadgeRole, ///< a short badge a spec's server status earns (PROCESSING, FAILED, archived)
        StatusNoteRole, ///< a plain note after the name: "Loading…", or why loading failed
        LoadStateRole, ///< int(LoadState) on collection rows
        FilterTextRole, ///< what the filter box matches: the name alone
        SyncStateRole, ///< SyncStates::id() of a remote spec's sync state; empty elsewhere
        SyncBadgeRole, ///< the sync state's word when it needs attention; empty when synced
        SyncMessageRole, ///< why the spec is in its state (the server's refusal, a merge note)
    };

    /// Where loading a connection's specs from its server stands, in this session.
    enum class LoadState {
        NotLoaded,
        Loading,
        Loaded,
        Failed,
    };

    explicit SpecTreeModel(WorkspaceStore* store, QObject* parent = nullptr);

    /// Reloads everything from the store.
    void reload();
    /// Reads collections, specs and sync states again and applies what differs in place (rows
    /// added, removed, renamed or re-stated), so the tree keeps its expanded rows and selection.
    /// For changes another process made (WorkspaceStore::changedByOthers()), which come with no
    /// signal of their own.
    void catchUp();
    QModelIndex indexForSpec(qint64 specId) const;
    QModelIndex indexForCollection(qint64 collectionId) const;

    void setLoadState(qint64 collectionId, LoadState state, const QString& message = {});
    LoadState loadState(qint64 collectionId) const;
    /// Marks a spec as being fetched from its server ("Loading…" on its row).
    void setSpecBusy(qint64 specId, bool busy);
    /// Shows why the last fetch of a spec failed on its row; an empty message clears it.
    void setSpecError(qint64 specId, const QString& message);

    /// A remote spec's sync state as last read from the journal; Synced for local specs.
    SyncState syncState(qint64 specId) const;
    QString syncMessage(qint64 specId) const;
    /// Reads the spec's sync state from the journal again (the sync engine reports a change).
    void refreshSyncState(qint64 specId);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    /// True for a connection not loaded yet, so views offer to expand it although no spec is
    /// cached. Loading itself is the UI's job (on the view's expanded()), never a side effect
    /// of a view or a model tester asking.
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    /// A remote spec's sync state or its message changed.
    void syncStateChanged(qint64 specId);

private:
    struct CollectionNode
    {
        CollectionRecord collection;
        QList<SpecRecord> specs;
    };
    struct LoadStatus
    {
        LoadState state = LoadState::NotLoaded;
        QString message;
    };
    struct SyncStatus
    {
        SyncState state = SyncState::Synced;
        QString message;
    };

    QVariant collectionData(const CollectionRecord& collection, int role) const;
    QVariant specData(const SpecRecord& spec, int role) const;
    QString specToolTip(const SpecRecord& spec, const QString& badge, const QString& error) const;
    void onCollectionAdded(const CollectionRecord& collection);
    void onCollectionRemoved(qint64 collectionId);
    void onCollectionsChanged();
    void onSpecAdded(const SpecRecord& summary);
    void onSpecChanged(qint64 specId);
    /// Brings one collection's spec rows in line with the store's.
    void catchUpSpecs(int collectionRow);
    void catchUpSyncStates();
    /// Puts a changed summary in its row, moving the row when the title changed its place.
    void updateSpecRow(const SpecRecord& summary);
    int collectionRow(qint64 collectionId) const;
    bool isRemoteCollection(const QModelIndex& index) const;
    /// Reads the spec's sync state into the cache; true when it differs from what was there.
    bool readSyncState(qint64 specId);
    /// One icon per file: an icon made anew renders its SVG anew, on every paint of every row.
    QIcon icon(const QString& path) const;

    WorkspaceStore* m_store;
    SyncJournal m_journal;
    QList<CollectionNode> m_collections;
    QHash<qint64, LoadStatus> m_loadStates;
    QSet<qint64> m_busySpecs;
    QHash<qint64, QString> m_specErrors;
    /// Remote specs only; a spec missing here is synced.
    QHash<qint64, SyncStatus> m_syncStates;
    mutable QHash<QString, QIcon> m_icons;
    /// WorkspaceStore::specsFingerprint() when catchUp() last read everything.
    QByteArray m_fingerprint;
};
