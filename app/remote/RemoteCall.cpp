#include "RemoteCall.h"

#include "HttpExchange.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
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

RemoteCall::RemoteCall(QNetworkAccessManager* network, RemoteRequest request, RetryPolicy policy, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_policy(policy)
{
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &RemoteCall::onTimeout);
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
    // Only the method and path are logged: headers carry secrets.
    qCDebug(lcRemote) << m_request.method << m_request.url.path() << "attempt" << m_attempts;
    if (!m_request.isRead()) {
        m_exchange = new HttpExchange(m_request, this);
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

void RemoteCall::onTimeout()
{
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

void RemoteCall::onReplyFinished()
{
    m_idleTimer.stop();
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
            error.kind = RemoteError::Kind::Timeout;
            error.message = tr("%1 did not answer within %n second(s).", nullptr, m_policy.timeoutMs / 1000).arg(host);
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
            error.kind = RemoteError::Kind::Timeout;
            error.message = tr("%1 did not answer within %n second(s).", nullptr, m_policy.timeoutMs / 1000)
                                .arg(m_request.url.host());
        }
        error.replyLost = exchange->requestStarted();
    }
    settle(response);
}

void RemoteCall::settle(RemoteResponse response)
{
    if (!m_cancelled) {
        const int delay = retryDelayFor(response);
        if (delay >= 0) {
            const QString reason
                = response.status > 0 ? tr("HTTP %1").arg(response.status) : response.networkError.message;
            qCDebug(lcRemote) << "retrying" << m_request.url.path() << "in" << delay << "ms";
            m_retryDelaysMs << delay;
            Q_EMIT retrying(m_attempts + 1, delay, reason);
            m_retryTimer.start(delay);
            return;
        }
    }
    finish(response);
}

int RemoteCall::retryDelayFor(const RemoteResponse& response) const
{
    if (!m_request.isRead() || m_attempts >= m_policy.maxAttempts
        || response.networkError.kind == RemoteError::Kind::Untrusted) {
        return -1;
    }
    const bool transient = response.status == 0 || response.status == 429 || response.status == 500
                           || response.status == 502 || response.status == 503 || response.status == 504
                           || response.status == 408;
    if (!transient) {
        return -1;
    }
    const int retryAfter
        = RemoteErrors::parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
    if (retryAfter >= 0 && (response.status == 429 || response.status == 503)) {
        return retryAfter > m_policy.maxRetryAfterSeconds ? -1 : retryAfter * 1000;
    }
    const int exponential = std::min(m_policy.maxDelayMs, m_policy.firstDelayMs << std::min(m_attempts - 1, 16));
    // Jitter spreads out many clients retrying after the same outage.
    const int jitter = static_cast<int>(QRandomGenerator::global()->bounded(exponential / 5 + 1));
    return std::min(m_policy.maxDelayMs, exponential + jitter);
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
