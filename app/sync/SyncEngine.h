#pragma once

#include "SpecSyncTask.h"
#include "SyncJournal.h"
#include "SyncOutcome.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>

class RemoteContext;
class SpecProvider;

/// Syncs drafts with their servers, a few at a time, one SpecSyncTask per spec.
///
/// It asks for credentials once per connection per run: after a 401 (or a missing secret) it
/// says so through credentialsRejected() and leaves that connection's other drafts alone, so
/// one bad token never becomes a storm of failing requests or dialogs.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(RemoteContext* context, QObject* parent = nullptr);
    ~SyncEngine() override;

    /// Specs synced at the same time (default 4).
    void setConcurrency(int concurrency) { m_concurrency = std::max(1, concurrency); }
    void setTaskOptions(const SpecSyncTask::Options& options) { m_options = options; }

    /// The specs a sync would work on: drafts, queued ones, errors and conflicts (a conflict
    /// sends nothing and is reported as waiting for the user); of one connection's collection
    /// when given. Drafts the server refused wait for an edit (refusedSpecs()); synced specs
    /// need nothing.
    QList<qint64> pendingSpecs(qint64 collectionId = 0) const;
    /// Drafts the server refused that have not changed since: syncing one sends nothing and
    /// reports it (SyncOutcome::Action::Skipped), so Sync All can say why it stays unsent.
    QList<qint64> refusedSpecs(qint64 collectionId = 0) const { return m_journal.refusedSpecs(collectionId); }
    /// Queues the specs (those already queued or running are skipped) and starts.
    void sync(const QList<qint64>& specIds);
    bool isBusy() const { return !m_queue.isEmpty() || !m_running.isEmpty(); }
    /// New credentials for a connection whose old ones were refused: its specs are sent again
    /// at once, even before the run that was refused has ended.
    void credentialsRenewed(qint64 connectionId);
    /// Specs waiting their turn in this run (not yet sent).
    qsizetype queuedCount() const { return m_queue.size(); }
    /// Drops the specs still waiting their turn; they keep their drafts and states. Syncs
    /// already sending finish: stopping a write half-way would leave the server's version
    /// unknown. Returns how many were dropped.
    qsizetype cancelQueued();
    /// The outcomes since the last call, in the order the specs finished.
    QList<SyncOutcome> takeOutcomes();
    SyncJournal& journal() { return m_journal; }

Q_SIGNALS:
    void specStateChanged(qint64 specId, SyncState state);
    void credentialsRejected(qint64 connectionId, const QString& message);
    /// Every queued spec is done.
    void idle();

private:
    void startNext();
    void onTaskFinished(SpecSyncTask* task, qint64 connectionId);
    SpecProvider* providerFor(const Connection& connection);

    RemoteContext* m_context;
    SyncJournal m_journal;
    SpecSyncTask::Options m_options;
    int m_concurrency = 4;
    QList<qint64> m_queue;
    QSet<qint64> m_running;
    QSet<qint64> m_rejectedConnections;
    std::map<qint64, std::unique_ptr<SpecProvider>> m_providers;
    /// Connections by collection, read once per run.
    QHash<qint64, std::optional<Connection>> m_connectionsByCollection;
    QList<SyncOutcome> m_outcomes;
    /// Keeps this process's write leases fresh for other machines sharing the workspace.
    QTimer m_leaseHeartbeat;
    bool m_startingNext = false;
};
