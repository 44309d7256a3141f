#include "SandboxCliConnections.h"
#include "SandboxServer.h"
#include "WorkspaceStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCustomerSupport = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

/// `specdesk-cli`'s remote commands as a script runs them: a separate process, a real workspace
/// folder, the sandbox over loopback, secrets from environment variables. Ends by searching
/// every file of the workspace and everything printed for the secrets.
class TestRemoteCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void connectionsAreAddedListedTestedAndRemoved();
    void listAndPullStoreSpecsAndVersions();
    void showPrintsTheServerTextByteForByte();
    void pullKeepsLocalEdits();
    void unarchiveRestoresAScaleGpSpecThenItsEditIsSent();
    void exitCodesTellAuthNetworkAndRefusals();
    void refusesInsecureHttp();
    void errorsNameTheRequestAndSuggestTheFix();
    void secretsNeverReachTheWorkspaceOrTheOutput();

private:
    CliResult cli(const QStringList& arguments);
    void addSandboxConnections();

    SandboxServer m_server;
    QTemporaryDir m_workspace;
    QByteArray m_printed;
};

void TestRemoteCli::initTestCase()
{
    QString error;
    QVERIFY2(m_server.listen(0, &error), qPrintable(error));
    QVERIFY(m_workspace.isValid());
}

void TestRemoteCli::init()
{
    m_server.reset();
}

CliResult TestRemoteCli::cli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SPECDESK_NO_KEYCHAIN"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("specdesk.*=true"));
    environment.insert(QStringLiteral("DF_TOKEN"), m_server.credentials().dataFramerToken);
    environment.insert(QStringLiteral("SGP_KEY"), m_server.credentials().scaleGpApiKey);
    environment.insert(QStringLiteral("ADOBE_TOKEN"), m_server.credentials().adobeAccessToken);
    environment.insert(QStringLiteral("ADOBE_KEY"), m_server.credentials().adobeApiKey);
    environment.insert(QStringLiteral("WRONG_TOKEN"), QStringLiteral("sk_wrong_0123456789"));
    process.setProcessEnvironment(environment);
    // The server answers from this thread: wait with the event loop running, never blocking.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SPECDESK_CLI_PATH),
                  QStringList {QStringLiteral("--workspace"), m_workspace.path()} + arguments);
    if (!finished.wait(60000)) {
        process.kill();
        return {};
    }
    CliResult result {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    m_printed += result.out + result.err;
    return result;
}

void TestRemoteCli::addSandboxConnections()
{
    if (cli({QStringLiteral("connection"), QStringLiteral("list")}).out.contains("df")) {
        return;
    }
    for (const QStringList& add : SandboxCliConnections::addCommands(m_server.baseUrl(), m_server.credentials())) {
        QCOMPARE(cli(add).exitCode, 0);
    }
}

void TestRemoteCli::unarchiveRestoresAScaleGpSpecThenItsEditIsSent()
{
    addSandboxConnections();
    const QString legacy = QStringLiteral("e5a7c9d1-8f2b-4a6c-9d3e-7b1f0c2e4a81");
    QVERIFY(!m_server.scaleGpSpec(legacy).value(QStringLiteral("archived_at")).isNull());
    // Only Scale GP archives specs.
    const CliResult notScaleGp = cli({QStringLiteral("unarchive"), QStringLiteral("df/anything")});
    QCOMPARE(notScaleGp.exitCode, 2);
    QVERIFY(notScaleGp.err.contains("Scale GP"));

    const CliResult restored = cli({QStringLiteral("unarchive"), QStringLiteral("sgp/") + legacy});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY(restored.out.contains("restored"));
    QVERIFY(m_server.scaleGpSpec(legacy).value(QStringLiteral("archived_at")).isNull());

    // The edit is a write of its own: stored as a draft, then sent by sync.
    const CliResult shown = cli({QStringLiteral("show"), QStringLiteral("sgp/") + legacy});
    QCOMPARE(shown.exitCode, 0);
    QByteArray edited = shown.out;
    QVERIFY(edited.contains("\"Legacy FAQ bot\""));
    edited.replace("\"Legacy FAQ bot\"", "\"Legacy FAQ bot v2\"");
    QTemporaryDir files;
    QFile draft(files.filePath(QStringLiteral("legacy.json")));
    QVERIFY(draft.open(QIODevice::WriteOnly) && draft.write(edited) == edited.size());
    draft.close();
    QCOMPARE(cli({QStringLiteral("edit"), QStringLiteral("sgp/") + legacy, QStringLiteral("--from"), draft.fileName()})
                 .exitCode,
             0);
    const CliResult synced = cli({QStringLiteral("sync"), QStringLiteral("sgp/") + legacy});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QCOMPARE(m_server.scaleGpSpec(legacy).value(QStringLiteral("name")).toString(),
             QStringLiteral("Legacy FAQ bot v2"));

    // Asked again, the server says it is not archived; nothing breaks.
    QVERIFY(cli({QStringLiteral("unarchive"), QStringLiteral("sgp/") + legacy}).exitCode != 3);
}

