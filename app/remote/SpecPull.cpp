#include "SpecPull.h"

#include "RemoteSpecStore.h"
#include "SpecProvider.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTimer>

namespace {

/// A slice records listed specs for this long, then commits: short enough that the window
/// never stalls visibly, long enough that a list of thousands takes few disk syncs.
constexpr qint64 kSliceNs = 10 * 1000 * 1000;
/// When the last slice of any pull on this thread ended. Expanding several connections runs
/// several pulls; they take turns with the event loop instead of running slices back to back.
thread_local qint64 t_lastSliceEndNs = 0;

qint64 nowNs()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
}

} // namespace

SpecPull::SpecPull(SpecProvider* provider, RemoteSpecStore* store, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_store(store)
{
}

void SpecPull::start(const QStringList& specIds, bool withVersions)
{
    m_withVersions = withVersions && m_provider->keepsServerVersions();
    if (!specIds.isEmpty()) {
        m_pending = specIds;
        m_total = static_cast<int>(specIds.size());
        fetchNext();
        return;
    }
    m_job = m_provider->listSpecs();
    connect(m_job, &SpecJob::progress, this, &SpecPull::listProgress);
    connect(m_job, &SpecJob::finished, this, [this] {
        SpecJob* job = m_job;
        m_job = nullptr;
        job->deleteLater();
        if (!job->succeeded()) {
            m_error = job->error();
            finish();
            return;
        }
        m_total = static_cast<int>(job->specs().size());
        m_listed = job->specs();
        m_nextListed = 0;
        nextSlice(); // not at once: reading the list took its own share of the thread
    });
}

void SpecPull::nextSlice()
{
    QTimer::singleShot(1, Qt::PreciseTimer, this, &SpecPull::recordListed);
}

void SpecPull::recordListed()
{
    if (!m_listed.isEmpty() && nowNs() - t_lastSliceEndNs < 1000 * 1000) {
        nextSlice(); // another pull's slice has just run: the event loop goes first
        return;
    }
    QElapsedTimer slice;
    slice.start();
    QString error;
    bool batch = false;
    bool failed = false;
    while (m_nextListed < m_listed.size() && slice.nsecsElapsed() < kSliceNs) {
        const RemoteSpec spec = m_listed.at(m_nextListed++); // a copy: cancel() may clear the list
        if (spec.hasVersions && batch) {
            // replaceServerVersions() is a transaction of its own.
            batch = false;
            if (!m_store->commitBatch(&error)) {
                m_error = RemoteError::refused(error);
                failed = true;
                break;
            }
        }
        if (!batch && !spec.hasVersions) {
            batch = m_store->beginBatch(&error); // without one each spec is its own transaction
        }
        if (!recordSpec(spec)) {
            failed = true; // the specs before it in the batch are committed below
            break;
        }
        if (m_listed.isEmpty()) {
            break; // cancelled by a slot of a signal that recording the spec emitted: fetch nothing
        }
        // The list carries everything but the versions; fetch only where there are some.
        if (m_withVersions && spec.status == RemoteStatus::Ready) {
            m_pending << spec.id;
        }
    }
    if (batch && !m_store->commitBatch(&error) && !failed) {
        m_error = RemoteError::refused(error);
        failed = true;
    }
    t_lastSliceEndNs = nowNs();
    if (failed) {
        m_listed.clear();
        finish();
        return;
    }
    if (m_nextListed < m_listed.size()) {
        nextSlice();
        return;
    }
    m_listed.clear();
    fetchNext();
}

void SpecPull::cancel()
{
    m_pending.clear();
    if (!m_listed.isEmpty()) {
        // Recording stops here; the slice already asked for finds nothing left and finishes.
        m_listed.clear();
        m_error.kind = RemoteError::Kind::Cancelled;
        m_error.message = QCoreApplication::translate("SpecPull", "Cancelled.");
    }
    if (m_job != nullptr) {
        m_job->cancel();
    }
}

bool SpecPull::recordSpec(const RemoteSpec& spec)
{
    QString error;
    const std::optional<RemoteSpecStore::Outcome> outcome = m_store->record(m_provider->connection(), spec, &error);
    if (!outcome) {
        m_error = RemoteError::refused(error);
        return false;
    }
    switch (outcome->recorded) {
    case RemoteSpecStore::Recorded::Added:
        ++m_summary.added;
        break;
    case RemoteSpecStore::Recorded::Updated:
        ++m_summary.updated;
        break;
    case RemoteSpecStore::Recorded::Unchanged:
        ++m_summary.unchanged;
        break;
    case RemoteSpecStore::Recorded::KeptLocalEdits:
        ++m_summary.keptLocalEdits;
        break;
    }
    if (spec.hasVersions && !m_store->replaceServerVersions(outcome->specId, spec.versions, &error)) {
        m_error = RemoteError::refused(error);
        return false;
    }
    return true;
}

void SpecPull::fetchNext()
{
    if (m_pending.isEmpty()) {
        finish();
        return;
    }
    const QString specId = m_pending.takeFirst();
    m_job = m_provider->fetchSpec(specId);
    connect(m_job, &SpecJob::finished, this, [this, specId] {
        SpecJob* job = m_job;
        m_job = nullptr;
        job->deleteLater();
        Q_EMIT progress(m_total - static_cast<int>(m_pending.size()), m_total);
        if (!job->succeeded()) {
            m_summary.failedIds << specId;
            if (!m_error.isError()) {
                m_error = job->error();
            }
            // Credentials and the network fail every other spec the same way: stop there.
            const auto kind = job->error().kind;
            if (kind != RemoteError::Kind::NotFound && kind != RemoteError::Kind::BadReply) {
                m_pending.clear();
            }
        } else if (!recordSpec(job->spec())) {
            m_pending.clear();
        }
        fetchNext();
    });
}

void SpecPull::finish()
{
    QMetaObject::invokeMethod(this, &SpecPull::finished, Qt::QueuedConnection);
}
