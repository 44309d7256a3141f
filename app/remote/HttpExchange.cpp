#include "HttpExchange.h"

#include "HttpConnectionPool.h"

#include <QCoreApplication>
#include <QSslSocket>

namespace {

/// Decodes a complete chunked body; false while more bytes are needed.
bool decodeChunked(const QByteArray& data, qsizetype start, QByteArray* body)
{
    QByteArray decoded;
    qsizetype position = start;
    while (true) {
        const qsizetype lineEnd = data.indexOf("\r\n", position);
        if (lineEnd < 0) {
            return false;
        }
        bool ok = false;
        const qsizetype size = data.mid(position, lineEnd - position).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            return false;
        }
        position = lineEnd + 2;
        if (size == 0) {
            *body = decoded;
            return true;
        }
        if (data.size() < position + size + 2) {
            return false;
        }
        decoded += data.mid(position, size);
        position += size + 2;
    }
}

} // namespace

HttpExchange::HttpExchange(RemoteRequest request, HttpConnectionPool* pool, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_pool(pool)
{
}

HttpExchange::~HttpExchange()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
}

void HttpExchange::start()
{
    if (QTcpSocket* open = m_pool ? m_pool->take(m_request.url) : nullptr) {
        open->setParent(this);
        m_socket = open;
        watch();
        onConnected();
        return;
    }
    const bool secure = m_request.url.scheme() == QLatin1String("https");
    const quint16 port = static_cast<quint16>(m_request.url.port(secure ? 443 : 80));
    if (secure) {
        auto* socket = new QSslSocket(this);
        m_socket = socket;
        connect(socket, &QSslSocket::encrypted, this, &HttpExchange::onConnected);
        // Nothing calls ignoreSslErrors(): the handshake fails, and onError() reports why.
        connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            for (const QSslError& error : errors) {
                m_tlsProblems << error.errorString();
            }
        });
        socket->connectToHostEncrypted(m_request.url.host(), port);
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpExchange::onConnected);
        m_socket->connectToHost(m_request.url.host(), port);
    }
    watch();
}

void HttpExchange::watch()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpExchange::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpExchange::onError);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpExchange::activity);
}

void HttpExchange::abort()
{
    fail(tr("Cancelled."), !m_requestStarted);
}

void HttpExchange::onConnected()
{
    const QUrl& url = m_request.url;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty()) {
        target = "/";
    }
    if (url.hasQuery()) {
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    }
    QByteArray head = m_request.method + ' ' + target + " HTTP/1.1\r\n";
    const bool defaultPort = url.port() == -1;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':')) {
        host = '[' + host + ']'; // an IPv6 literal
    }
    head += "Host: " + host + (defaultPort ? QByteArray() : ':' + QByteArray::number(url.port())) + "\r\n";
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        head += name + ": " + value + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    // HTTP/1.1 keeps the connection by default: only a pool has a use for it.
    head += m_pool ? QByteArray("\r\n") : QByteArray("Connection: close\r\n\r\n");
    m_requestStarted = true;
    m_socket->write(head + m_request.body);
}

void HttpExchange::onReadyRead()
{
    m_received += m_socket->readAll();
    Q_EMIT activity();
    if (parse()) {
        complete();
    }
}

void HttpExchange::onDisconnected()
{
    if (m_finished) {
        return;
    }
    m_received += m_socket->readAll();
    if (parse()) {
        complete();
        return;
    }
    // No length and not chunked: the body ends with the connection.
    if (m_bodyStart >= 0 && m_response.header("Content-Length").isEmpty()
        && !m_response.header("Transfer-Encoding").toLower().contains("chunked")) {
        m_response.body = m_received.mid(m_bodyStart);
        complete();
        return;
    }
    fail(tr("Connection to %1 closed before the reply arrived.").arg(m_request.url.host()), !m_requestStarted);
}

void HttpExchange::onError()
{
    if (m_finished || (m_socket && m_socket->error() == QAbstractSocket::RemoteHostClosedError)) {
        return; // onDisconnected() decides whether the reply was complete
    }
    if (!m_tlsProblems.isEmpty() || (m_socket && m_socket->error() == QAbstractSocket::SslHandshakeFailedError)) {
        fail(RemoteError::untrusted(m_request.url.host(),
                                    m_tlsProblems.isEmpty() ? QStringList {m_socket->errorString()} : m_tlsProblems));
        return;
    }
    const bool refused = m_socket
                         && (m_socket->error() == QAbstractSocket::ConnectionRefusedError
                             || m_socket->error() == QAbstractSocket::HostNotFoundError);
    fail(tr("Could not reach %1: %2").arg(m_request.url.host(), m_socket ? m_socket->errorString() : QString()),
         refused || !m_requestStarted);
}

bool HttpExchange::parse()
{
    if (m_bodyStart < 0) {
        const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        const QList<QByteArray> lines = m_received.left(headEnd).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        bool ok = false;
        m_response.status = statusLine.value(1).toInt(&ok);
        m_http11 = statusLine.first() == "HTTP/1.1";
        if (!ok || !statusLine.first().startsWith("HTTP/1.")) {
            m_response.status = 0;
            fail(tr("%1 answered something that is not HTTP.").arg(m_request.url.host()), false);
            return false;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                m_response.headers << qMakePair(lines.at(i).left(colon).trimmed(),
                                                lines.at(i).mid(colon + 1).trimmed());
            }
        }
        m_bodyStart = headEnd + 4;
    }
    if (m_response.header("Transfer-Encoding").toLower().contains("chunked")) {
        return decodeChunked(m_received, m_bodyStart, &m_response.body);
    }
    const QByteArray length = m_response.header("Content-Length");
    if (length.isEmpty()) {
        return m_response.status == 204 || m_response.status == 304;
    }
    const qsizetype expected = length.toLongLong();
    if (m_received.size() - m_bodyStart < expected) {
        return false;
    }
    m_response.body = m_received.mid(m_bodyStart, expected);
    return true;
}

void HttpExchange::fail(const QString& message, bool neverSent)
{
    RemoteError error;
    error.kind = RemoteError::Kind::Offline;
    error.message = message;
    error.replyLost = !neverSent;
    fail(error);
}

void HttpExchange::fail(const RemoteError& error)
{
    if (m_finished) {
        return;
    }
    m_response.status = 0;
    m_response.body.clear();
    m_response.networkError = error;
    complete();
}

void HttpExchange::complete()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_socket) {
        m_socket->disconnect(this);
        if (connectionReusable()) {
            m_pool->keep(m_request.url, std::exchange(m_socket, nullptr));
        } else {
            m_socket->abort();
        }
    }
    Q_EMIT finished();
}

bool HttpExchange::connectionReusable() const
{
    if (!m_pool || m_response.status == 0 || !m_http11 || m_socket->state() != QAbstractSocket::ConnectedState) {
        return false;
    }
    if (m_response.header("Connection").trimmed().toLower() == "close") {
        return false;
    }
    const QByteArray length = m_response.header("Content-Length");
    if (length.isEmpty()) {
        return false; // chunked or to the end of the connection: where it ended is not checked
    }
    return m_received.size() == m_bodyStart + length.toLongLong() && m_socket->bytesAvailable() == 0;
}
