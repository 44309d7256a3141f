#include "SpecJob.h"

#include "RemoteCall.h"

#include <QCoreApplication>

SpecJob::SpecJob(QObject* parent)
    : QObject(parent)
{
}

void SpecJob::cancel()
{
    if (m_finished || m_finishQueued) {
        return;
    }
    if (m_call && !m_call->isFinished()) {
        m_call->abort(); // its finished() fails this job with Cancelled
        return;
    }
    RemoteError error;
    error.kind = RemoteError::Kind::Cancelled;
    error.message = QCoreApplication::translate("SpecJob", "Cancelled.");
    fail(error);
}

void SpecJob::setRetryBudget(std::shared_ptr<RetryBudget> budget)
{
    m_budget = std::move(budget);
    if (m_call) {
        m_call->setRetryBudget(m_budget);
    }
}

void SpecJob::track(RemoteCall* call)
{
    m_call = call;
    if (m_budget) {
        call->setRetryBudget(m_budget);
    }
    ++m_requestCount;
    connect(call, &RemoteCall::retrying, this, &SpecJob::retrying);
}

void SpecJob::succeed(const QList<RemoteSpec>& specs)
{
    m_specs = specs;
    finishLater();
}

void SpecJob::succeedWithNothingSent()
{
    m_nothingSent = true;
    finishLater();
}

void SpecJob::fail(const RemoteError& error)
{
    m_error = error;
    finishLater();
}

void SpecJob::finishLater()
{
    if (m_finishQueued) {
        return;
    }
    m_finishQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_finished = true;
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}
