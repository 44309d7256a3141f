#pragma once

#include "RemoteError.h"
#include "RemoteSpec.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class RemoteCall;
class RetryBudget;

/// One provider operation (list, fetch, update, restore, test), which may take several
/// requests. The caller connects to finished(), then reads the outcome. finished() is always
/// delivered from the event loop, never inside the call that created the job.
class SpecJob : public QObject
{
    Q_OBJECT

public:
    explicit SpecJob(QObject* parent = nullptr);

    bool isFinished() const { return m_finished; }
    /// True once the outcome is set (cancelled, failed or succeeded), even before finished().
    bool hasOutcome() const { return m_finishQueued; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const RemoteError& error() const { return m_error; }
    const QList<RemoteSpec>& specs() const { return m_specs; }
    /// The one spec of a fetch, update or restore.
    RemoteSpec spec() const { return m_specs.value(0); }
    /// An update found nothing the API could be sent (e.g. no editable Scale GP field changed).
    bool nothingSent() const { return m_nothingSent; }
    /// The request calls made, in order: for tests and for the sync engine's bookkeeping.
    int requestCount() const { return m_requestCount; }

    /// Stops the operation; finished() follows with a Cancelled error.
    void cancel();
    /// Makes this job's requests draw their retries from `budget`, shared with the caller's
    /// other jobs (a spec's sync), so retries at different layers never multiply. Set it right
    /// after the provider returns the job: retries are decided only once an attempt has failed.
    void setRetryBudget(std::shared_ptr<RetryBudget> budget);

    // Used by the providers.
    void track(RemoteCall* call);
    void reportProgress(qint64 received, qint64 total) { Q_EMIT progress(received, total); }
    void succeed(const QList<RemoteSpec>& specs);
    void succeedWithNothingSent();
    void fail(const RemoteError& error);

Q_SIGNALS:
    /// Items received so far and the total (-1 when unknown), for long lists.
    void progress(qint64 received, qint64 total);
    void retrying(int attempt, int delayMs, const QString& reason);
    void finished();

private:
    void finishLater();

    QPointer<RemoteCall> m_call;
    std::shared_ptr<RetryBudget> m_budget;
    QList<RemoteSpec> m_specs;
    RemoteError m_error;
    int m_requestCount = 0;
    bool m_finished = false;
    bool m_finishQueued = false;
    bool m_nothingSent = false;
};
