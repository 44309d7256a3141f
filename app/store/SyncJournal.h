#pragma once

#include "RemoteSpec.h"
#include "SyncState.h"
#include "WriteLeases.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

class WorkspaceStore;

/// Why a sync stopped at an error, where the next sync must know it (`specs.sync_error_kind`).
/// Like the error itself, it stands only while the draft is the text it was about.
enum class SyncErrorKind {
    None,
    Refused, ///< the server refused this text (400, 422): it is not sent again until it changes
    Invalid, ///< SpecDesk found errors in it before sending: nothing was sent
};

/// One remote spec as the sync engine sees it: the draft, its base, and where it stands.
struct SyncRecord
{
    qint64 specId = 0;
    qint64 collectionId = 0;
    QString remoteId;
    QString title;
    RemoteStatus remoteStatus = RemoteStatus::Ready;
    SyncState state = SyncState::Synced;
    QString message;
    QByteArray content; ///< the draft (or the synced text)
    QByteArray baseContent; ///< what the server had when the draft began
    QString baseRevision; ///< DataFramer `updated_at`, Adobe `updatedAt`; empty for Scale GP
    int baseVersionCount = -1; ///< DataFramer's number of versions at the base; -1 when unknown
    QByteArray theirsContent; ///< the server's text while in conflict
    QString theirsRevision;
    int theirsVersionCount = -1;
    /// The hash of the draft a sync was about to write when it last started, until the server's
    /// reply is journalled: if a crash or a kill came between, the next fetch may find it stored.
    QByteArray pendingWriteHash;
    /// That write's text (empty for rows from before it was kept) and when it left (ms since
    /// the epoch; 0 when unknown).
    QByteArray pendingWriteContent;
    qint64 pendingWriteAtMs = 0;

    bool hasPendingWrite() const { return !pendingWriteHash.isEmpty(); }
    /// Why the Error stands; only record() reads it (the column is not in the summaries' index).
    SyncErrorKind errorKind = SyncErrorKind::None;
    /// The server versions the workspace holds for the spec; only record() counts them (-1).
    int serverVersionCount = -1;
    /// The row's draft and base hashes, stored sync columns and pending write as record() read
    /// them: SyncJournal::markSyncing() changes the row only while they still stand.
    QVariantList seenRow;
};

/// The sync journal, as the Nextcloud client keeps one: for every remote spec, the base it was
/// edited from and its sync state, in the workspace database next to the draft. Every change
/// is a transaction of its own, so a crash or a `kill -9` leaves the journal consistent; the
/// engine always asks the server before writing, so an interrupted sync is simply run again.
///
/// The journal has its own database connection with `synchronous=NORMAL`: its commits survive
/// a crash or a kill (WAL), and skip the fsync that drafts get. A power cut may lose the last
/// states, which costs nothing but a check, since the engine looks before it writes. Syncing
/// 1,000 drafts would otherwise spend most of its time in fsync.
class SyncJournal
{
public:
    explicit SyncJournal(WorkspaceStore* store);
    ~SyncJournal();
    SyncJournal(const SyncJournal&) = delete;
    SyncJournal& operator=(const SyncJournal&) = delete;

    std::optional<SyncRecord> record(qint64 specId) const;
    /// Like record() without the texts: cheap enough to call on every keystroke's save.
    std::optional<SyncRecord> summary(qint64 specId) const;
    /// Every remote spec (of one collection, when given), without their texts.
    QList<SyncRecord> summaries(qint64 collectionId = 0) const;
    /// Like summaries(), only the specs whose state is not Synced: what the tree shows at start,
    /// without reading the thousands of synced ones.
    QList<SyncRecord> unsyncedSummaries() const;
    /// The specs in the Queued state; cheaper than summaries(), as the app asks at every start.
    QList<qint64> queuedSpecs() const;
    /// The state as shown: a stored Queued, Syncing or Conflict stands; an Error stands while
    /// the text is the one it was about; otherwise the text says Synced or Draft.
    static SyncState
    effectiveState(SyncState stored, bool hasStoredState, bool errorStillApplies, bool differsFromBase);

