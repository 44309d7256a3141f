#include "SpecSyncTask.h"

#include "RemoteSpecStore.h"
#include "RetryBudget.h"
#include "SpecComparison.h"
#include "SpecJob.h"
#include "SpecProvider.h"
#include "StoreQuery.h"
#include "ThreeWayMerge.h"

#include <QDateTime>

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
    case Action::Busy:
        return QStringLiteral("busy");
    case Action::Skipped:
        return QStringLiteral("skipped");
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
    m_leaseTimer.setSingleShot(true);
    connect(&m_leaseTimer, &QTimer::timeout, this, &SpecSyncTask::acquireLease);
}

void SpecSyncTask::start(const SyncRecord& record)
{
    m_remoteId = record.remoteId;
    if (record.state == SyncState::Conflict) {
        // Nothing is sent until the user decides.
        finish(SyncOutcome::Action::Conflicted, SyncState::Conflict, record.message);
        return;
    }
    if (mayStart(record)) {
        // The usual start: the server is asked first, and the lease is taken in the commit that
        // marks the write (leaseAfterFetch), one commit instead of two.
        m_recordBeforeLease = record;
        Q_EMIT stateChanged(m_specId, SyncState::Syncing);
        fetch();
        return;
    }
    acquireLease();
}

std::optional<SyncRecord> SpecSyncTask::leaseAfterFetch()
{
    SyncRecord record = *std::exchange(m_recordBeforeLease, std::nullopt);
    WriteLeases::Holder holder;
    if (m_journal->leases().tryAcquire(m_specId, &holder)) {
        m_holdsLease = true;
        // What the fetch found stands only if no one synced the spec since the record was read:
        // any sync changes the state, the base or the pending write that the row is checked for.
        if (m_journal->markSyncing(m_specId, record)) {
            return record;
        }
    }
    return std::nullopt;
}

bool SpecSyncTask::mayStart(const SyncRecord& record)
{
    const bool refused = record.state == SyncState::Error && record.errorKind == SyncErrorKind::Refused;
    return record.state != SyncState::Conflict && !refused
           && (record.content == record.baseContent || preflightPasses(record));
}

void SpecSyncTask::acquireLease()
{
    WriteLeases::Holder holder;
    if (m_journal->leases().tryAcquire(m_specId, &holder)) {
        m_holdsLease = true;
        const std::optional<SyncRecord> record = m_journal->record(m_specId);
        if (!record) {
            finish(SyncOutcome::Action::Failed, SyncState::Error, tr("This spec is no longer in the workspace."));
            return;
        }
        // Whatever another process did while this one waited is in the journal now.
        if (record->state == SyncState::Conflict) {
            finish(SyncOutcome::Action::Conflicted, SyncState::Conflict, record->message);
            return;
        }
        if (m_leaseWait.isValid() && record->state == SyncState::Synced) {
            finish(SyncOutcome::Action::NothingToDo, SyncState::Synced);
            return;
        }
        if (record->state == SyncState::Error && record->errorKind == SyncErrorKind::Refused) {
            // The server refused this very text; it would refuse it again.
            m_outcome.errorKind = RemoteError::Kind::Rejected;
            finish(SyncOutcome::Action::Skipped,
                   SyncState::Error,
                   tr("Not sent again: the server refused this draft, and it has not changed since. %1")
                       .arg(record->message));
            return;
        }
        // A draft with errors is not sent, nor even the server asked.
        if (record->content != record->baseContent && !preflight(*record)) {
            return;
        }
        setState(SyncState::Syncing);
        fetch();
        return;
    }
    if (holder.owner.isEmpty()) {
        // The database failed, or the lease was given back just now: look again shortly.
        holder.process.pid = 0;
    }
    if (!m_leaseWait.isValid()) {
        m_leaseWait.start();
    }
    if (m_leaseWait.elapsed() >= m_options.leaseWaitMs) {
        const std::optional<SyncRecord> record = m_journal->summary(m_specId);
        finish(
            SyncOutcome::Action::Busy,
            record ? record->state : SyncState::Syncing,
            holder.process.pid > 0
                ? tr("Being synced by another SpecDesk (PID %1); nothing was sent from here.").arg(holder.process.pid)
                : tr("The workspace could not record who is syncing this spec; nothing was sent."));
        return;
    }
    constexpr int kLeasePollMs = 200;
    m_leaseTimer.start(kLeasePollMs);
}

