#include "HttpConnectionPool.h"
#include "HttpExchange.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

/// The one-shot HTTP/1.1 exchange that carries writes, against a raw socket server that
/// answers with exact bytes: chunked bodies, bodies ended by the connection, and a reply cut off.
class TestHttpExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsTheRequestOnceWithItsHeaders();
    void readsResponses_data();
    void readsResponses();
    void cutOffReplyIsALostReply();
    void refusedConnectionWasNeverSent();
    void pooledConnectionCarriesTheNextWrite();
    void connectionIsKeptOnlyAfterADelimitedReply_data();
    void connectionIsKeptOnlyAfterADelimitedReply();
    void connectionTheServerClosedIsNotReused();
    void lostReplyOnAReusedConnectionIsNotSentAgain();

private:
    /// Serves one connection: records the request, answers `reply`, then closes.
    QByteArray serveOnce(const QByteArray& reply, HttpExchange& exchange, QTcpServer& server);
};

QByteArray TestHttpExchange::serveOnce(const QByteArray& reply, HttpExchange& exchange, QTcpServer& server)
{
    QByteArray received;
    connect(&server, &QTcpServer::newConnection, &server, [&server, &received, reply] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &received, reply] {
            received += socket->readAll();
            const qsizetype headEnd = received.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                return;
            }
            const qsizetype lengthAt = received.indexOf("Content-Length: ");
            const qsizetype length
                = received.mid(lengthAt + 16, received.indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong();
            if (received.size() < headEnd + 4 + length) {
                return;
            }
            socket->write(reply);
            socket->disconnectFromHost();
        });
    });
    QSignalSpy finished(&exchange, &HttpExchange::finished);
    exchange.start();
    [&] { QVERIFY(finished.wait(10000)); }();
    return received;
}

void TestHttpExchange::sendsTheRequestOnceWithItsHeaders()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    RemoteRequest request;
    request.method = "PATCH";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/v4/application-specs/a%20b?x=1").arg(server.serverPort()));
    request.headers << qMakePair(QByteArrayLiteral("x-api-key"), QByteArrayLiteral("k"));
    request.body = R"({"name":"N"})";
    HttpExchange exchange(request);
    const QByteArray received = serveOnce("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}", exchange, server);
    QVERIFY(received.startsWith("PATCH /v4/application-specs/a%20b?x=1 HTTP/1.1\r\n"));
    QVERIFY(received.contains(QStringLiteral("Host: 127.0.0.1:%1\r\n").arg(server.serverPort()).toLatin1()));
    QVERIFY(received.contains("x-api-key: k\r\n"));
    QVERIFY(received.contains("Content-Length: 12\r\n"));
    QVERIFY(received.endsWith("\r\n\r\n{\"name\":\"N\"}"));
    QCOMPARE(exchange.response().status, 200);
    QCOMPARE(exchange.response().body, QByteArray("{}"));
}

void TestHttpExchange::readsResponses_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("content-length") << QByteArray("HTTP/1.1 422 Unprocessable Entity\r\ncontent-length: 5\r\n\r\nabcde")
                                    << 422 << QByteArray("abcde");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "4\r\nWiki\r\n6;ext=1\r\npedia \r\n0\r\n\r\n")
                             << 200 << QByteArray("Wikipedia ");
    QTest::newRow("ended by close") << QByteArray("HTTP/1.1 500 Internal Server Error\r\n\r\noops") << 500
                                    << QByteArray("oops");
    QTest::newRow("no content") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 204 << QByteArray();
}

void TestHttpExchange::readsResponses()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    RemoteRequest request;
    request.method = "PUT";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(server.serverPort()));
    HttpExchange exchange(request);
    serveOnce(reply, exchange, server);
    QCOMPARE(exchange.response().status, status);
    QCOMPARE(exchange.response().body, body);
    QVERIFY(!exchange.response().networkError.isError());
}

void TestHttpExchange::cutOffReplyIsALostReply()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    RemoteRequest request;
    request.method = "PUT";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(server.serverPort()));
    HttpExchange exchange(request);
    serveOnce("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part", exchange, server);
    QCOMPARE(exchange.response().status, 0);
    QVERIFY(exchange.response().networkError.replyLost);
}

void TestHttpExchange::refusedConnectionWasNeverSent()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    RemoteRequest request;
    request.method = "PUT";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port));
    HttpExchange exchange(request);
    QSignalSpy finished(&exchange, &HttpExchange::finished);
    exchange.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(exchange.response().networkError.kind, RemoteError::Kind::Offline);
    QVERIFY(!exchange.response().networkError.replyLost);
}

