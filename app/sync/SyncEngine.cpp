#include "SyncEngine.h"

#include "RemoteContext.h"
#include "SpecProvider.h"
#include "WorkspaceStore.h"

SyncEngine::SyncEngine(RemoteContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_journal(context->workspace())
{
    // A sync cut short by a crash or a kill is run again; it looks at the server first.
    m_journal.requeueInterrupted();
    constexpr int kHeartbeatMs = 5000;
    m_leaseHeartbeat.setInterval(kHeartbeatMs);
    connect(&m_leaseHeartbeat, &QTimer::timeout, this, [this] { m_journal.leases().heartbeat(); });
}

SyncEngine::~SyncEngine() = default;

QList<qint64> SyncEngine::pendingSpecs(qint64 collectionId) const
{
    const QList<qint64> refusedList = refusedSpecs(collectionId);
    const QSet<qint64> refused(refusedList.cbegin(), refusedList.cend());
    QList<qint64> pending;
    for (const SyncRecord& record : m_journal.summaries(collectionId)) {
        const bool refusedBefore = record.state == SyncState::Error && refused.contains(record.specId);
        if (record.state != SyncState::Synced && !refusedBefore) {
            pending << record.specId;
        }
    }
    return pending;
}

void SyncEngine::sync(const QList<qint64>& specIds)
{
    for (const qint64 specId : specIds) {
        if (!m_queue.contains(specId) && !m_running.contains(specId)) {
            m_queue << specId;
        }
    }
    if (!m_leaseHeartbeat.isActive()) {
        m_leaseHeartbeat.start();
    }
    startNext();
}

qsizetype SyncEngine::cancelQueued()
{
    const qsizetype dropped = std::exchange(m_queue, {}).size();
    if (dropped > 0 && m_running.isEmpty()) {
        m_journal.flushDeferred();
        Q_EMIT idle();
    }
    return dropped;
}

QList<SyncOutcome> SyncEngine::takeOutcomes()
{
    return std::exchange(m_outcomes, {});
}

SpecProvider* SyncEngine::providerFor(const Connection& connection)
{
    // One provider per connection for the whole run: it reads the secrets once, asynchronously,
    // and replacing it would drop the requests of the tasks that use it.
    const auto found = m_providers.find(connection.id);
    if (found != m_providers.end()) {
        return found->second.get();
    }
    return m_providers.emplace(connection.id, m_context->providerFor(connection)).first->second.get();
}

void SyncEngine::startNext()
{
    if (m_startingNext) {
        // Nothing below waits in an event loop, so this cannot happen; were it to, the specs
        // would start from the event loop rather than inside the loop that is starting others.
        QMetaObject::invokeMethod(this, &SyncEngine::startNext, Qt::QueuedConnection);
        return;
    }
    m_startingNext = true;
    while (m_running.size() < m_concurrency && !m_queue.isEmpty()) {
        const qint64 specId = m_queue.takeFirst();
        // Through the journal's connection, like the rest of the sync: its pages stay cached.
        // The whole record, which the task starts from.
        const std::optional<SyncRecord> spec = m_journal.record(specId);
        if (spec && !m_connectionsByCollection.contains(spec->collectionId)) {
            m_connectionsByCollection.insert(spec->collectionId,
                                             m_context->connections().connectionForCollection(spec->collectionId));
        }
        const std::optional<Connection> connection
            = spec ? m_connectionsByCollection.value(spec->collectionId) : std::nullopt;
        if (!connection) {
            continue; // no longer remote, or removed meanwhile
        }
        if (m_rejectedConnections.contains(connection->id)) {
            SyncOutcome skipped;
            skipped.specId = specId;
            skipped.action = SyncOutcome::Action::Failed;
            skipped.state = spec->state;
            skipped.errorKind = RemoteError::Kind::Unauthorized;
            skipped.message = tr("Not sent: the credentials of '%1' were refused.").arg(connection->name);
            m_outcomes << skipped;
            continue;
        }
        auto* task = new SpecSyncTask(
            specId, *connection, providerFor(*connection), &m_journal, &m_context->specs(), m_options, this);
        m_running.insert(specId);
        connect(task, &SpecSyncTask::stateChanged, this, &SyncEngine::specStateChanged);
        connect(task, &SpecSyncTask::finished, this, [this, task, connectionId = connection->id] {
            onTaskFinished(task, connectionId);
        });
        task->start(*spec);
    }
    m_startingNext = false;
    if (m_queue.isEmpty() && m_running.isEmpty()) {
        // Fresh providers next time, so new credentials are used.
        m_providers.clear();
        m_rejectedConnections.clear();
        m_connectionsByCollection.clear();
        m_leaseHeartbeat.stop();
        // What the last writes left to journal is committed before anyone hears the run ended.
        m_journal.flushDeferred();
        Q_EMIT idle();
    }
}

void SyncEngine::credentialsRenewed(qint64 connectionId)
{
    m_rejectedConnections.remove(connectionId);
    // A running task holds its provider; without one, the next is made with the new secrets.
    if (m_running.isEmpty()) {
        m_providers.erase(connectionId);
    }
}

void SyncEngine::onTaskFinished(SpecSyncTask* task, qint64 connectionId)
{
    const SyncOutcome outcome = task->outcome();
    task->deleteLater();
    m_running.remove(outcome.specId);
    m_outcomes << outcome;
    const bool authFailed = outcome.errorKind == RemoteError::Kind::Unauthorized
                            || outcome.errorKind == RemoteError::Kind::Forbidden
                            || outcome.errorKind == RemoteError::Kind::MissingCredentials;
    if (authFailed && !m_rejectedConnections.contains(connectionId)) {
        m_rejectedConnections.insert(connectionId);
        Q_EMIT credentialsRejected(connectionId, outcome.message);
    }
    // Let the finished task's signal return before starting more (and maybe going idle).
    QMetaObject::invokeMethod(this, &SyncEngine::startNext, Qt::QueuedConnection);
}