bool SpecSyncTask::preflightPasses(const SyncRecord& record)
{
    if (!m_preflighted || m_preflighted->first != record.content || m_preflighted->second != record.baseContent) {
        m_preflight = DraftPreflight::check(m_connection.api, record.content, record.baseContent);
        m_preflighted.emplace(record.content, record.baseContent);
    }
    m_outcome.problems = m_preflight.errors + m_preflight.notSent;
    return !m_preflight.blocked();
}

bool SpecSyncTask::preflight(const SyncRecord& record)
{
    if (preflightPasses(record)) {
        return true;
    }
    m_outcome.errorKind = RemoteError::Kind::Refused;
    m_errorKind = SyncErrorKind::Invalid;
    finish(SyncOutcome::Action::Failed, SyncState::Error, m_preflight.blockedMessage());
    return false;
}

void SpecSyncTask::recordServerVersions()
{
    if (m_serverVersions) {
        m_journal->replaceServerVersions(m_specId, *std::exchange(m_serverVersions, std::nullopt));
    }
}

const QByteArray& SpecSyncTask::baseAfterSync(const QByteArray& draft, const QByteArray& server) const
{
    return m_preflight.notSent.isEmpty() ? draft : server;
}

void SpecSyncTask::setState(SyncState state, const QString& message)
{
    // Only the lease's holder speaks for the spec: another process may be syncing it.
    if (m_holdsLease) {
        m_journal->setState(m_specId, state, message);
    }
    m_journal->afterTransaction([task = QPointer<SpecSyncTask>(this), state] {
        if (task) {
            Q_EMIT task->stateChanged(task->m_specId, state);
        }
    });
}

void SpecSyncTask::fetch()
{
    SpecJob* job = budgeted(m_provider->fetchSpec(m_remoteId));
    connect(job, &SpecJob::finished, this, [this, job] { onFetched(job); });
}