void TestRemoteCli::connectionsAreAddedListedTestedAndRemoved()
{
    addSandboxConnections();
    const CliResult list = cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray connections = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(connections.size(), 3);
    QCOMPARE(connections.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("aep"));
    QCOMPARE(connections.at(0)
                 .toObject()
                 .value(QStringLiteral("secretEnvironment"))
                 .toObject()
                 .value(QStringLiteral("accessToken"))
                 .toString(),
             QStringLiteral("ADOBE_TOKEN"));
    for (const QString& name : {QStringLiteral("df"), QStringLiteral("sgp"), QStringLiteral("aep")}) {
        const CliResult test = cli({QStringLiteral("connection"), QStringLiteral("test"), name});
        QVERIFY2(test.exitCode == 0, test.err.constData());
        QVERIFY(test.out.contains("connected"));
    }
    QCOMPARE(cli({QStringLiteral("connection"),
                  QStringLiteral("add"),
                  QStringLiteral("df"),
                  QStringLiteral("--api"),
                  QStringLiteral("dataframer")})
                 .exitCode,
             2); // the name is taken
    QCOMPARE(cli({QStringLiteral("connection"),
                  QStringLiteral("add"),
                  QStringLiteral("temp"),
                  QStringLiteral("--api"),
                  QStringLiteral("scalegp")})
                 .exitCode,
             0);
    const CliResult removed = cli({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("temp")});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(!cli({QStringLiteral("connection"), QStringLiteral("list")}).out.contains("temp"));
}

void TestRemoteCli::listAndPullStoreSpecsAndVersions()
{
    addSandboxConnections();
    const CliResult remoteList = cli({QStringLiteral("list"), QStringLiteral("df"), QStringLiteral("--json")});
    QCOMPARE(remoteList.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(remoteList.out).array().size(), 5);
    QVERIFY(remoteList.out.contains("\"processing\""));

    const CliResult pull = cli({QStringLiteral("pull"), QStringLiteral("df")});
    QVERIFY2(pull.exitCode == 0, pull.err.constData());
    QVERIFY2(pull.out.contains("5 added") || pull.out.contains("0 added"), pull.out.constData());
    QCOMPARE(cli({QStringLiteral("pull"), QStringLiteral("sgp")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("pull"), QStringLiteral("aep")}).exitCode, 0);

    const CliResult cached = cli({QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray specs = QJsonDocument::fromJson(cached.out).array();
    QCOMPARE(specs.size(), 5 + 6 + 3);

    // The versions the server keeps are in the workspace.
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(m_workspace.path(), &error));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM spec_versions v JOIN specs s ON s.id = v.spec_id "
                                      "WHERE s.remote_id = '%1' AND v.origin = 'server'")
                           .arg(kCustomerSupport)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestRemoteCli::showPrintsTheServerTextByteForByte()
{
    addSandboxConnections();
    const CliResult show
        = cli({QStringLiteral("show"), QStringLiteral("df/") + kCustomerSupport, QStringLiteral("--remote")});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.out, m_server.dataFramerLatestContent(kCustomerSupport));
    const CliResult processing
        = cli({QStringLiteral("show"), QStringLiteral("df/7c9e6679-7425-40de-944b-e07fc1f90ae7")});
    QCOMPARE(processing.exitCode, 0);
    QVERIFY(processing.err.contains("PROCESSING"));
}

