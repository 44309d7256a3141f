#include "SandboxServer.h"
#include "StoreQuery.h"
#include "WorkspaceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCustomerSupport = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
const QString kBilling = QStringLiteral("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e");

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

/// `edit`, `status`, `sync` and `resolve` as a script runs them, against the sandbox, including
/// a `kill -9` of the CLI in the middle of a sync: the next sync loses nothing and makes no
/// second version.
class TestSyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editStatusSyncAndExitCodes();
    void conflictIsResolvedThenSent();
    void offlineSyncExitsWithTheNetworkCode();
    void killDuringSyncThenSyncAgain();
    void killedWriteThenMoreTypingIsWrittenNotMerged();
    void syncPrintsTheErrorsOfADraftAndSendsNothing();
    void syncSaysWhatWasNotSent();
    void refusedDraftIsSkippedUntilItChanges();
    void autosavedSplicesAreWhatTheCliShowsAndSends();

private:
    /// `edit` stores the draft, a `sync` is killed while the server holds its PUT, and the
    /// server stores the write anyway.
    void editThenKillSyncWithTheWriteInFlight(const QByteArray& draft);
    QProcessEnvironment environment() const;
    CliResult cli(const QStringList& arguments);
    QString writeFile(const QByteArray& bytes);
    /// The requests the sandbox received that were not GETs.
    QList<RecordedRequest> writesReceived() const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSyncCli::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(cli({QStringLiteral("connection"),
                  QStringLiteral("add"),
                  QStringLiteral("df"),
                  QStringLiteral("--api"),
                  QStringLiteral("dataframer"),
                  QStringLiteral("--url"),
                  m_server->baseUrl().toString(),
                  QStringLiteral("--token-env"),
                  QStringLiteral("DF_TOKEN")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("pull"), QStringLiteral("df"), kCustomerSupport, kBilling}).exitCode, 0);
}

void TestSyncCli::cleanup()
{
    m_dir.reset();
    m_server.reset();
}

QProcessEnvironment TestSyncCli::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SPECDESK_NO_KEYCHAIN"), QStringLiteral("1"));
    environment.insert(QStringLiteral("DF_TOKEN"), m_server->credentials().dataFramerToken);
    return environment;
}

