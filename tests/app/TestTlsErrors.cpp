#include "RemoteCall.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

/// A loopback HTTPS server with a self-signed certificate: SpecDesk must refuse it, say why in
/// plain words, never retry it as if it were offline, and never send a byte of the request.
class TestTlsErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void readIsRefusedAndNotRetried();
    void writeIsRefusedAndNothingIsSent();
    void cliShowsTheTlsError();

private:
    QUrl url(const QString& path) const;
    RemoteResponse call(const QByteArray& method, int* attempts);

    QSslServer m_server;
    QNetworkAccessManager m_network;
    int m_handshakes = 0;
    QByteArray m_received;
};

void TestTlsErrors::initTestCase()
{
    if (!QSslSocket::supportsSsl()) {
        QSKIP("No TLS backend in this Qt build.");
    }
    QFile certificate(QStringLiteral(TEST_DATA_DIR "/tls/self-signed.crt"));
    QFile key(QStringLiteral(TEST_DATA_DIR "/tls/self-signed.key"));
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate.readAll()));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    m_server.setSslConfiguration(configuration);
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakes; });
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            // Reached only if a client accepted the certificate: record what it sent.
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_received += socket->readAll(); });
        }
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
}

void TestTlsErrors::init()
{
    m_handshakes = 0;
    m_received.clear();
}

QUrl TestTlsErrors::url(const QString& path) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

RemoteResponse TestTlsErrors::call(const QByteArray& method, int* attempts)
{
    RemoteRequest request;
    request.method = method;
    request.url = url(QStringLiteral("/v1/specs/"));
    request.headers << qMakePair(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer not-for-them"));
    request.body = method == "GET" ? QByteArray() : QByteArrayLiteral("{\"content_yaml\": \"spec: {}\"}");
    RetryPolicy policy;
    policy.firstDelayMs = 10;
    RemoteCall remote(&m_network, request, policy);
    QSignalSpy finished(&remote, &RemoteCall::finished);
    remote.start();
    if (!finished.wait(20000)) {
        return {};
    }
    *attempts = remote.attempts();
    return remote.response();
}

void TestTlsErrors::readIsRefusedAndNotRetried()
{
    int attempts = 0;
    const RemoteResponse response = call("GET", &attempts);
    QCOMPARE(response.status, 0);
    QCOMPARE(response.networkError.kind, RemoteError::Kind::Untrusted);
    QCOMPARE(attempts, 1); // a bad certificate does not get better by asking again
    QVERIFY2(response.networkError.message.contains(QStringLiteral("127.0.0.1")),
             qPrintable(response.networkError.message));
    QVERIFY2(response.networkError.message.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                 || response.networkError.message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(response.networkError.message));
    QVERIFY(m_handshakes >= 1);
    QVERIFY(m_received.isEmpty());
}

void TestTlsErrors::writeIsRefusedAndNothingIsSent()
{
    int attempts = 0;
    const RemoteResponse response = call("PUT", &attempts);
    QCOMPARE(response.status, 0);
    QCOMPARE(response.networkError.kind, RemoteError::Kind::Untrusted);
    QVERIFY(!response.networkError.replyLost); // nothing left SpecDesk, so nothing can have been stored
    QVERIFY2(response.networkError.message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
             qPrintable(response.networkError.message));
    QVERIFY(m_received.isEmpty());
}

void TestTlsErrors::cliShowsTheTlsError()
{
    QTemporaryDir workspace;
    QVERIFY(workspace.isValid());
    const auto run = [&workspace](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SPECDESK_NO_KEYCHAIN"), QStringLiteral("1"));
        environment.insert(QStringLiteral("DF_TOKEN"), QStringLiteral("sk_tls_test"));
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(SPECDESK_CLI_PATH),
                      QStringList {QStringLiteral("--workspace"), workspace.path()} + arguments);
        finished.wait(60000);
        return std::pair {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };
    QCOMPARE(run({QStringLiteral("connection"),
                  QStringLiteral("add"),
                  QStringLiteral("df"),
                  QStringLiteral("--api"),
                  QStringLiteral("dataframer"),
                  QStringLiteral("--url"),
                  url(QString()).toString(),
                  QStringLiteral("--token-env"),
                  QStringLiteral("DF_TOKEN")})
                 .first,
             0);
    const auto [exitCode, printed] = run({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("df")});
    QCOMPARE(exitCode, 3);
    QVERIFY2(printed.contains(QStringLiteral("secure connection")), qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(printed));
    QVERIFY(m_received.isEmpty());
}

QTEST_GUILESS_MAIN(TestTlsErrors)
#include "TestTlsErrors.moc"