void TestRemoteCli::pullKeepsLocalEdits()
{
    addSandboxConnections();
    QCOMPARE(cli({QStringLiteral("pull"), QStringLiteral("df"), kCustomerSupport}).exitCode, 0);
    qint64 specId = 0;
    {
        WorkspaceStore store;
        QString error;
        QVERIFY(store.open(m_workspace.path(), &error));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM specs WHERE remote_id = '%1'").arg(kCustomerSupport)));
        QVERIFY(query.next());
        specId = query.value(0).toLongLong();
        QVERIFY(store.saveSpecContent(specId, "spec:\n  description: my local edit\n", &error));
    }
    QVERIFY(m_server.putDataFramerContentAsColleague(kCustomerSupport, "spec:\n  description: colleague\n"));
    const CliResult pull = cli({QStringLiteral("pull"), QStringLiteral("df"), kCustomerSupport});
    QCOMPARE(pull.exitCode, 0);
    QVERIFY2(pull.out.contains("1 kept with local edits"), pull.out.constData());
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(m_workspace.path(), &error));
    QCOMPARE(store.spec(specId)->content, QByteArray("spec:\n  description: my local edit\n"));
}

void TestRemoteCli::exitCodesTellAuthNetworkAndRefusals()
{
    addSandboxConnections();
    QCOMPARE(cli({QStringLiteral("connection"),
                  QStringLiteral("add"),
                  QStringLiteral("wrong"),
                  QStringLiteral("--api"),
                  QStringLiteral("dataframer"),
                  QStringLiteral("--url"),
                  m_server.baseUrl().toString(),
                  QStringLiteral("--token-env"),
                  QStringLiteral("WRONG_TOKEN")})
                 .exitCode,
             0);
    const CliResult unauthorized = cli({QStringLiteral("list"), QStringLiteral("wrong")});
    QCOMPARE(unauthorized.exitCode, 4);
    QVERIFY(unauthorized.err.contains("401"));

    QCOMPARE(cli({QStringLiteral("connection"),
                  QStringLiteral("add"),
                  QStringLiteral("nosecret"),
                  QStringLiteral("--api"),
                  QStringLiteral("scalegp"),
                  QStringLiteral("--url"),
                  m_server.baseUrl().toString()})
                 .exitCode,
             0);
    const CliResult missing = cli({QStringLiteral("list"), QStringLiteral("nosecret")});
    QCOMPARE(missing.exitCode, 4);
    QVERIFY(missing.err.contains("x-api-key"));

    const CliResult notFound = cli({QStringLiteral("show"), QStringLiteral("df/00000000-0000-0000-0000-000000000000")});
    QCOMPARE(notFound.exitCode, 5);

    // A port nothing listens on: the network failure code.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QCOMPARE(cli({QStringLiteral("connection"),
                  QStringLiteral("add"),
                  QStringLiteral("offline"),
                  QStringLiteral("--api"),
                  QStringLiteral("dataframer"),
                  QStringLiteral("--url"),
                  QStringLiteral("http://127.0.0.1:%1").arg(port),
                  QStringLiteral("--token-env"),
                  QStringLiteral("DF_TOKEN")})
                 .exitCode,
             0);
    const CliResult offline = cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("offline")});
    QCOMPARE(offline.exitCode, 3);
    QVERIFY(offline.err.contains("Could not reach"));
    QVERIFY2(offline.err.contains(QStringLiteral("GET http://127.0.0.1:%1/").arg(port).toUtf8()),
             offline.err.constData());

    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("nonexistent")}).exitCode, 2);
}

