#pragma once

#include "Connection.h"
#include "DraftPreflight.h"
#include "RemoteError.h"
#include "RemoteSpec.h"
#include "SyncJournal.h"
#include "SyncOutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

class RemoteSpecStore;
class RetryBudget;
class SpecJob;
class SpecProvider;

/// Syncs one spec, the safe way: fetch the server's state, compare it with the draft's base,
/// then write, merge or stop at a conflict. Never writes without looking first, so running it
/// again after a lost reply, a crash or a kill can never make a second server version.
class SpecSyncTask : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /// Send a clean merge at once instead of leaving it as a draft for review.
        bool sendCleanMerges = false;
        // Retries follow the provider's RetryPolicy, the one the transport uses too.
        /// How long to wait for another SpecDesk process that is syncing the same spec.
        int leaseWaitMs = 120 * 1000;
        /// After a write whose outcome is unknown (a kill, a lost reply), how long the server
        /// may still be storing it: until then a server without it is asked again, not written.
        int pendingWriteSettleMs = 20 * 1000;
        /// How often the server is asked again meanwhile.
        int pendingWritePollMs = 1000;
    };

    SpecSyncTask(qint64 specId,
                 Connection connection,
                 SpecProvider* provider,
                 SyncJournal* journal,
                 RemoteSpecStore* specs,
                 Options options,
                 QObject* parent = nullptr);

    /// `record`: the spec as SyncJournal::record() read it just before.
    void start(const SyncRecord& record);
    const SyncOutcome& outcome() const { return m_outcome; }

Q_SIGNALS:
    void stateChanged(qint64 specId, SyncState state);
    void finished();

private:
    /// After a fetch made before the lease (the usual start): takes the lease and marks the spec
    /// Syncing, in the caller's transaction, only while the row is as m_recordBeforeLease read
    /// it. The record then, or nothing when another process holds the lease or the row changed.
    std::optional<SyncRecord> leaseAfterFetch();
    /// Takes the spec's write lease, waiting while another live process holds it, then syncs.
    void acquireLease();
    /// Whether the checks made before the server is asked pass, without finishing.
    bool mayStart(const SyncRecord& record);
    void fetch();
    void onFetched(SpecJob* job);
    /// Marks the write pending in `batch`, commits it, then sends: a kill after the commit still
    /// finds the write pending.
    void write(SyncJournal::Batch& batch, const SyncRecord& record, const RemoteSpec& server, int serverVersions);
    void onWritten(SpecJob* job, const SyncRecord& record, const RemoteSpec& server, int serverVersions);
    bool serverChangedSinceBase(const SyncRecord& record, const RemoteSpec& server, int serverVersions) const;
    /// Whether the server holds the write that a killed run (or a lost reply) left pending.
    bool serverHoldsPendingWrite(const SyncRecord& record, const RemoteSpec& server) const;
    /// True when it is too early to tell whether a pending write reached the server: the fetch
    /// is then made again later.
    bool waitForPendingWrite(const SyncRecord& record);
    /// Checks the draft before it is sent (DraftPreflight); false, and finished, when it has errors.
    bool preflight(const SyncRecord& record);
    /// Runs DraftPreflight once per draft and base; true when nothing keeps the draft from going.
    bool preflightPasses(const SyncRecord& record);
    /// Journals the server's version list the last fetch found, when it is new; called inside
    /// the batch of the journal write that ends the sync, so both cost one commit.
    void recordServerVersions();
    /// The text kept as the base once the server holds the draft: the draft's own (a server that
    /// reformats does not make it look edited), unless part of it did not reach the server.
    const QByteArray& baseAfterSync(const QByteArray& draft, const QByteArray& server) const;
    /// Retries a fetch later when the error allows it and tries remain; false otherwise.
    bool retryLater(const RemoteError& error);
    /// Makes the job draw on this spec's tries.
    SpecJob* budgeted(SpecJob* job);
    void fail(const RemoteError& error, const QString& context = {});
    void finish(SyncOutcome::Action action, SyncState state, const QString& message = {});
    void setState(SyncState state, const QString& message = {});

    qint64 m_specId;
    QString m_remoteId;
    Connection m_connection;
    SpecProvider* m_provider;
    SyncJournal* m_journal;
    RemoteSpecStore* m_specs;
    Options m_options;
    SyncOutcome m_outcome;
    DraftPreflight::Result m_preflight;
    /// The server's versions from the last fetch, while the journal does not hold them yet.
    std::optional<QList<RemoteVersion>> m_serverVersions;
    /// The draft and base m_preflight is about (shared copies): a write of the same text is not
    /// parsed and checked a second time.
    std::optional<std::pair<QByteArray, QByteArray>> m_preflighted;
    /// The record the task started from, while the fetch made before the lease is under way.
    std::optional<SyncRecord> m_recordBeforeLease;
    SyncErrorKind m_errorKind = SyncErrorKind::None;
    QTimer m_retryTimer;
    QTimer m_leaseTimer;
    QElapsedTimer m_leaseWait;
    /// The tries of this spec's whole sync: the transport's retries and this task's own.
    std::shared_ptr<RetryBudget> m_budget;
    int m_retries = 0;
    bool m_holdsLease = false;
    bool m_finished = false;
};
