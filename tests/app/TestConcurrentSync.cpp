#include "SandboxCliConnections.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kCustomerSupport = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
const QString kBilling = QStringLiteral("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e");
const QStringList kScaleGpSpecs {QStringLiteral("6f1c0a52-3b0e-4a63-9d0f-1b2a7e9c4d11"),
                                 QStringLiteral("8a3e5c77-1d2f-4b6a-9e80-2c4d6f8a0b13"),
                                 QStringLiteral("b47d2e19-6c5a-4f3e-8d21-9a0b1c2d3e45"),
                                 QStringLiteral("c9e81f3a-27b4-4d5c-a6e9-3f0d1b2c4a57"),
                                 QStringLiteral("d2f6a8b0-4c1e-4e7a-b3d5-6e8f0a1b2c69")};
const QStringList kAdobeSpecs {QStringLiteral("9753525b-82c7-4dce-8a9b-5ccfce2b9876"),
                               QStringLiteral("e77fde5a-22a8-11ed-861d-0242ac120002"),
                               QStringLiteral("6499120c-0b15-42dc-936e-847ea3c24d72")};

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// One draft of the test: the CLI target and the server path its write goes to.
struct Draft
{
    QString target; ///< "df/ID"
    QByteArray method; ///< the write's method
    QString path; ///< a piece of the write's path
};

} // namespace

/// Several SpecDesk processes on one workspace, against a sandbox with latency: `sync` started
/// three times at once, and `sync` killed at a random moment then run again at once. However
/// they interleave, every draft becomes exactly one write on its server.
class TestConcurrentSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void threeSyncProcessesWriteEachDraftOnce();
    void killAtRandomThenSyncAgainWritesOnce();
    void killedScaleGpWriteThenMoreTypingIsWrittenNotMerged();
    void killedAdobeWriteThenMoreTypingIsWrittenNotMerged();

private:
    QProcessEnvironment environment() const;
    CliResult cli(const QStringList& arguments);
    std::unique_ptr<QProcess> startCli(const QStringList& arguments);
    /// Stores an edited copy of the spec's text as its draft; returns the draft.
    QByteArray editDraft(const QString& target, const QByteArray& from, const QByteArray& to);
    int writesTo(const Draft& draft) const;
    QList<Draft> editEveryKind();
    /// Edits, then kills a `sync` with its write held by the server for a while; the server
    /// stores the write after the kill.
    void editThenKillWithTheWriteInFlight(const QString& target, const QByteArray& from, const QByteArray& to);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConcurrentSync::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    for (const QStringList& add : SandboxCliConnections::addCommands(m_server->baseUrl(), m_server->credentials())) {
        QCOMPARE(cli(add).exitCode, 0);
    }
    QCOMPARE(cli({QStringLiteral("pull"), QStringLiteral("df"), kCustomerSupport, kBilling}).exitCode, 0);
    QCOMPARE(cli(QStringList {QStringLiteral("pull"), QStringLiteral("sgp")} + kScaleGpSpecs).exitCode, 0);
    QCOMPARE(cli(QStringList {QStringLiteral("pull"), QStringLiteral("aep")} + kAdobeSpecs).exitCode, 0);
    m_server->clearRequests();
}

void TestConcurrentSync::cleanup()
{
    m_dir.reset();
    m_server.reset();
}

QProcessEnvironment TestConcurrentSync::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SPECDESK_NO_KEYCHAIN"), QStringLiteral("1"));
    environment.insert(QStringLiteral("DF_TOKEN"), m_server->credentials().dataFramerToken);
    environment.insert(QStringLiteral("SGP_KEY"), m_server->credentials().scaleGpApiKey);
    environment.insert(QStringLiteral("ADOBE_TOKEN"), m_server->credentials().adobeAccessToken);
    environment.insert(QStringLiteral("ADOBE_KEY"), m_server->credentials().adobeApiKey);
    return environment;
}

std::unique_ptr<QProcess> TestConcurrentSync::startCli(const QStringList& arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment());
    process->start(QStringLiteral(SPECDESK_CLI_PATH),
                   QStringList {QStringLiteral("--workspace"), m_dir->path()} + arguments);
    return process;
}

CliResult TestConcurrentSync::cli(const QStringList& arguments)
{
    std::unique_ptr<QProcess> process = startCli(arguments);
    QSignalSpy finished(process.get(), &QProcess::finished);
    if (!finished.wait(90000)) {
        process->kill();
        return {};
    }
    return {process->exitCode(), process->readAllStandardOutput(), process->readAllStandardError()};
}

