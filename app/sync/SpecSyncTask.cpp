#include "SpecSyncTask.h"

#include "RemoteSpecStore.h"
#include "RetryBudget.h"
#include "SpecComparison.h"
#include "SpecJob.h"
#include "SpecProvider.h"
#include "StoreQuery.h"
#include "ThreeWayMerge.h"

namespace {

int versionCountOf(const RemoteSpec& spec)
{
    return spec.hasVersions ? static_cast<int>(spec.versions.size()) : -1;
}

} // namespace

QString SyncOutcome::actionId(Action action)
{
    switch (action) {
    case Action::NothingToDo:
        return QStringLiteral("nothing-to-do");
    case Action::Written:
        return QStringLiteral("written");
    case Action::AlreadyOnServer:
        return QStringLiteral("already-on-server");
    case Action::Merged:
        return QStringLiteral("merged");
    case Action::Conflicted:
        return QStringLiteral("conflict");
    case Action::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

SpecSyncTask::SpecSyncTask(qint64 specId,
                           Connection connection,
                           SpecProvider* provider,
                           SyncJournal* journal,
                           RemoteSpecStore* specs,
                           Options options,
                           QObject* parent)
    : QObject(parent)
    , m_specId(specId)
    , m_connection(std::move(connection))
    , m_provider(provider)
    , m_journal(journal)
    , m_specs(specs)
    , m_options(options)
{
    m_outcome.specId = specId;
    m_budget = std::make_shared<RetryBudget>(m_provider->retryPolicy().maxAttempts);
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: never retry before the server's Retry-After.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &SpecSyncTask::fetch);
}

void SpecSyncTask::start()
{
    const std::optional<SyncRecord> record = m_journal->summary(m_specId);
    if (!record) {
        finish(SyncOutcome::Action::Failed, SyncState::Error, tr("This spec is no longer in the workspace."));
        return;
    }
    m_remoteId = record->remoteId;
    if (record->state == SyncState::Conflict) {
        // Nothing is sent until the user decides.
        finish(SyncOutcome::Action::Conflicted, SyncState::Conflict, record->message);
        return;
    }
    setState(SyncState::Syncing);
    fetch();
}

void SpecSyncTask::setState(SyncState state, const QString& message)
{
    m_journal->setState(m_specId, state, message);
    Q_EMIT stateChanged(m_specId, state);
}

void SpecSyncTask::fetch()
{
    SpecJob* job = budgeted(m_provider->fetchSpec(m_remoteId));
    connect(job, &SpecJob::finished, this, [this, job] { onFetched(job); });
}

void SpecSyncTask::onFetched(SpecJob* job)
{
    job->deleteLater();
    if (!job->succeeded()) {
        if (job->error().kind == RemoteError::Kind::NotFound) {
            finish(SyncOutcome::Action::Failed,
                   SyncState::Error,
                   tr("The spec was deleted on the server. The draft is kept; export it to keep your work."));
            m_outcome.errorKind = RemoteError::Kind::NotFound;
            return;
        }
        if (!retryLater(job->error())) {
            fail(job->error());
        }
        return;
    }
    const std::optional<SyncRecord> record = m_journal->record(m_specId);
    if (!record) {
        finish(SyncOutcome::Action::Failed, SyncState::Error, tr("This spec is no longer in the workspace."));
        return;
    }
    const RemoteSpec server = job->spec();
    const int serverVersions = versionCountOf(server);
    if (!server.isEditable()) {
        m_specs->record(m_connection, server, nullptr); // keeps the draft; shows the new status
        finish(SyncOutcome::Action::Failed,
               SyncState::Error,
               tr("%1 The draft is kept; it can be synced once the server accepts edits again.")
                   .arg(server.readOnlyReason()));
        return;
    }
    // Already there (a reply lost after the server stored it, or the same edit made elsewhere):
    // the server's state becomes the base and nothing is sent.
    if (SpecComparison::sameOnServer(m_connection.api, server.content, record->content)) {
        m_journal->rebase(m_specId, server, serverVersions, record->content, std::nullopt, SyncState::Synced);
        const bool wasDraft = record->content != record->baseContent;
        finish(wasDraft ? SyncOutcome::Action::AlreadyOnServer : SyncOutcome::Action::NothingToDo, SyncState::Synced);
        return;
    }
    // Our own write, sent by a run that a crash or a kill interrupted, reached the server after
    // all (the crash trials found it taken for someone else's change): its text becomes the
    // base, and what was typed since is written on top of it rather than merged for review.
    if (!record->pendingWriteHash.isEmpty() && StoreQuery::hashOf(server.content) == record->pendingWriteHash
        && serverChangedSinceBase(*record, server, serverVersions)) {
        if (!m_journal->rebase(m_specId,
                               server,
                               serverVersions,
                               server.content,
                               std::nullopt,
                               SyncState::Syncing,
                               {},
                               QStringLiteral("sync"))) {
            finish(SyncOutcome::Action::Failed,
                   SyncState::Draft,
                   tr("The workspace could not record the server's state."));
            return;
        }
        write(*m_journal->record(m_specId), server, serverVersions);
        return;
    }
    if (!serverChangedSinceBase(*record, server, serverVersions)) {
        write(*record, server, serverVersions);
        return;
    }
    // Someone else changed the spec: never overwrite. Merge three ways or stop at a conflict.
    const ThreeWayMerge::Result merge
        = ThreeWayMerge::merge(m_connection.api, record->baseContent, server.content, record->content);
    if (!merge.error.isEmpty()) {
        finish(SyncOutcome::Action::Failed, SyncState::Error, merge.error);
        return;
    }
    if (!merge.clean) {
        const QString where = merge.conflicts.mid(0, 5).join(QStringLiteral(", "));
        const QString message = tr("The server changed the same place as your draft (%1). Choose yours, "
                                   "theirs, or merge by hand; nothing is sent until you decide.")
                                    .arg(where);
        m_journal->markConflict(m_specId, server, serverVersions, message);
        finish(SyncOutcome::Action::Conflicted, SyncState::Conflict, message);
        return;
    }
    const QString merged = tr("Merged with changes made on the server. Review the result, then sync to send it.");
    if (!m_journal->rebase(m_specId,
                           server,
                           serverVersions,
                           server.content,
                           merge.merged,
                           SyncState::Draft,
                           merged,
                           {},
                           record->content)) {
        // The draft changed while we merged: keep what was typed, merge again next time.
        finish(SyncOutcome::Action::Failed,
               SyncState::Draft,
               tr("The draft changed during the sync; sync again to merge it with the server's changes."));
        return;
    }
    if (!m_options.sendCleanMerges) {
        finish(SyncOutcome::Action::Merged, SyncState::Draft, merged);
        return;
    }
    m_outcome.action = SyncOutcome::Action::Merged;
    setState(SyncState::Syncing);
    write(*m_journal->record(m_specId), server, serverVersions);
}

bool SpecSyncTask::serverChangedSinceBase(const SyncRecord& record, const RemoteSpec& server, int serverVersions) const
{
    switch (m_connection.api) {
    case ApiKind::DataFramer:
        return server.revision != record.baseRevision
               || (record.baseVersionCount >= 0 && serverVersions >= 0 && serverVersions != record.baseVersionCount)
               || server.content != record.baseContent;
    case ApiKind::Adobe:
        return server.revision != record.baseRevision
               || !SpecComparison::sameOnServer(m_connection.api, server.content, record.baseContent);
    case ApiKind::ScaleGp:
        return !SpecComparison::sameOnServer(m_connection.api, server.content, record.baseContent);
    }
    return true;
}

void SpecSyncTask::write(const SyncRecord& record, const RemoteSpec& server, int serverVersions)
{
    m_journal->markPendingWrite(m_specId, record.content);
    SpecJob* job = budgeted(m_provider->updateSpec(record.remoteId, server.content, record.content));
    connect(job, &SpecJob::finished, this, [this, job, record, server, serverVersions] {
        onWritten(job, record, server, serverVersions);
    });
}

void SpecSyncTask::onWritten(SpecJob* job, const SyncRecord& record, const RemoteSpec& server, int serverVersions)
{
    job->deleteLater();
    if (job->succeeded() && job->nothingSent()) {
        // Nothing the API could take had changed: the server's state is the base.
        m_journal->rebase(m_specId, server, serverVersions, record.content, std::nullopt, SyncState::Synced);
        finish(SyncOutcome::Action::NothingToDo, SyncState::Synced);
        return;
    }
    if (job->succeeded()) {
        ++m_outcome.writes;
        const RemoteSpec reply = job->spec();
        // The reply is the new base. Kept as the draft's own text when it means the same, so a
        // server that reformats JSON does not make the spec look edited.
        const bool same = SpecComparison::sameOnServer(m_connection.api, reply.content, record.content);
        const int versions = serverVersions < 0 ? -1 : serverVersions + 1;
        m_journal->rebase(m_specId,
                          reply,
                          versions,
                          same ? record.content : reply.content,
                          std::nullopt,
                          SyncState::Synced,
                          {},
                          QStringLiteral("sync"));
        finish(m_outcome.action == SyncOutcome::Action::Merged ? SyncOutcome::Action::Merged
                                                               : SyncOutcome::Action::Written,
               SyncState::Synced);
        return;
    }
    const RemoteError& error = job->error();
    // A lost reply or a 5xx may hide a stored write: look before anything is sent again.
    if (error.replyLost || error.kind == RemoteError::Kind::ServerError) {
        if (retryLater(error)) {
            return;
        }
        fail(error, tr("The server may have stored the last attempt; the next sync checks before sending."));
        return;
    }
    if (error.kind == RemoteError::Kind::RateLimited && retryLater(error)) {
        return;
    }
    fail(error);
}

SpecJob* SpecSyncTask::budgeted(SpecJob* job)
{
    job->setRetryBudget(m_budget);
    return job;
}

bool SpecSyncTask::retryLater(const RemoteError& error)
{
    const bool transient = error.kind == RemoteError::Kind::RateLimited || error.kind == RemoteError::Kind::ServerError
                           || error.replyLost;
    // The failed request already used one of the spec's tries (a read's own retries did too).
    if (!transient || !m_budget->allowsRetry()) {
        return false;
    }
    const int delay = m_provider->retryPolicy().delayBeforeRetry(m_retries + 1, error.retryAfterSeconds);
    if (delay < 0) {
        return false; // the server asked for longer than a sync waits: the spec stays queued
    }
    ++m_retries;
    setState(SyncState::Syncing, tr("Retrying in %n second(s): %1", nullptr, (delay + 999) / 1000).arg(error.message));
    m_retryTimer.start(delay);
    return true;
}

void SpecSyncTask::fail(const RemoteError& error, const QString& context)
{
    m_outcome.errorKind = error.kind;
    const QString message = context.isEmpty() ? error.fullMessage() : error.fullMessage() + QLatin1Char(' ') + context;
    switch (error.kind) {
    case RemoteError::Kind::Offline:
    case RemoteError::Kind::Timeout:
    case RemoteError::Kind::RateLimited:
    case RemoteError::Kind::ServerError:
        finish(SyncOutcome::Action::Failed, SyncState::Queued, message);
        return;
    default:
        finish(SyncOutcome::Action::Failed, SyncState::Error, message);
        return;
    }
}

void SpecSyncTask::finish(SyncOutcome::Action action, SyncState state, const QString& message)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_outcome.action = action;
    m_outcome.state = state;
    m_outcome.message = message;
    // Successes, merges and conflicts were journalled with the server's state; a failure is
    // journalled here, against the draft it is about.
    if (action == SyncOutcome::Action::Failed) {
        m_journal->setState(m_specId, state, message);
    }
    Q_EMIT stateChanged(m_specId, state);
    Q_EMIT finished();
}