CliResult TestSyncCli::cli(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SPECDESK_CLI_PATH),
                  QStringList {QStringLiteral("--workspace"), m_dir->path()} + arguments);
    if (!finished.wait(60000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString TestSyncCli::writeFile(const QByteArray& bytes)
{
    static int counter = 0;
    const QString path = m_dir->filePath(QStringLiteral("draft-%1.yaml").arg(++counter));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
    return path;
}

QList<RecordedRequest> TestSyncCli::writesReceived() const
{
    QList<RecordedRequest> writes;
    for (const RecordedRequest& request : m_server->requests()) {
        if (request.method != "GET") {
            writes << request;
        }
    }
    return writes;
}

void TestSyncCli::editStatusSyncAndExitCodes()
{
    const QByteArray draft = m_server->dataFramerLatestContent(kCustomerSupport) + "# edited from a script\r\n";
    const CliResult edit = cli(
        {QStringLiteral("edit"), QStringLiteral("df/") + kCustomerSupport, QStringLiteral("--from"), writeFile(draft)});
    QCOMPARE(edit.exitCode, 0);
    QVERIFY(edit.out.contains("draft"));

    const CliResult status = cli({QStringLiteral("status"), QStringLiteral("--json")});
    const QJsonArray pending = QJsonDocument::fromJson(status.out).array();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("draft"));

    const CliResult sync = cli({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(sync.exitCode == 0, sync.out.constData());
    const QJsonObject outcome = QJsonDocument::fromJson(sync.out).array().first().toObject();
    QCOMPARE(outcome.value(QStringLiteral("action")).toString(), QStringLiteral("written"));
    QCOMPARE(m_server->dataFramerLatestContent(kCustomerSupport), draft);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3);
    QVERIFY(QJsonDocument::fromJson(cli({QStringLiteral("status"), QStringLiteral("--json")}).out).array().isEmpty());

    // Nothing left: a second sync sends nothing.
    const CliResult again = cli({QStringLiteral("sync")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3);

    QCOMPARE(
        cli({QStringLiteral("edit"), QStringLiteral("df/nope"), QStringLiteral("--from"), writeFile("x")}).exitCode, 2);
}

void TestSyncCli::conflictIsResolvedThenSent()
{
    const QByteArray base = m_server->dataFramerLatestContent(kBilling);
    QByteArray mine = base;
    mine.replace("plan_change: 25", "plan_change: 20");
    mine.replace("login_problem: 20", "login_problem: 25");
    QByteArray theirs = base;
    theirs.replace("plan_change: 25", "plan_change: 30");
    theirs.replace("login_problem: 20", "login_problem: 15");
    QCOMPARE(cli({QStringLiteral("edit"), QStringLiteral("df/") + kBilling, QStringLiteral("--from"), writeFile(mine)})
                 .exitCode,
             0);
    QVERIFY(m_server->putDataFramerContentAsColleague(kBilling, theirs));

    const CliResult sync = cli({QStringLiteral("sync"), QStringLiteral("df/") + kBilling});
    QCOMPARE(sync.exitCode, 6);
    QVERIFY(sync.out.contains("conflict"));
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 2);
    // An open conflict is never "nothing to sync": a plain sync reports it and sends nothing.
    const CliResult plain = cli({QStringLiteral("sync")});
    QCOMPARE(plain.exitCode, 6);
    QVERIFY2(plain.out.contains("conflict") && !plain.out.contains("Nothing to sync"), plain.out.constData());
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 2);

    QByteArray handMerged = base;
    handMerged.replace("plan_change: 25", "plan_change: 25");
    handMerged.replace("login_problem: 20", "login_problem: 20 # agreed");
    const CliResult resolve = cli(
        {QStringLiteral("resolve"), QStringLiteral("df/") + kBilling, QStringLiteral("--from"), writeFile(handMerged)});
    QCOMPARE(resolve.exitCode, 0);
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 3);
    QCOMPARE(m_server->dataFramerLatestContent(kBilling), handMerged);
    QCOMPARE(cli({QStringLiteral("resolve"), QStringLiteral("df/") + kBilling, QStringLiteral("--mine")}).exitCode, 2);
}

void TestSyncCli::offlineSyncExitsWithTheNetworkCode()
{
    QCOMPARE(cli({QStringLiteral("edit"),
                  QStringLiteral("df/") + kBilling,
                  QStringLiteral("--from"),
                  writeFile(m_server->dataFramerLatestContent(kBilling) + "# offline\n")})
                 .exitCode,
             0);
    SandboxFault offline;
    offline.kind = SandboxFault::Kind::DropBeforeStore;
    offline.times = 1000;
    m_server->addFault(offline);
    const CliResult sync = cli({QStringLiteral("sync")});
    QCOMPARE(sync.exitCode, 3);
    QVERIFY(sync.out.contains("queued"));
    m_server->clearFaults();
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 2);
}

void TestSyncCli::editThenKillSyncWithTheWriteInFlight(const QByteArray& draft)
{
    QCOMPARE(cli({QStringLiteral("edit"),
                  QStringLiteral("df/") + kCustomerSupport,
                  QStringLiteral("--from"),
                  writeFile(draft)})
                 .exitCode,
             0);
    // The server takes its time with the write, and stores it even after the client is gone.
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.method = "PUT";
    slow.delayMs = 1500;
    m_server->addFault(slow);
    QProcess sync;
    sync.setProcessEnvironment(environment());
    sync.start(QStringLiteral(SPECDESK_CLI_PATH),
               {QStringLiteral("--workspace"), m_dir->path(), QStringLiteral("sync")});
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_server->requests().cbegin(),
                                         m_server->requests().cend(),
                                         [](const RecordedRequest& request) { return request.method == "PUT"; }),
                             20000);
    sync.kill(); // SIGKILL, with the write in flight
    QVERIFY(sync.waitForFinished(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->dataFramerLatestContent(kCustomerSupport), draft, 10000);
}