QByteArray TestConcurrentSync::editDraft(const QString& target, const QByteArray& from, const QByteArray& to)
{
    const CliResult shown = cli({QStringLiteral("show"), target});
    [&] { QCOMPARE(shown.exitCode, 0); }();
    QByteArray draft = shown.out;
    const qsizetype at = draft.indexOf(from);
    [&] { QVERIFY2(at >= 0, qPrintable(target + QStringLiteral(" has no ") + QString::fromUtf8(from))); }();
    draft.replace(at, from.size(), to);
    const QString path = m_dir->filePath(QStringLiteral("draft-%1").arg(QRandomGenerator::global()->generate()));
    QFile file(path);
    [&] { QVERIFY(file.open(QIODevice::WriteOnly) && file.write(draft) == draft.size()); }();
    file.close();
    [&] { QCOMPARE(cli({QStringLiteral("edit"), target, QStringLiteral("--from"), path}).exitCode, 0); }();
    return draft;
}

int TestConcurrentSync::writesTo(const Draft& draft) const
{
    const QList<RecordedRequest> requests = m_server->requests();
    return int(std::count_if(requests.cbegin(), requests.cend(), [&draft](const RecordedRequest& request) {
        return request.method == draft.method && request.path.contains(draft.path);
    }));
}

QList<Draft> TestConcurrentSync::editEveryKind()
{
    QList<Draft> drafts;
    for (const QString& id : {kCustomerSupport, kBilling}) {
        editDraft(QStringLiteral("df/") + id, "spec:", "# edited by the concurrency test\nspec:");
        drafts << Draft {QStringLiteral("df/") + id, "PUT", id};
    }
    for (const QString& id : kScaleGpSpecs) {
        editDraft(QStringLiteral("sgp/") + id, "\"description\": \"", "\"description\": \"Edited concurrently. ");
        drafts << Draft {QStringLiteral("sgp/") + id, "PATCH", id};
    }
    for (const QString& id : kAdobeSpecs) {
        editDraft(QStringLiteral("aep/") + id, "\"name\": \"", "\"name\": \"Edited-");
        drafts << Draft {QStringLiteral("aep/") + id, "PUT", id};
    }
    return drafts;
}

void TestConcurrentSync::threeSyncProcessesWriteEachDraftOnce()
{
    const QList<Draft> drafts = editEveryKind();
    QCOMPARE(drafts.size(), 10);
    const int customerSupportVersions = m_server->dataFramerVersionCount(kCustomerSupport);
    const int billingVersions = m_server->dataFramerVersionCount(kBilling);
    m_server->clearRequests();
    // Latency on every request, so the three runs overlap for the whole of their work.
    SandboxFault latency;
    latency.kind = SandboxFault::Kind::Delay;
    latency.delayMs = 150;
    latency.times = 100000;
    m_server->addFault(latency);

    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 3; ++i) {
        runs.push_back(startCli({QStringLiteral("sync"), QStringLiteral("--json")}));
    }
    for (const std::unique_ptr<QProcess>& run : runs) {
        QTRY_VERIFY_WITH_TIMEOUT(run->state() == QProcess::NotRunning, 90000);
        QVERIFY2(run->exitStatus() == QProcess::NormalExit && run->exitCode() == 0,
                 QByteArray(run->readAllStandardOutput() + run->readAllStandardError()).constData());
    }
    for (const Draft& draft : drafts) {
        QVERIFY2(writesTo(draft) == 1,
                 qPrintable(QStringLiteral("%1: %2 writes").arg(draft.target).arg(writesTo(draft))));
    }
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), customerSupportVersions + 1);
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), billingVersions + 1);
    QVERIFY(m_server->scaleGpSpec(kScaleGpSpecs.first())
                .value(QStringLiteral("description"))
                .toString()
                .startsWith(QStringLiteral("Edited concurrently. ")));
    const CliResult status = cli({QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(QJsonDocument::fromJson(status.out).array().isEmpty(), status.out.constData());
}

void TestConcurrentSync::editThenKillWithTheWriteInFlight(const QString& target,
                                                          const QByteArray& from,
                                                          const QByteArray& to)
{
    editDraft(target, from, to);
    const QByteArray method = target.startsWith(QLatin1String("sgp/")) ? "PATCH" : "PUT";
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.method = method;
    slow.delayMs = 1500;
    m_server->addFault(slow);
    std::unique_ptr<QProcess> sync = startCli({QStringLiteral("sync"), target});
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(m_server->requests().cbegin(),
                    m_server->requests().cend(),
                    [&method](const RecordedRequest& request) { return request.method == method; }),
        20000);
    sync->kill(); // SIGKILL, with the write still held by the server
    sync->waitForFinished(10000);
}

