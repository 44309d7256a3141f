#pragma once

#include "RemoteRequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class HttpExchange;
class QNetworkAccessManager;
class QNetworkReply;

/// One request on its way, with its retries: the unit a provider waits for and can cancel.
///
/// Reads go through the QNetworkAccessManager and are retried on connection errors, timeouts,
/// 429 (waiting out `Retry-After`) and 5xx, with exponential backoff. Writes go through an
/// HttpExchange and are sent exactly once: when their reply is lost the response says so
/// (`networkError.replyLost`), and the sync engine decides what to do.
class RemoteCall : public QObject
{
    Q_OBJECT

public:
    RemoteCall(QNetworkAccessManager* network, RemoteRequest request, RetryPolicy policy, QObject* parent = nullptr);
    ~RemoteCall() override;

    void start();
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
    void onTimeout();
    /// Whether to try again, and after how long. -1: do not.
    int retryDelayFor(const RemoteResponse& response) const;
    void finish(RemoteResponse response);

    QNetworkAccessManager* m_network;
    RemoteRequest m_request;
    RetryPolicy m_policy;
    RemoteResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QPointer<HttpExchange> m_exchange;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QList<int> m_retryDelaysMs;
    int m_attempts = 0;
    bool m_timedOut = false;
    QStringList m_tlsProblems; ///< why the TLS handshake of the current attempt failed
    bool m_cancelled = false;
    bool m_finished = false;
};