void TestSyncCli::killDuringSyncThenSyncAgain()
{
    const QByteArray draft = m_server->dataFramerLatestContent(kCustomerSupport) + "# survives a kill -9\n";
    editThenKillSyncWithTheWriteInFlight(draft);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3);

    const CliResult status = cli({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(status.out).array().first().toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("syncing"));
    const CliResult again = cli({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.out.constData());
    QCOMPARE(QJsonDocument::fromJson(again.out).array().first().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("already-on-server"));
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3); // no duplicate
    QCOMPARE(m_server->dataFramerLatestContent(kCustomerSupport), draft); // no loss
}

// Found by scripts/crash-trials.sh: after a kill with the write in flight, more typing made the
// next sync take SpecDesk's own stored write for someone else's change and stop at a merge.
void TestSyncCli::killedWriteThenMoreTypingIsWrittenNotMerged()
{
    const QByteArray first = m_server->dataFramerLatestContent(kCustomerSupport) + "# sent, then killed\n";
    editThenKillSyncWithTheWriteInFlight(first);
    const int versionsAfterKill = m_server->dataFramerVersionCount(kCustomerSupport);

    const QByteArray second = first + "# typed after the restart\n";
    QCOMPARE(cli({QStringLiteral("edit"),
                  QStringLiteral("df/") + kCustomerSupport,
                  QStringLiteral("--from"),
                  writeFile(second)})
                 .exitCode,
             0);
    const CliResult again = cli({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.out.constData());
    QCOMPARE(QJsonDocument::fromJson(again.out).array().first().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("written"));
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), versionsAfterKill + 1);
    QCOMPARE(m_server->dataFramerLatestContent(kCustomerSupport), second);
}