    /// Records the state for the draft as it is now; `errorKind` says why an Error stands.
    bool setState(qint64 specId,
                  SyncState state,
                  const QString& message = {},
                  SyncErrorKind errorKind = SyncErrorKind::None);
    /// The specs (of one collection, when given) whose draft the server refused and which have
    /// not changed since: a sync would only be refused again.
    QList<qint64> refusedSpecs(qint64 collectionId = 0) const;
    /// Records the text about to be written, just before the request leaves (see
    /// SyncRecord::pendingWriteHash).
    bool markPendingWrite(qint64 specId, const QByteArray& content);
    /// The server answered the write and stored nothing (it refused it): no write is pending.
    bool clearPendingWrite(qint64 specId);
    /// The server answered the write (a 5xx) without saying whether it stored it: the write is
    /// still looked for, but the server is no longer busy with it.
    bool markPendingWriteAnswered(qint64 specId);
    /// The server now holds `server`: it becomes the base. `newContent` (a merge) replaces the
    /// draft when given, but only while the draft is still `expectedDraft`: text typed during the
    /// sync is never overwritten, and then nothing changes and false is returned. `baseText` is
    /// the text kept as the base when it means the same to the server as its reply.
    /// `newServerVersion`, the version a write just made, joins the server versions.
    bool rebase(qint64 specId,
                const RemoteSpec& server,
                int versionCount,
                const QByteArray& baseText,
                const std::optional<QByteArray>& newContent,
                SyncState state,
                const QString& message = {},
                const QString& snapshotOrigin = {},
                const QByteArray& expectedDraft = {},
                const std::optional<RemoteVersion>& newServerVersion = std::nullopt);
    /// Replaces the server versions the workspace holds for the spec (their count is in
    /// record()) with the server's list: what the sync found, journalled like the rest of what
    /// the server holds (so a sync's reads and writes stay on one connection, whose pages stay
    /// cached).
    bool replaceServerVersions(qint64 specId, const QList<RemoteVersion>& versions);
    /// Keeps the draft and the base, and records the server's text for the user to decide.
    bool markConflict(qint64 specId, const RemoteSpec& theirs, int versionCount, const QString& message);
    /// Stores a draft's text (the CLI's `edit`, a restore).
    bool storeDraft(qint64 specId, const QByteArray& content);

    enum class Resolution {
        KeepMine, ///< send the draft over the server's version (the next sync writes it)
        TakeTheirs, ///< drop the draft for the server's text
        UseText, ///< a hand merge: `text` becomes the draft, on top of the server's version
    };
    /// Ends a conflict: the server's text becomes the base, and the draft is as chosen. Records
    /// the result as a local snapshot. False when the spec is not in conflict.
    bool resolveConflict(qint64 specId, Resolution resolution, const QByteArray& text = {});
    /// Syncs interrupted by a crash or a kill are queued again: the engine will ask the server.
    /// A spec whose sync another live process runs is left alone.
    void requeueInterrupted();
    /// Who writes which spec, across the processes sharing the workspace.
    WriteLeases& leases() { return m_leases; }

    /// Marks the spec Syncing, only while its row is as `seen` (read by record()) says: the same
    /// draft, base, stored state and pending write. False when it changed meanwhile (or the
    /// write failed).
    bool markSyncing(qint64 specId, const SyncRecord& seen);
    /// Runs `action` once the open transaction (a Batch) has ended, at once without one: what
    /// is told about a change must not be told before the change is committed.
    void afterTransaction(std::function<void()> action);

    /// Journals `work` (journal writes only: it runs without its caller) at the start of the
    /// next batch that opens a transaction, or in a batch of its own within kDeferredWorkMs. For
    /// what nothing waits on, like the end of a write the server confirmed: it then shares the
    /// commit the next sync makes anyway. Until it runs, the spec still shows its write as
    /// pending, which is what a kill would leave too, and the next sync recognises on the server.
    void deferToNextBatch(std::function<void()> work);
    /// Journals the deferred work now.
    void flushDeferred();
    static constexpr int kDeferredWorkMs = 50;

    /// Makes the journal's changes (leases included) one transaction while it lives, committed
    /// at its end or by commit(): the few writes a sync makes between two requests then cost one
    /// commit, not one each. The journal's own transactions inside it become savepoints, so one
    /// that fails still undoes only itself. Takes the write lock at once (BEGIN IMMEDIATE): a read
    /// followed by a write in it cannot fail on a snapshot another connection made stale.
    class Batch
    {
    public:
        explicit Batch(SyncJournal& journal);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;
        /// Commits now (the outermost batch; a nested one releases its savepoint); true when
        /// the changes stand.
        bool commit();

    private:
        SyncJournal& m_journal;
        bool m_open = false;
    };

private:
    /// Runs one statement; the rows it changed, or -1 when it failed.
    int run(const QString& sql, const QVariantList& values, qint64 specId);
    /// Tells the store's listeners the spec changed, once what changed it is committed.
    void announce(qint64 specId);
    /// record() in one statement; the draft is the row's text only when `spliced` comes back false.
    std::optional<SyncRecord> readRow(qint64 specId, bool* spliced) const;
    /// Begins a transaction, or a savepoint inside the one that is open.
    bool beginTransaction();
    /// Runs the deferred work inside the open transaction.
    void runDeferred();
    /// Commits (or rolls back) the innermost; once the outermost is committed, announces what it
    /// changed. True when committed.
    bool endTransaction(bool commit);
    /// Records the spec's current text as a local snapshot (`origin`: "sync", "resolution").
    bool insertSnapshot(qint64 specId, const QString& origin);
    QSqlDatabase db() const;

    WorkspaceStore* m_store;
    QString m_connectionName;
    WriteLeases m_leases;
    /// Transactions open: the outermost, then savepoints.
    int m_transactionDepth = 0;
    QList<qint64> m_announceOnCommit;
    std::vector<std::function<void()>> m_afterTransaction;
    std::vector<std::function<void()>> m_deferred;
    /// The deferred work run in the open transaction.
    std::vector<std::function<void()>> m_deferredInTransaction;
    /// False while the journal closes: what it commits then is told to no one.
    bool m_announcing = true;
    QTimer m_deferredTimer;
};