namespace {

/// A server that keeps its connections: each complete request gets the next of `replies`
/// (after the last one, the connection is closed without an answer).
struct KeepAliveServer
{
    QTcpServer server;
    QList<QByteArray> replies;
    QList<QByteArray> requests;
    int connections = 0;
    QList<QPointer<QTcpSocket>> sockets;

    KeepAliveServer()
    {
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            QTcpSocket* socket = server.nextPendingConnection();
            ++connections;
            sockets << socket;
            auto received = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                *received += socket->readAll();
                const qsizetype headEnd = received->indexOf("\r\n\r\n");
                const qsizetype lengthAt = received->indexOf("Content-Length: ");
                if (headEnd < 0 || lengthAt < 0) {
                    return;
                }
                const qsizetype length
                    = received->mid(lengthAt + 16, received->indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong();
                if (received->size() < headEnd + 4 + length) {
                    return;
                }
                requests << received->left(headEnd + 4 + length);
                received->remove(0, headEnd + 4 + length);
                if (replies.isEmpty()) {
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(replies.takeFirst());
            });
        });
    }

    RemoteRequest put() const
    {
        RemoteRequest request;
        request.method = "PUT";
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(server.serverPort()));
        request.body = "{}";
        return request;
    }
};

/// Runs one exchange to its end.
bool run(HttpExchange& exchange)
{
    QSignalSpy finished(&exchange, &HttpExchange::finished);
    exchange.start();
    return finished.wait(10000);
}

const QByteArray kOk = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}";

} // namespace

void TestHttpExchange::pooledConnectionCarriesTheNextWrite()
{
    KeepAliveServer server;
    server.replies = {kOk, kOk};
    HttpConnectionPool pool;
    HttpExchange first(server.put(), &pool);
    QVERIFY(run(first));
    QCOMPARE(first.response().status, 200);
    QCOMPARE(pool.idleCount(), 1);
    HttpExchange second(server.put(), &pool);
    QVERIFY(run(second));
    QCOMPARE(second.response().status, 200);
    QCOMPARE(second.response().body, QByteArray("{}"));
    QCOMPARE(server.connections, 1);
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(!server.requests.at(1).contains("Connection: close"));
}

void TestHttpExchange::connectionIsKeptOnlyAfterADelimitedReply_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("kept");
    QTest::newRow("content-length") << kOk << 1;
    QTest::newRow("server asks to close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}") << 0;
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}") << 0;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
                             << 0;
    QTest::newRow("bytes after the body") << kOk + "HTTP/1.1 200 OK" << 0;
}

void TestHttpExchange::connectionIsKeptOnlyAfterADelimitedReply()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, kept);
    KeepAliveServer server;
    server.replies = {reply};
    HttpConnectionPool pool;
    HttpExchange exchange(server.put(), &pool);
    QVERIFY(run(exchange));
    QCOMPARE(exchange.response().status, 200);
    QCOMPARE(pool.idleCount(), kept);
}

void TestHttpExchange::connectionTheServerClosedIsNotReused()
{
    KeepAliveServer server;
    server.replies = {kOk, kOk};
    HttpConnectionPool pool;
    HttpExchange first(server.put(), &pool);
    QVERIFY(run(first));
    QCOMPARE(pool.idleCount(), 1);
    server.sockets.first()->disconnectFromHost();
    QTRY_COMPARE(pool.idleCount(), 0);
    HttpExchange second(server.put(), &pool);
    QVERIFY(run(second));
    QCOMPARE(second.response().status, 200);
    QCOMPARE(server.connections, 2);
}

void TestHttpExchange::lostReplyOnAReusedConnectionIsNotSentAgain()
{
    // The server takes the second request and closes without answering: it may have stored it.
    KeepAliveServer server;
    server.replies = {kOk};
    HttpConnectionPool pool;
    HttpExchange first(server.put(), &pool);
    QVERIFY(run(first));
    HttpExchange second(server.put(), &pool);
    QVERIFY(run(second));
    QCOMPARE(second.response().status, 0);
    QVERIFY(second.response().networkError.replyLost);
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.connections, 1);
    QCOMPARE(pool.idleCount(), 0);
}

QTEST_GUILESS_MAIN(TestHttpExchange)
#include "TestHttpExchange.moc"