// Issue 16: `sync` sent drafts that `validate` reports as errors.
void TestSyncCli::syncPrintsTheErrorsOfADraftAndSendsNothing()
{
    const QString target = QStringLiteral("df/") + kBilling;
    QByteArray draft = m_server->dataFramerLatestContent(kBilling);
    draft.replace("spec:\n", "spec:\n  name: Billing chats\n");
    QCOMPARE(cli({QStringLiteral("edit"), target, QStringLiteral("--from"), writeFile(draft)}).exitCode, 0);
    m_server->clearRequests();

    const CliResult sync = cli({QStringLiteral("sync")});
    QCOMPARE(sync.exitCode, 5);
    QVERIFY2(
        sync.out.contains((target + QStringLiteral(":2:3: error: 'name' is not an editable spec field.")).toUtf8()),
        sync.out.constData());
    QVERIFY(sync.out.contains("[dataframer-unknown-key]\n"));
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 1);

    const QJsonObject status = QJsonDocument::fromJson(cli({QStringLiteral("status"), QStringLiteral("--json")}).out)
                                   .array()
                                   .first()
                                   .toObject();
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("error"));
    QVERIFY(status.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Not sent: ")));

    const CliResult json = cli({QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 5);
    const QJsonArray problems
        = QJsonDocument::fromJson(json.out).array().first().toObject().value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("dataframer-unknown-key"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestSyncCli::syncSaysWhatWasNotSent()
{
    const QString target = QStringLiteral("df/") + kBilling;
    QByteArray draft = m_server->dataFramerLatestContent(kBilling);
    draft.replace("seed_sample_count: 240", "seed_sample_count: 999");
    QCOMPARE(cli({QStringLiteral("edit"), target, QStringLiteral("--from"), writeFile(draft)}).exitCode, 0);
    m_server->clearRequests();

    const CliResult sync = cli({QStringLiteral("sync")});
    QCOMPARE(sync.exitCode, 5);
    QVERIFY2(
        sync.out.contains((target + QStringLiteral(":23:1: warning: metadata is read-only on DataFramer")).toUtf8()),
        sync.out.constData());
    QVERIFY(sync.out.contains(
        "\terror\tnothing-to-do\tNot sent: metadata is read-only on DataFramer; the server ignores changes to it.\n"));
    QVERIFY(!sync.out.contains("synced"));
    QVERIFY(writesReceived().isEmpty());
}

// Issue 16: a draft the server refused was sent again by every later `sync`.
void TestSyncCli::refusedDraftIsSkippedUntilItChanges()
{
    const QString target = QStringLiteral("df/") + kBilling;
    const QByteArray draft = m_server->dataFramerLatestContent(kBilling) + "# refused\n";
    QCOMPARE(cli({QStringLiteral("edit"), target, QStringLiteral("--from"), writeFile(draft)}).exitCode, 0);
    SandboxFault refuse;
    refuse.kind = SandboxFault::Kind::Reject;
    refuse.method = "PUT";
    refuse.status = 400;
    refuse.message = QStringLiteral("Spec is locked by a running generation.");
    m_server->addFault(refuse);
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 5);
    QCOMPARE(writesReceived().size(), 1);

    m_server->clearRequests();
    const CliResult again = cli({QStringLiteral("sync")});
    QCOMPARE(again.exitCode, 5);
    QVERIFY2(again.out.startsWith((target + QStringLiteral("\terror\tskipped\tNot sent again: ")).toUtf8()),
             again.out.constData());
    QVERIFY(again.out.contains("locked by a running generation"));
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(cli({QStringLiteral("sync"), target}).exitCode, 5);
    QVERIFY(m_server->requests().isEmpty());

    // Changed, it is sent again.
    QCOMPARE(cli({QStringLiteral("edit"), target, QStringLiteral("--from"), writeFile(draft + "# fixed\n")}).exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(m_server->dataFramerLatestContent(kBilling), draft + "# fixed\n");
}

void TestSyncCli::autosavedSplicesAreWhatTheCliShowsAndSends()
{
    // The GUI's draft writer: each save appends a splice to the stored text (DraftText).
    WorkspaceStore editor;
    QString error;
    QVERIFY2(editor.open(m_dir->path(), &error), qPrintable(error));
    QSqlQuery query(editor.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM specs WHERE remote_id = '%1'").arg(kCustomerSupport))
            && query.next());
    const qint64 specId = query.value(0).toLongLong();
    query.finish();
    QByteArray draft = editor.spec(specId)->content;
    const auto save = [&](const QByteArray& next) {
        const WorkspaceStore::DraftSave outcome = editor.saveDraft(specId, next, {StoreQuery::hashOf(draft)}, &error);
        draft = next;
        return outcome;
    };
    QCOMPARE(save("# Grüße 🙂\r\n" + draft), WorkspaceStore::DraftSave::Saved);
    // A comment line in the middle, then a replacement inside it: the draft stays valid YAML.
    const qsizetype middle = draft.indexOf('\n', draft.size() / 2) + 1;
    QCOMPARE(save(draft.left(middle) + "# 日本語\n" + draft.mid(middle)), WorkspaceStore::DraftSave::Saved);
    QCOMPARE(save(QByteArray(draft).replace("# 日本語\n", "# 中文 é\n")), WorkspaceStore::DraftSave::Saved);
    QCOMPARE(save(draft + "# the end\r\n"), WorkspaceStore::DraftSave::Saved);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM draft_splices WHERE spec_id = %1").arg(specId))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 4);
    query.finish();

    // Another process reads the text with the splices applied, and knows it is a draft.
    QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("df/") + kCustomerSupport}).out, draft);
    const QJsonArray pending
        = QJsonDocument::fromJson(cli({QStringLiteral("status"), QStringLiteral("--json")}).out).array();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    // The sync sends exactly that text.
    const CliResult sync = cli({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(sync.exitCode == 0, sync.out.constData());
    QCOMPARE(m_server->dataFramerLatestContent(kCustomerSupport), draft);

    // specdesk-cli edit with the editor's splices pending: the CLI's text stands whole, and the
    // editor's next save, which has not seen it, is refused.
    const QByteArray fromCli = draft + "# from the CLI\n";
    QCOMPARE(cli({QStringLiteral("edit"),
                  QStringLiteral("df/") + kCustomerSupport,
                  QStringLiteral("--from"),
                  writeFile(fromCli)})
                 .exitCode,
             0);
    QCOMPARE(save(draft + "# typed\n"), WorkspaceStore::DraftSave::ChangedElsewhere);
    QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("df/") + kCustomerSupport}).out, fromCli);
    QCOMPARE(editor.spec(specId)->content, fromCli);
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
