#include "RemoteCall.h"

#include "HttpConnectionPool.h"
#include "HttpExchange.h"
#include "RetryBudget.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

// Debug lines (one per request) only when asked for: QT_LOGGING_RULES="specdesk.remote.debug=true".
Q_LOGGING_CATEGORY(lcRemote, "specdesk.remote", QtInfoMsg)

namespace {

/// Errors after which the request certainly never reached the server.
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
           || error == QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProxyNotFoundError
           || error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::ProtocolUnknownError;
}

} // namespace

RemoteCall::RemoteCall(QNetworkAccessManager* network,
                       RemoteRequest request,
                       RetryPolicy policy,
                       HttpConnectionPool* writeConnections,
                       QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_writeConnections(writeConnections)
    , m_request(std::move(request))
    , m_policy(policy)
    , m_budget(std::make_shared<RetryBudget>(policy.maxAttempts))
{
    m_idleTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: never retry before the server's Retry-After.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { onTimeout(false); });
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] { onTimeout(true); });
    connect(&m_retryTimer, &QTimer::timeout, this, &RemoteCall::sendAttempt);
}

RemoteCall::~RemoteCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RemoteCall::start()
{
    sendAttempt();
}

void RemoteCall::setRetryBudget(std::shared_ptr<RetryBudget> budget)
{
    if (budget) {
        m_budget = std::move(budget);
    }
}

void RemoteCall::abort()
{
    if (m_finished) {
        return;
    }
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_exchange) {
        m_exchange->abort(); // lands in onExchangeFinished()
        return;
    }
    if (m_reply) {
        m_reply->abort(); // finishes the reply, which lands in onReplyFinished()
        return;
    }
    RemoteResponse response;
    response.networkError.kind = RemoteError::Kind::Cancelled;
    response.networkError.message = tr("Cancelled.");
    finish(response);
}

void RemoteCall::sendAttempt()
{
    ++m_attempts;
    m_timedOut = false;
    m_deadlinePassed = false;
    m_deadlineTimer.start(m_request.isRead() ? m_policy.readDeadlineMs : m_policy.writeDeadlineMs);
    // Only the method and path are logged: headers carry secrets.
    qCDebug(lcRemote) << m_request.method << m_request.url.path() << "attempt" << m_attempts;
    if (!m_request.isRead()) {
        m_exchange = new HttpExchange(m_request, m_writeConnections, this);
        connect(m_exchange, &HttpExchange::finished, this, &RemoteCall::onExchangeFinished);
        connect(m_exchange, &HttpExchange::activity, this, [this] { m_idleTimer.start(m_policy.timeoutMs); });
        m_idleTimer.start(m_policy.timeoutMs);
        m_exchange->start();
        return;
    }
    QNetworkRequest request(m_request.url);
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        request.setRawHeader(name, value);
    }
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Credentials must never follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    m_reply = m_network->sendCustomRequest(request, m_request.method, m_request.body);
    m_tlsProblems.clear();
    // Nothing calls ignoreSslErrors(): QNAM aborts the handshake, and the reasons are reported.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors) {
            m_tlsProblems << error.errorString();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &RemoteCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_idleTimer.start(m_policy.timeoutMs);
        Q_EMIT downloadProgress(received, total);
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_idleTimer.start(m_policy.timeoutMs); });
    m_idleTimer.start(m_policy.timeoutMs);
}

void RemoteCall::onTimeout(bool deadline)
{
    m_deadlinePassed = deadline;
    if (m_exchange) {
        m_timedOut = true;
        m_exchange->abort();
        return;
    }
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort();
    }
}

RemoteError RemoteCall::timeoutError() const
{
    RemoteError error;
    error.kind = RemoteError::Kind::Timeout;
    const QString host = m_request.url.host();
    if (m_deadlinePassed) {
        const int limitMs = m_request.isRead() ? m_policy.readDeadlineMs : m_policy.writeDeadlineMs;
        error.message
            = tr("%1 did not finish answering within %n second(s).", nullptr, (limitMs + 999) / 1000).arg(host);
    } else {
        error.message
            = tr("%1 did not answer within %n second(s).", nullptr, (m_policy.timeoutMs + 999) / 1000).arg(host);
    }
    return error;
}

void RemoteCall::onReplyFinished()
{
    m_idleTimer.stop();
    m_deadlineTimer.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    RemoteResponse response;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && status.toInt() > 0 && !m_timedOut && !m_cancelled) {
        response.status = status.toInt();
        response.body = reply->readAll();
        for (const auto& pair : reply->rawHeaderPairs()) {
            response.headers << pair;
        }
    } else {
        RemoteError& error = response.networkError;
        const QString host = m_request.url.host();
        if (m_cancelled) {
            error.kind = RemoteError::Kind::Cancelled;
            error.message = tr("Cancelled.");
        } else if (m_timedOut) {
            error = timeoutError();
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_tlsProblems.isEmpty()) {
            error = RemoteError::untrusted(
                host, m_tlsProblems.isEmpty() ? QStringList {reply->errorString()} : m_tlsProblems);
        } else {
            error.kind = RemoteError::Kind::Offline;
            error.message = tr("Could not reach %1: %2").arg(host, reply->errorString());
        }
        error.replyLost = !m_request.isRead() && !neverSent(reply->error());
    }
    settle(response);
}

void RemoteCall::onExchangeFinished()
{
    m_idleTimer.stop();
    m_deadlineTimer.stop();
    HttpExchange* exchange = m_exchange;
    m_exchange = nullptr;
    exchange->deleteLater();
    RemoteResponse response = exchange->response();
    if (response.status == 0) {
        // A write whose reply is lost may still have been stored; the sync engine must check.
        RemoteError& error = response.networkError;
        if (m_cancelled) {
            error.kind = RemoteError::Kind::Cancelled;
            error.message = tr("Cancelled.");
        } else if (m_timedOut) {
            error = timeoutError();
        }
        error.replyLost = exchange->requestStarted();
    }
    settle(response);
}

void RemoteCall::settle(RemoteResponse response)
{
    if (m_cancelled) {
        finish(response);
        return;
    }
    // Reads and writes alike use up the operation's tries: a sync that looks again after a
    // failed write draws on the same budget as the transport's own retries.
    const bool transient = response.networkError.kind != RemoteError::Kind::Untrusted
                           && (response.status == 0 || RetryPolicy::isTransientStatus(response.status));
    if (transient) {
        m_budget->spend();
    }
    const int delay = transient ? retryDelayFor(response) : -1;
    if (delay < 0) {
        finish(response);
        return;
    }
    const QString reason = response.status > 0 ? tr("HTTP %1").arg(response.status) : response.networkError.message;
    qCDebug(lcRemote) << "retrying" << m_request.url.path() << "in" << delay << "ms";
    m_retryDelaysMs << delay;
    Q_EMIT retrying(m_attempts + 1, delay, reason);
    m_retryTimer.start(delay);
}

int RemoteCall::retryDelayFor(const RemoteResponse& response) const
{
    if (!m_request.isRead() || !m_budget->allowsRetry()) {
        return -1;
    }
    // Retry-After is honoured where HTTP gives it meaning; elsewhere the backoff applies.
    const QByteArray retryAfter
        = response.status == 429 || response.status == 503 ? response.header("Retry-After") : QByteArray();
    return m_policy.delayBeforeRetry(m_attempts, retryAfter, QDateTime::currentDateTimeUtc());
}

void RemoteCall::finish(RemoteResponse response)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_response = std::move(response);
    Q_EMIT finished();
}