void SpecSyncTask::onFetched(SpecJob* job)
{
    job->deleteLater();
    // One commit from here to the write's request: the lease (when the fetch went first), the
    // server's state and the pending write.
    SyncJournal::Batch batch(*m_journal);
    std::optional<SyncRecord> record;
    if (m_recordBeforeLease) {
        record = leaseAfterFetch();
        if (!record) {
            // Another process syncs it, or the row changed: the slow way, which waits for the
            // lease, reads the record again and fetches again.
            batch.commit();
            acquireLease();
            return;
        }
    }
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
    if (!record) {
        record = m_journal->record(m_specId);
    }
    if (!record) {
        finish(SyncOutcome::Action::Failed, SyncState::Error, tr("This spec is no longer in the workspace."));
        return;
    }
    const RemoteSpec server = job->spec();
    const int serverVersions = versionCountOf(server);
    // History shows the server's versions as the sync found them, without reopening the spec;
    // they are journalled with the write that follows.
    m_serverVersions.reset();
    if (server.hasVersions && serverVersions != record->serverVersionCount) {
        m_serverVersions = server.versions;
    }
    if (!server.isEditable()) {
        batch.commit(); // the store writes through a connection of its own
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
        recordServerVersions();
        m_journal->rebase(m_specId,
                          server,
                          serverVersions,
                          baseAfterSync(record->content, server.content),
                          std::nullopt,
                          SyncState::Synced);
        const bool wasDraft = record->content != record->baseContent;
        finish(wasDraft ? SyncOutcome::Action::AlreadyOnServer : SyncOutcome::Action::NothingToDo, SyncState::Synced);
        return;
    }
    // Our own write, sent by a run that a crash or a kill interrupted, reached the server after
    // all (the crash trials found it taken for someone else's change): its text becomes the
    // base, and what was typed since is written on top of it rather than merged for review.
    const bool pendingWriteStored = serverHoldsPendingWrite(*record, server);
    if (pendingWriteStored && serverChangedSinceBase(*record, server, serverVersions)) {
        // The base is the text that write sent, which the server holds in its own layout: what
        // was typed since is then the only difference (Adobe's server-owned fields moved too).
        const QByteArray& writtenText
            = record->pendingWriteContent.isEmpty() ? server.content : record->pendingWriteContent;
        recordServerVersions();
        if (!m_journal->rebase(m_specId,
                               server,
                               serverVersions,
                               writtenText,
                               std::nullopt,
                               SyncState::Syncing,
                               {},
                               QStringLiteral("sync"))) {
            finish(SyncOutcome::Action::Failed,
                   SyncState::Draft,
                   tr("The workspace could not record the server's state."));
            return;
        }
        write(batch, *m_journal->record(m_specId), server, serverVersions);
        return;
    }
    // A write whose outcome is unknown may still be on its way into the server: sending the
    // draft now could store it twice. Ask again until the server may have finished with it.
    if (!pendingWriteStored && waitForPendingWrite(*record)) {
        return;
    }
    if (!serverChangedSinceBase(*record, server, serverVersions)) {
        write(batch, *record, server, serverVersions);
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
        recordServerVersions();
        m_journal->markConflict(m_specId, server, serverVersions, message);
        finish(SyncOutcome::Action::Conflicted, SyncState::Conflict, message);
        return;
    }
    const QString merged = tr("Merged with changes made on the server. Review the result, then sync to send it.");
    recordServerVersions();
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
    write(batch, *m_journal->record(m_specId), server, serverVersions);
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

bool SpecSyncTask::serverHoldsPendingWrite(const SyncRecord& record, const RemoteSpec& server) const
{
    if (!record.hasPendingWrite()) {
        return false;
    }
    // Scale GP and Adobe store the object in their own layout: compare what the server keeps.
    if (!record.pendingWriteContent.isEmpty()) {
        return SpecComparison::sameOnServer(m_connection.api, server.content, record.pendingWriteContent);
    }
    return StoreQuery::hashOf(server.content) == record.pendingWriteHash;
}

bool SpecSyncTask::waitForPendingWrite(const SyncRecord& record)
{
    if (!record.hasPendingWrite() || record.pendingWriteAtMs <= 0) {
        return false;
    }
    const qint64 age = QDateTime::currentMSecsSinceEpoch() - record.pendingWriteAtMs;
    if (age < 0 || age >= m_options.pendingWriteSettleMs) {
        return false;
    }
    setState(SyncState::Syncing, tr("Checking whether an earlier write reached the server before sending again."));
    m_retryTimer.start(
        static_cast<int>(std::min<qint64>(m_options.pendingWritePollMs, m_options.pendingWriteSettleMs - age)));
    return true;
}

void SpecSyncTask::write(SyncJournal::Batch& batch,
                         const SyncRecord& record,
                         const RemoteSpec& server,
                         int serverVersions)
{
    // The text actually written is checked too (a merge may have made it), once per text.
    if (!preflight(record)) {
        return;
    }
    if (!m_preflight.notSent.isEmpty()
        && SpecComparison::sameOnServer(m_connection.api, m_preflight.toSend, server.content)) {
        // Only what the server does not take was edited: there is nothing to send.
        recordServerVersions();
        m_journal->rebase(m_specId, server, serverVersions, server.content, std::nullopt, SyncState::Synced);
        finish(SyncOutcome::Action::NothingToDo, SyncState::Synced);
        return;
    }
    // Committed before the request can leave: a kill after it still finds the write pending.
    if (!m_journal->markPendingWrite(m_specId, record.content) || !batch.commit()) {
        finish(SyncOutcome::Action::Failed,
               SyncState::Draft,
               tr("The workspace could not record the write about to be sent; nothing was sent."));
        return;
    }
    SpecJob* job = budgeted(m_provider->updateSpec(record.remoteId, server.content, m_preflight.toSend));
    connect(job, &SpecJob::finished, this, [this, job, record, server, serverVersions] {
        onWritten(job, record, server, serverVersions);
    });
}

void SpecSyncTask::onWritten(SpecJob* job, const SyncRecord& record, const RemoteSpec& server, int serverVersions)
{
    job->deleteLater();
    if (job->succeeded() && !job->nothingSent()) {
        ++m_outcome.writes;
        const RemoteSpec reply = job->spec();
        // The reply is the new base. Kept as the draft's own text when it means the same, so a
        // server that reformats JSON does not make the spec look edited.
        const bool same = SpecComparison::sameOnServer(m_connection.api, reply.content, record.content);
        const int versions = serverVersions < 0 ? -1 : serverVersions + 1;
        std::optional<RemoteVersion> made;
        if (versions > 0) {
            // The version this write made, as the server now lists it; the next fetch confirms.
            made.emplace();
            made->number = versions;
            made->content = record.content;
            made->createdAt = QDateTime::fromString(reply.revision, Qt::ISODateWithMs);
        }
        const QByteArray base = same ? baseAfterSync(record.content, reply.content) : reply.content;
        const SyncOutcome::Action action = m_outcome.action == SyncOutcome::Action::Merged
                                               ? SyncOutcome::Action::Merged
                                               : SyncOutcome::Action::Written;
        // The server's versions as the fetch found them, its answer and its state.
        auto journalWrite = [journal = m_journal,
                             specId = m_specId,
                             versionsFound = std::exchange(m_serverVersions, std::nullopt),
                             reply,
                             versions,
                             base,
                             made] {
            if (versionsFound) {
                journal->replaceServerVersions(specId, *versionsFound);
            }
            journal->rebase(
                specId, reply, versions, base, std::nullopt, SyncState::Synced, {}, QStringLiteral("sync"), {}, made);
        };
        if (m_holdsLease && m_preflight.notSent.isEmpty()) {
            // Nothing waits on this commit: it joins the next one a sync makes. The lease goes
            // with it, so no other process looks at the spec before the journal has its base.
            m_journal->deferToNextBatch([journalWrite, journal = m_journal, specId = m_specId] {
                journalWrite();
                journal->leases().release(specId);
            });
            m_holdsLease = false;
            finish(action, SyncState::Synced);
            return;
        }
        SyncJournal::Batch batch(*m_journal);
        journalWrite();
        finish(action, SyncState::Synced);
        return;
    }
    // The server's versions as the fetch found them, its answer, its state and the lease's
    // release in one commit. (Left out of the pending write's commit, which must be small: it
    // holds up the request.)
    SyncJournal::Batch batch(*m_journal);
    recordServerVersions();
    if (job->succeeded()) {
        // Nothing the API could take had changed: the server's state is the base.
        m_journal->rebase(m_specId,
                          server,
                          serverVersions,
                          baseAfterSync(record.content, server.content),
                          std::nullopt,
                          SyncState::Synced);
        finish(SyncOutcome::Action::NothingToDo, SyncState::Synced);
        return;
    }
    const RemoteError& error = job->error();
    // A lost reply or a 5xx may hide a stored write: look before anything is sent again.
    if (error.replyLost || error.kind == RemoteError::Kind::ServerError) {
        if (!error.replyLost) {
            // The server answered: it is no longer storing the write, so the next look at it
            // tells whether it did, with no need to wait for it to finish.
            m_journal->markPendingWriteAnswered(m_specId);
        }
        if (retryLater(error)) {
            return;
        }
        fail(error, tr("The server may have stored the last attempt; the next sync checks before sending."));
        return;
    }
    // The server answered, or the request never left: nothing was stored.
    m_journal->clearPendingWrite(m_specId);
    if (error.kind == RemoteError::Kind::RateLimited && retryLater(error)) {
        return;
    }
    // Refused by the server (400, 422): not sent again until it changes. Refused by the
    // provider before sending: the draft is invalid.
    if (error.kind == RemoteError::Kind::Rejected) {
        m_errorKind = SyncErrorKind::Refused;
    } else if (error.kind == RemoteError::Kind::Refused) {
        m_errorKind = SyncErrorKind::Invalid;
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
    m_outcome.rejectedFields = error.fields;
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
    m_leaseTimer.stop();
    m_retryTimer.stop();
    if (m_holdsLease || m_serverVersions) {
        SyncJournal::Batch batch(*m_journal);
        recordServerVersions();
        // Successes, merges and conflicts were journalled with the server's state; a failure is
        // journalled here, against the draft it is about, by the lease's holder only.
        if (action == SyncOutcome::Action::Failed && m_holdsLease) {
            m_journal->setState(
                m_specId, state, message, state == SyncState::Error ? m_errorKind : SyncErrorKind::None);
        }
        if (state == SyncState::Synced && !m_preflight.notSent.isEmpty() && m_holdsLease) {
            // Never "synced" while part of the edit did not reach the server: say which part.
            m_outcome.state = SyncState::Error;
            m_outcome.message = m_preflight.notSentMessage();
            m_journal->setState(m_specId, m_outcome.state, m_outcome.message);
        }
        if (std::exchange(m_holdsLease, false)) {
            m_journal->leases().release(m_specId);
        }
        batch.commit();
    }
    // Told once committed, also when the caller's batch holds this one.
    m_journal->afterTransaction([task = QPointer<SpecSyncTask>(this)] {
        if (task) {
            Q_EMIT task->stateChanged(task->m_specId, task->m_outcome.state);
            Q_EMIT task->finished();
        }
    });
}