void TestRemoteCli::refusesInsecureHttp()
{
    const CliResult refused = cli({QStringLiteral("connection"),
                                   QStringLiteral("add"),
                                   QStringLiteral("plain"),
                                   QStringLiteral("--api"),
                                   QStringLiteral("dataframer"),
                                   QStringLiteral("--url"),
                                   QStringLiteral("http://specs.example.com")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("unencrypted"));
    QCOMPARE(cli({QStringLiteral("connection"),
                  QStringLiteral("add"),
                  QStringLiteral("plain"),
                  QStringLiteral("--api"),
                  QStringLiteral("dataframer"),
                  QStringLiteral("--url"),
                  QStringLiteral("http://specs.example.com"),
                  QStringLiteral("--allow-insecure-http")})
                 .exitCode,
             0);
}

void TestRemoteCli::errorsNameTheRequestAndSuggestTheFix()
{
    // A URL that cannot be parsed is named, with what is wrong with it, never as ''.
    const CliResult badUrl = cli({QStringLiteral("connection"),
                                  QStringLiteral("add"),
                                  QStringLiteral("typo"),
                                  QStringLiteral("--api"),
                                  QStringLiteral("dataframer"),
                                  QStringLiteral("--url"),
                                  QStringLiteral("https://me:hunter2@spec s.example.com")});
    QCOMPARE(badUrl.exitCode, 2);
    QVERIFY2(badUrl.err.contains("spec s.example.com"), badUrl.err.constData());
    QVERIFY2(!badUrl.err.contains("''"), badUrl.err.constData());
    // The password typed into it is not repeated.
    QVERIFY2(!badUrl.err.contains("hunter2"), badUrl.err.constData());

    // The Adobe base URL without Flow Service's path: every request is a bare 404 from the server.
    QUrl withoutPath = m_server.baseUrl();
    withoutPath.setPath(QString());
    const CliResult added = cli({QStringLiteral("connection"),
                                 QStringLiteral("add"),
                                 QStringLiteral("adobe-no-path"),
                                 QStringLiteral("--api"),
                                 QStringLiteral("adobe"),
                                 QStringLiteral("--url"),
                                 withoutPath.toString(),
                                 QStringLiteral("--org-id"),
                                 m_server.credentials().adobeOrgId,
                                 QStringLiteral("--sandbox-name"),
                                 m_server.credentials().adobeSandboxName,
                                 QStringLiteral("--access-token-env"),
                                 QStringLiteral("ADOBE_TOKEN"),
                                 QStringLiteral("--api-key-env"),
                                 QStringLiteral("ADOBE_KEY")});
    QCOMPARE(added.exitCode, 0);
    // Said when it is added, before anything fails.
    QVERIFY2(added.err.contains("/data/foundation/flowservice"), QByteArray(added.err + added.out).constData());
    const CliResult notFound = cli({QStringLiteral("list"), QStringLiteral("adobe-no-path")});
    QCOMPARE(notFound.exitCode, 5);
    const QString expectedRequest = QStringLiteral("GET %1/flowSpecs").arg(withoutPath.toString());
    QVERIFY2(notFound.err.contains(expectedRequest.toUtf8()), notFound.err.constData());
    QVERIFY2(notFound.err.contains("HTTP 404"), notFound.err.constData());
    QVERIFY2(notFound.err.contains("end with /data/foundation/flowservice"), notFound.err.constData());

    // With the right path, a spec that is not there names the request but suggests no other URL.
    addSandboxConnections();
    const CliResult missingSpec
        = cli({QStringLiteral("show"), QStringLiteral("df/00000000-0000-0000-0000-000000000000")});
    QCOMPARE(missingSpec.exitCode, 5);
    QVERIFY2(missingSpec.err.contains("GET http://127.0.0.1:"), missingSpec.err.constData());
    QVERIFY2(!missingSpec.err.contains("base URL"), missingSpec.err.constData());

    // The bundled sandbox's connections have secrets only while it runs: say that, not "no key".
    QCOMPARE(cli({QStringLiteral("connection"),
                  QStringLiteral("add"),
                  QStringLiteral("Sandbox DataFramer"),
                  QStringLiteral("--api"),
                  QStringLiteral("dataframer"),
                  QStringLiteral("--url"),
                  QStringLiteral("http://127.0.0.1:9")})
                 .exitCode,
             0);
    const CliResult notRunning = cli({QStringLiteral("list"), QStringLiteral("Sandbox DataFramer")});
    QCOMPARE(notRunning.exitCode, 4);
    QVERIFY2(notRunning.err.contains("bundled sandbox") && notRunning.err.contains("Start Sandbox"),
             notRunning.err.constData());
    QVERIFY2(!notRunning.err.contains("Bearer"), notRunning.err.constData());
}

void TestRemoteCli::secretsNeverReachTheWorkspaceOrTheOutput()
{
    addSandboxConnections();
    QCOMPARE(cli({QStringLiteral("pull"), QStringLiteral("aep")}).exitCode, 0);
    const SandboxCredentials& credentials = m_server.credentials();
    const QList<QByteArray> secrets {credentials.dataFramerToken.toUtf8(),
                                     credentials.scaleGpApiKey.toUtf8(),
                                     credentials.adobeAccessToken.toUtf8(),
                                     credentials.adobeApiKey.toUtf8(),
                                     QByteArrayLiteral("sk_wrong_0123456789")};
    QDirIterator files(m_workspace.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray& secret : secrets) {
            QVERIFY2(!bytes.contains(secret), qPrintable(file.fileName()));
        }
        ++checked;
    }
    QVERIFY(checked > 0);
    // Everything the CLI printed in this test run, debug logging of the network layer included.
    QVERIFY(m_printed.contains("specdesk.remote"));
    for (const QByteArray& secret : secrets) {
        QVERIFY2(!m_printed.contains(secret), secret.constData());
    }
}

QTEST_GUILESS_MAIN(TestRemoteCli)
#include "TestRemoteCli.moc"
