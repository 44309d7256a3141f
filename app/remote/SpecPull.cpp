#include "SpecPull.h"

#include "RemoteSpecStore.h"
#include "SpecProvider.h"

#include <QCoreApplication>

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
        for (const RemoteSpec& spec : job->specs()) {
            if (!recordSpec(spec)) {
                finish();
                return;
            }
            // The list carries everything but the versions; fetch only where there are some.
            if (m_withVersions && spec.status == RemoteStatus::Ready) {
                m_pending << spec.id;
            }
        }
        fetchNext();
    });
}

void SpecPull::cancel()
{
    m_pending.clear();
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