// Crash trials: `sync` killed at any moment, then run again at once, while the server may still
// be storing the killed run's write. The rerun must learn whether it landed before sending.
void TestConcurrentSync::killAtRandomThenSyncAgainWritesOnce()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("seed %u", seed);
    for (int round = 1; round <= 4; ++round) {
        const QByteArray draft = editDraft(
            QStringLiteral("df/") + kCustomerSupport, "spec:", QStringLiteral("# round %1\nspec:").arg(round).toUtf8());
        const int versionsBefore = m_server->dataFramerVersionCount(kCustomerSupport);
        m_server->clearRequests();
        // The server takes its time storing the write, longer than a rerun needs to look.
        SandboxFault slowWrite;
        slowWrite.kind = SandboxFault::Kind::Delay;
        slowWrite.method = "PUT";
        slowWrite.delayMs = 1500;
        m_server->addFault(slowWrite);
        SandboxFault latency;
        latency.kind = SandboxFault::Kind::Delay;
        latency.delayMs = 100;
        latency.times = 100000;
        m_server->addFault(latency);
        std::unique_ptr<QProcess> sync = startCli({QStringLiteral("sync")});
        QVERIFY(sync->waitForStarted(10000));
        // Odd rounds kill at any moment; even ones while the server still holds the write,
        // which is where a blind resend would make a second version.
        const bool whileWriting = round % 2 == 0;
        if (whileWriting) {
            QTRY_VERIFY_WITH_TIMEOUT(
                std::any_of(m_server->requests().cbegin(),
                            m_server->requests().cend(),
                            [](const RecordedRequest& request) { return request.method == "PUT"; }),
                20000);
        }
        const int killAfterMs = int(random.bounded(whileWriting ? 1000 : 1600));
        QTest::qWait(killAfterMs); // the moment of the kill is the point of the trial
        sync->kill();
        sync->waitForFinished(10000);
        const CliResult again = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0,
                 qPrintable(QStringLiteral("round %1, killed after %2 ms: %3")
                                .arg(round)
                                .arg(killAfterMs)
                                .arg(QString::fromUtf8(again.out + again.err))));
        m_server->clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->pendingReplies(), 0, 10000);
        QVERIFY2(m_server->dataFramerVersionCount(kCustomerSupport) == versionsBefore + 1,
                 qPrintable(QStringLiteral("round %1, killed after %2 ms: %3 versions, expected %4")
                                .arg(round)
                                .arg(killAfterMs)
                                .arg(m_server->dataFramerVersionCount(kCustomerSupport))
                                .arg(versionsBefore + 1)));
        QCOMPARE(m_server->dataFramerLatestContent(kCustomerSupport), draft);
    }
}

// Crash trials: after a kill with the write in flight, more typing made the next sync take
// SpecDesk's own stored write for a colleague's change, for the two JSON APIs.
void TestConcurrentSync::killedScaleGpWriteThenMoreTypingIsWrittenNotMerged()
{
    const QString target = QStringLiteral("sgp/") + kScaleGpSpecs.first();
    editThenKillWithTheWriteInFlight(target, "\"description\": \"", "\"description\": \"Sent, then killed. ");
    QTRY_VERIFY_WITH_TIMEOUT(m_server->scaleGpSpec(kScaleGpSpecs.first())
                                 .value(QStringLiteral("description"))
                                 .toString()
                                 .startsWith(QStringLiteral("Sent, then killed. ")),
                             10000);
    editDraft(target, "\"name\": \"", "\"name\": \"Renamed after the restart: ");
    const CliResult again = cli({QStringLiteral("sync"), QStringLiteral("--json"), target});
    QVERIFY2(again.exitCode == 0, QByteArray(again.out + again.err).constData());
    QCOMPARE(QJsonDocument::fromJson(again.out).array().first().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("written"));
    const QJsonObject server = m_server->scaleGpSpec(kScaleGpSpecs.first());
    QVERIFY(server.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("Renamed after the restart: ")));
    QVERIFY(server.value(QStringLiteral("description")).toString().startsWith(QStringLiteral("Sent, then killed. ")));
}

void TestConcurrentSync::killedAdobeWriteThenMoreTypingIsWrittenNotMerged()
{
    const QString target = QStringLiteral("aep/") + kAdobeSpecs.first();
    editThenKillWithTheWriteInFlight(target, "\"name\": \"", "\"name\": \"Killed-");
    QTRY_VERIFY_WITH_TIMEOUT(m_server->adobeFlowSpec(kAdobeSpecs.first())
                                 .value(QStringLiteral("name"))
                                 .toString()
                                 .startsWith(QStringLiteral("Killed-")),
                             10000);
    const QByteArray more = editDraft(target, "\"name\": \"Killed-", "\"name\": \"Killed-Then-Typed-");
    const CliResult again = cli({QStringLiteral("sync"), QStringLiteral("--json"), target});
    QVERIFY2(again.exitCode == 0, QByteArray(again.out + again.err).constData());
    QCOMPARE(QJsonDocument::fromJson(again.out).array().first().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("written"));
    QVERIFY(m_server->adobeFlowSpec(kAdobeSpecs.first())
                .value(QStringLiteral("name"))
                .toString()
                .startsWith(QStringLiteral("Killed-Then-Typed-")));
    QVERIFY(!more.isEmpty());
}

QTEST_GUILESS_MAIN(TestConcurrentSync)
#include "TestConcurrentSync.moc"
