#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <vector>

class QTcpSocket;

/// The connections of finished writes, kept open briefly for the next write to the same server,
/// as QNetworkAccessManager keeps its own for reads: a sync of many specs then opens one
/// connection per concurrent write instead of one per write.
///
/// Only a connection that carried a complete response of known length, that the server did not
/// ask to close and that has been quiet since is kept, and only for kReuseWithinMs: far less
/// than servers keep an idle connection, so the next request rarely meets one being closed.
/// When it does, HttpExchange reports the reply as lost and sends nothing again (the sync
/// engine then asks the server first), so reuse can cost a check, never a second write.
class HttpConnectionPool : public QObject
{
    Q_OBJECT

public:
    static constexpr int kReuseWithinMs = 1000;
    static constexpr int kMaxIdlePerServer = 8;

    using QObject::QObject;
    ~HttpConnectionPool() override;

    /// An open connection to `url`'s server that may carry a request now, or nullptr. The caller
    /// owns it from then on.
    QTcpSocket* take(const QUrl& url);
    /// Keeps `socket`, connected to `url`'s server, for the next request; the pool owns it.
    void keep(const QUrl& url, QTcpSocket* socket);
    int idleCount() const { return int(m_idle.size()); }

private:
    struct Idle
    {
        QString server;
        QPointer<QTcpSocket> socket;
        QElapsedTimer since;
    };
    static QString serverOf(const QUrl& url);
    /// Closes the connections that the server closed, that said something unasked, or that
    /// waited too long.
    void dropStale();
    void drop(QTcpSocket* socket);

    std::vector<Idle> m_idle;
};
