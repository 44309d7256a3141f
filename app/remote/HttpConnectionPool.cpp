#include "HttpConnectionPool.h"

#include <QTcpSocket>

#include <algorithm>

HttpConnectionPool::~HttpConnectionPool()
{
    for (const Idle& idle : m_idle) {
        if (idle.socket) {
            idle.socket->disconnect(this);
            idle.socket->abort();
        }
    }
}

QString HttpConnectionPool::serverOf(const QUrl& url)
{
    const bool secure = url.scheme() == QLatin1String("https");
    return url.scheme() + QLatin1Char(' ') + url.host(QUrl::FullyEncoded) + QLatin1Char(' ')
           + QString::number(url.port(secure ? 443 : 80));
}

QTcpSocket* HttpConnectionPool::take(const QUrl& url)
{
    dropStale();
    const QString server = serverOf(url);
    // The most recently used first: the least likely to be closing.
    for (auto idle = m_idle.rbegin(); idle != m_idle.rend(); ++idle) {
        if (idle->server != server) {
            continue;
        }
        QTcpSocket* socket = idle->socket;
        m_idle.erase(std::next(idle).base());
        socket->disconnect(this);
        socket->setParent(nullptr);
        return socket;
    }
    return nullptr;
}

void HttpConnectionPool::keep(const QUrl& url, QTcpSocket* socket)
{
    dropStale();
    const QString server = serverOf(url);
    const auto sameServer = [&server](const Idle& idle) { return idle.server == server; };
    if (std::count_if(m_idle.begin(), m_idle.end(), sameServer) >= kMaxIdlePerServer) {
        drop(std::find_if(m_idle.begin(), m_idle.end(), sameServer)->socket);
    }
    socket->setParent(this);
    // Anything the server sends or does while the connection waits makes it unfit for reuse.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { drop(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] { drop(socket); });
    Idle idle;
    idle.server = server;
    idle.socket = socket;
    idle.since.start();
    m_idle.push_back(std::move(idle));
}

void HttpConnectionPool::dropStale()
{
    std::vector<QTcpSocket*> stale;
    for (const Idle& idle : m_idle) {
        if (!idle.socket || idle.socket->state() != QAbstractSocket::ConnectedState || idle.socket->bytesAvailable() > 0
            || idle.since.elapsed() >= kReuseWithinMs) {
            stale.push_back(idle.socket);
        }
    }
    for (QTcpSocket* socket : stale) {
        drop(socket);
    }
}

void HttpConnectionPool::drop(QTcpSocket* socket)
{
    const auto found = std::find_if(
        m_idle.begin(), m_idle.end(), [socket](const Idle& idle) { return idle.socket.data() == socket; });
    if (found == m_idle.end()) {
        return;
    }
    m_idle.erase(found);
    if (socket) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}
