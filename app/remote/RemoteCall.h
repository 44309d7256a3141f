#pragma once

#include "RemoteRequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class RetryBudget;

class HttpConnectionPool;
class HttpExchange;
class QNetworkAccessManager;
class QNetworkReply;

/// One request on its way, with its retries: the unit a provider waits for and can cancel.
///
/// Reads go through the QNetworkAccessManager and are retried on connection errors, timeouts,
/// 429 (waiting out `Retry-After`) and 5xx, with exponential backoff. Writes go through an
/// HttpExchange and are sent exactly once: when their reply is lost the response says so
/// (`networkError.replyLost`), and the sync engine decides what to do.
///
/// Each attempt ends as a timeout when no byte moves for `timeoutMs`, and in any case after the
/// policy's read or write deadline, so a server that trickles a byte at a time cannot hold a
/// request open for good.
class RemoteCall : public QObject
{
    Q_OBJECT

public:
    /// `writeConnections`: where writes find and leave open connections; none, a connection each.
    RemoteCall(QNetworkAccessManager* network,
               RemoteRequest request,
               RetryPolicy policy,
               HttpConnectionPool* writeConnections = nullptr,
               QObject* parent = nullptr);
    ~RemoteCall() override;

    void start();
    /// Draws retries from `budget`, shared with the other requests of one operation (a spec's
    /// sync), instead of a budget of the call's own.
    void setRetryBudget(std::shared_ptr<RetryBudget> budget);
    /// Stops the call; finished() follows with a Cancelled error.
    void abort();

    const RemoteRequest& request() const { return m_request; }
    const RemoteResponse& response() const { return m_response; }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }
    /// The waits before each retry, in milliseconds: what a test checks for `Retry-After`.
    const QList<int>& retryDelaysMs() const { return m_retryDelaysMs; }

Q_SIGNALS:
    void retrying(int attempt, int delayMs, const QString& reason);
    void downloadProgress(qint64 received, qint64 total);
    void finished();

private:
    void sendAttempt();
    void onReplyFinished();
    void onExchangeFinished();
    /// Ends the attempt: retries it or finishes the call.
    void settle(RemoteResponse response);
    void onTimeout(bool deadline);
    /// The error of an attempt that timed out.
    RemoteError timeoutError() const;
    /// Whether to try again, and after how long. -1: do not.
    int retryDelayFor(const RemoteResponse& response) const;
    void finish(RemoteResponse response);

    QNetworkAccessManager* m_network;
    QPointer<HttpConnectionPool> m_writeConnections;
    RemoteRequest m_request;
    RetryPolicy m_policy;
    RemoteResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QPointer<HttpExchange> m_exchange;
    std::shared_ptr<RetryBudget> m_budget;
    QTimer m_idleTimer;
    QTimer m_deadlineTimer;
    QTimer m_retryTimer;
    QList<int> m_retryDelaysMs;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_deadlinePassed = false; ///< the timeout was the attempt's overall deadline
    QStringList m_tlsProblems; ///< why the TLS handshake of the current attempt failed
    bool m_cancelled = false;
    bool m_finished = false;
};
