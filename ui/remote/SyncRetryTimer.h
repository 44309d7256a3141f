#pragma once

#include "RetryPolicy.h"

#include <QObject>
#include <QTimer>

#include <optional>

/// When to try queued specs again, so they go out on their own once the server answers: a while
/// after a run leaves specs queued, growing by the transport's RetryPolicy (5 s, then 10 s,
/// 20 s … up to 60 s between runs that fail again), and back to the first delay once nothing
/// waits. It also words the wait for the status
/// bar: "Offline — 2 drafts queued", or "Server busy — …" when the server answered but asked to
/// wait. One timer for all specs, so being offline never becomes a storm of requests or messages.
class SyncRetryTimer : public QObject
{
    Q_OBJECT

public:
    explicit SyncRetryTimer(QObject* parent = nullptr);

    /// The policy whose queued-run delays it follows (the transport's).
    void setPolicy(const RetryPolicy& policy);
    /// The first delay and the longest one (tests make them short).
    void setDelays(int firstMs, int maxMs);
    int nextDelayMs() const { return m_policy.delayBeforeQueuedRun(m_failedRuns + 1); }
    /// After a run, `queued` specs wait. `unreachable` says whether this run found the server
    /// unreachable (rather than busy); nullopt when no spec of the run ended queued.
    void update(qsizetype queued, std::optional<bool> unreachable);
    /// Plans one retry at the first delay, without calling it offline yet: specs left queued by
    /// an earlier session.
    void resume();
    /// "Offline — 1 draft queued"; empty while nothing waits.
    QString text() const { return m_text; }

Q_SIGNALS:
    /// Time to sync the queued specs again.
    void due();
    void textChanged(const QString& text);

private:
    QTimer m_timer;
    RetryPolicy m_policy;
    /// Runs since the queue was last empty that left drafts queued.
    int m_failedRuns = 0;
    bool m_unreachable = true;
    QString m_text;
};
