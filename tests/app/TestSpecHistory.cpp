#include "MemorySecretStore.h"
#include "PagesRead.h"
#include "RemoteContext.h"
#include "SandboxConnections.h"
#include "SandboxServer.h"
#include "SpecHistory.h"
#include "SpecProvider.h"
#include "SpecPull.h"
#include "SyncEngine.h"
#include "WorkspaceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <unistd.h>

namespace {

const QString kCustomerSupport = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
const QString kClaims = QStringLiteral("6f1c0a52-3b0e-4a63-9d0f-1b2a7e9c4d11");

} // namespace

/// A spec's timeline from the sandbox's versions and SpecDesk's own snapshots, restore then
/// sync (exactly one new server version, byte for byte the restored entry), and the CLI's
/// history, diff and restore.
class TestSpecHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void timelineHasServerVersionsSnapshotsAndTheDraft();
    void serverVersionLabelsDoNotDependOnTheListOrder();
    void timelineReadsNoTextAndAnEntryOnlyItsOwn();
    void restoreThenSyncMakesExactlyOneVersion();
    void scaleGpHistoryIsLocal();
    void cliHistoryDiffAndRestore();
    void cliDiffIsColouredOnlyOnATerminal();

private:
    qint64 pull(const QString& connection, const QString& remoteId);
    void syncOnce();
    /// specdesk-cli's environment: no keychain, the sandbox's token, no NO_COLOR, then `changes`
    /// ("NAME=VALUE").
    QProcessEnvironment cliEnvironment(const QStringList& changes) const;
    QByteArray cli(const QStringList& arguments, int* exitCode, const QStringList& environmentChanges = {});
    /// The standard output of specdesk-cli run on a pseudo-terminal.
    QByteArray cliOnTerminal(const QStringList& arguments, const QStringList& environmentChanges = {});

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<RemoteContext> m_context;
};

void TestSpecHistory::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY(m_server->listen(0, &error));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkspaceStore>();
    QVERIFY(m_store->open(m_dir->path(), &error));
    m_context = std::make_unique<RemoteContext>(m_store.get(), new MemorySecretStore);
    Connection df = SandboxConnections::add(*m_context, *m_server, ApiKind::DataFramer, QStringLiteral("df"));
    df.secretEnvironment.insert(QStringLiteral("token"), QStringLiteral("DF_TOKEN"));
    QVERIFY(m_context->connections().update(df, &error));
    SandboxConnections::add(*m_context, *m_server, ApiKind::ScaleGp, QStringLiteral("sgp"));
}

void TestSpecHistory::cleanup()
{
    m_context.reset();
    m_store.reset();
    m_dir.reset();
    m_server.reset();
}

qint64 TestSpecHistory::pull(const QString& connectionName, const QString& remoteId)
{
    const Connection connection = *m_context->connections().connectionNamed(connectionName);
    std::unique_ptr<SpecProvider> provider = m_context->providerFor(connection);
    SpecPull pull(provider.get(), &m_context->specs());
    QSignalSpy finished(&pull, &SpecPull::finished);
    pull.start({remoteId});
    [&] { QVERIFY(finished.wait(10000)); }();
    return m_context->specs().specByRemoteId(connection, remoteId)->id;
}

void TestSpecHistory::syncOnce()
{
    SyncEngine engine(m_context.get());
    QSignalSpy idle(&engine, &SyncEngine::idle);
    engine.sync(engine.pendingSpecs());
    if (engine.isBusy()) {
        QVERIFY(idle.wait(20000));
    }
}

QProcessEnvironment TestSpecHistory::cliEnvironment(const QStringList& changes) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SPECDESK_NO_KEYCHAIN"), QStringLiteral("1"));
    environment.insert(QStringLiteral("DF_TOKEN"), m_server->credentials().dataFramerToken);
    environment.remove(QStringLiteral("NO_COLOR"));
    for (const QString& change : changes) {
        environment.insert(change.section(QLatin1Char('='), 0, 0), change.section(QLatin1Char('='), 1));
    }
    return environment;
}

QByteArray TestSpecHistory::cli(const QStringList& arguments, int* exitCode, const QStringList& environmentChanges)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(environmentChanges));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SPECDESK_CLI_PATH),
                  QStringList {QStringLiteral("--workspace"), m_dir->path()} + arguments);
    if (!finished.wait(60000)) {
        process.kill();
    }
    *exitCode = process.exitCode();
    return process.readAllStandardOutput() + process.readAllStandardError();
}

QByteArray TestSpecHistory::cliOnTerminal(const QStringList& arguments, const QStringList& environmentChanges)
{
    // A pseudo-terminal as the standard output, as in an interactive shell.
    int terminal = -1;
    int child = -1;
    if (openpty(&terminal, &child, nullptr, nullptr, nullptr) != 0) {
        return "openpty failed";
    }
    // The program gets the terminal as its standard output only, not these descriptors too.
    ::fcntl(terminal, F_SETFD, FD_CLOEXEC);
    ::fcntl(child, F_SETFD, FD_CLOEXEC);
    QByteArray output;
    // Reads what is there, waiting up to `waitMs` for each piece; stops at the end (EIO).
    const auto drain = [&](int waitMs) {
        char buffer[4096];
        pollfd ready {terminal, POLLIN, 0};
        while (::poll(&ready, 1, waitMs) == 1) {
            const ssize_t count = ::read(terminal, buffer, sizeof buffer);
            if (count <= 0) {
                break;
            }
            output.append(buffer, count);
        }
    };
    QSocketNotifier readable(terminal, QSocketNotifier::Read);
    connect(&readable, &QSocketNotifier::activated, this, [&] { drain(0); });
    QProcess process;
    process.setProcessEnvironment(
        cliEnvironment(QStringList {QStringLiteral("TERM=xterm-256color")} + environmentChanges));
    process.setChildProcessModifier([child] { ::dup2(child, STDOUT_FILENO); });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SPECDESK_CLI_PATH),
                  QStringList {QStringLiteral("--workspace"), m_dir->path()} + arguments);
    // Only the program holds the terminal's other end now: once it exits, reading ends (EIO).
    ::close(child);
    if (!finished.wait(60000)) {
        process.kill();
    }
    readable.setEnabled(false);
    drain(5000);
    ::close(terminal);
    return output;
}

void TestSpecHistory::timelineHasServerVersionsSnapshotsAndTheDraft()
{
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    const SpecHistory history(m_store.get());
    QList<HistoryEntry> timeline = history.timeline(specId);
    QStringList ids;
    for (const HistoryEntry& entry : timeline) {
        ids << entry.id;
    }
    QVERIFY2(ids.contains(QStringLiteral("v1")) && ids.contains(QStringLiteral("v2"))
                 && ids.contains(QStringLiteral("pull-1")),
             qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY(!ids.contains(QStringLiteral("draft")));
    QCOMPARE(history.entry(specId, QStringLiteral("v2"))->content, m_server->dataFramerLatestContent(kCustomerSupport));

    QVERIFY(m_store->saveSpecContent(specId, m_store->spec(specId)->content + "# mine\n", nullptr));
    timeline = history.timeline(specId);
    QCOMPARE(timeline.first().id, QStringLiteral("draft"));
    QCOMPARE(timeline.first().label(), QStringLiteral("Current draft"));
    syncOnce();
    pull(QStringLiteral("df"), kCustomerSupport);
    ids.clear();
    for (const HistoryEntry& entry : history.timeline(specId)) {
        ids << entry.id;
    }
    QVERIFY2(ids.contains(QStringLiteral("sync-1")) && ids.contains(QStringLiteral("v3")),
             qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY(!ids.contains(QStringLiteral("draft")));
    // Newest first.
    const QList<HistoryEntry> sorted = history.timeline(specId);
    for (int i = 1; i < sorted.size(); ++i) {
        QVERIFY(sorted.at(i - 1).when >= sorted.at(i).when);
    }
}

// A server that lists versions newest first: v1 is still the oldest, and a pull after a new
// version adds v3 without moving v1 and v2.
void TestSpecHistory::serverVersionLabelsDoNotDependOnTheListOrder()
{
    m_server->setDataFramerVersionsNewestFirst(true);
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    const SpecHistory history(m_store.get());
    const QByteArray v1 = history.entry(specId, QStringLiteral("v1"))->content;
    const QByteArray v2 = history.entry(specId, QStringLiteral("v2"))->content;
    QCOMPARE(v2, m_server->dataFramerLatestContent(kCustomerSupport));
    QVERIFY(v1 != v2);
    const QByteArray v3 = v2 + "# a third version\n";
    QVERIFY(m_server->putDataFramerContentAsColleague(kCustomerSupport, v3));
    pull(QStringLiteral("df"), kCustomerSupport);
    QCOMPARE(history.entry(specId, QStringLiteral("v1"))->content, v1);
    QCOMPARE(history.entry(specId, QStringLiteral("v2"))->content, v2);
    QCOMPARE(history.entry(specId, QStringLiteral("v3"))->content, v3);
}

void TestSpecHistory::restoreThenSyncMakesExactlyOneVersion()
{
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    const SpecHistory history(m_store.get());
    const QByteArray first = history.entry(specId, QStringLiteral("v1"))->content;
    QString error;
    QVERIFY2(SpecHistory(m_store.get()).restore(specId, QStringLiteral("v1"), &error), qPrintable(error));
    QCOMPARE(m_store->spec(specId)->content, first);
    syncOnce();
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3);
    QCOMPARE(m_server->dataFramerLatestContent(kCustomerSupport), first);
    QStringList ids;
    for (const HistoryEntry& entry : history.timeline(specId)) {
        ids << entry.id;
    }
    QVERIFY(ids.contains(QStringLiteral("restore-1")));
    // Syncing again sends nothing more.
    syncOnce();
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3);
}

void TestSpecHistory::scaleGpHistoryIsLocal()
{
    const qint64 specId = pull(QStringLiteral("sgp"), kClaims);
    QByteArray renamed = m_store->spec(specId)->content;
    renamed.replace("\"Claims triage assistant\"", "\"Claims v2\"");
    QVERIFY(m_store->saveSpecContent(specId, renamed, nullptr));
    syncOnce();
    const SpecHistory history(m_store.get());
    QStringList ids;
    for (const HistoryEntry& entry : history.timeline(specId)) {
        ids << entry.id;
    }
    QCOMPARE(ids, (QStringList {QStringLiteral("sync-1"), QStringLiteral("pull-1")}));
    QString error;
    QVERIFY(SpecHistory(m_store.get()).restore(specId, QStringLiteral("pull-1"), &error));
    syncOnce();
    QCOMPARE(m_server->scaleGpSpec(kClaims).value(QStringLiteral("name")).toString(),
             QStringLiteral("Claims triage assistant"));
}

void TestSpecHistory::cliHistoryDiffAndRestore()
{
    pull(QStringLiteral("df"), kCustomerSupport);
    m_context.reset(); // the CLI opens the workspace itself
    m_store.reset();
    int code = -1;
    const QByteArray history
        = cli({QStringLiteral("history"), QStringLiteral("df/") + kCustomerSupport, QStringLiteral("--json")}, &code);
    QCOMPARE(code, 0);
    const QJsonArray entries = QJsonDocument::fromJson(history).array();
    QVERIFY(entries.size() >= 3);
    QStringList ids;
    for (const QJsonValue& entry : entries) {
        ids << entry.toObject().value(QStringLiteral("id")).toString();
    }
    // The pull happened now; the server's versions are older, newest first.
    QCOMPARE(ids.first(), QStringLiteral("pull-1"));
    QVERIFY(ids.indexOf(QStringLiteral("v2")) < ids.indexOf(QStringLiteral("v1")));

    const QByteArray diff = cli({QStringLiteral("diff"),
                                 QStringLiteral("df/") + kCustomerSupport,
                                 QStringLiteral("v1"),
                                 QStringLiteral("v2"),
                                 QStringLiteral("--semantic")},
                                &code);
    QCOMPARE(code, 0);
    QVERIFY2(diff.contains("# sentiment: positive 40 → 35"), diff.constData());
    QVERIFY(diff.contains("@@ "));
    QVERIFY(diff.contains("+mixed") || diff.contains("mixed: 15"));

    cli({QStringLiteral("restore"), QStringLiteral("df/") + kCustomerSupport, QStringLiteral("v1")}, &code);
    QCOMPARE(code, 0);
    cli({QStringLiteral("sync")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3);
    cli({QStringLiteral("restore"), QStringLiteral("df/") + kCustomerSupport, QStringLiteral("v99")}, &code);
    QCOMPARE(code, 2);
}

void TestSpecHistory::cliDiffIsColouredOnlyOnATerminal()
{
    pull(QStringLiteral("df"), kCustomerSupport);
    m_store.reset();
    const QStringList diff {
        QStringLiteral("diff"), QStringLiteral("df/") + kCustomerSupport, QStringLiteral("v1"), QStringLiteral("v2")};
    int code = -1;
    // Into a pipe, as scripts read it: no escape codes unless asked for.
    const QByteArray plain = cli(diff, &code);
    QCOMPARE(code, 0);
    QVERIFY(plain.contains("\n-") && plain.contains("\n+"));
    QVERIFY(!plain.contains('\x1b'));
    QCOMPARE(cli(diff + QStringList {QStringLiteral("--color"), QStringLiteral("never")}, &code), plain);

    const QByteArray always = cli(diff + QStringList {QStringLiteral("--color=always")}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(always.contains("\x1b[31m-") && always.contains("\x1b[32m+") && always.contains("\x1b[36m@@"),
             always.constData());
    // The colours only wrap the lines: without them the diff is the same, byte for byte.
    QCOMPARE(QString::fromUtf8(always).remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m"))).toUtf8(), plain);

    // On a terminal: coloured, unless NO_COLOR is set or the terminal is dumb.
    QVERIFY2(cliOnTerminal(diff).contains("\x1b[32m+"), cliOnTerminal(diff).constData());
    QVERIFY(!cliOnTerminal(diff, {QStringLiteral("NO_COLOR=1")}).contains('\x1b'));
    const QByteArray dumb = cliOnTerminal(diff, {QStringLiteral("TERM=dumb")});
    QVERIFY2(dumb.contains("@@ ") && !dumb.contains('\x1b'), dumb.constData());
    QVERIFY(cliOnTerminal(diff, {QStringLiteral("NO_COLOR=1")}).contains("@@ "));
    // JSON is for scripts: never coloured, even on a terminal.
    const QByteArray json = cliOnTerminal(
        {QStringLiteral("history"), QStringLiteral("df/") + kCustomerSupport, QStringLiteral("--json")});
    QVERIFY2(json.contains("\"id\"") && !json.contains('\x1b'), json.constData());

    cli(diff + QStringList {QStringLiteral("--color"), QStringLiteral("sometimes")}, &code);
    QCOMPARE(code, 2);
}

void TestSpecHistory::timelineReadsNoTextAndAnEntryOnlyItsOwn()
{
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    // Twelve recorded texts of 1 MB, and a 2 MB draft over the pulled base.
    const auto textOf = [](int number) -> QByteArray {
        return QByteArray(1000 * 1000, char('a' + number)) + "\n# snapshot " + QByteArray::number(number) + '\n';
    };
    for (int number = 1; number <= 12; ++number) {
        QVERIFY(m_context->specs().addSnapshot(specId, QStringLiteral("sync"), textOf(number)));
    }
    const QByteArray draft = m_store->spec(specId)->content + QByteArray(2 * 1000 * 1000, '#');
    QVERIFY(m_store->saveSpecContent(specId, draft, nullptr));
    m_context.reset();
    m_store.reset();

    // A connection of its own, with nothing cached: every page it needs is read.
    WorkspaceStore store;
    QString error;
    QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
    const SpecHistory history(&store);
    const qint64 before = pagesRead(store.database());
    QVERIFY(before >= 0);
    const QList<HistoryEntry> timeline = history.timeline(specId);
    const qint64 listing = pagesRead(store.database()) - before;
    QStringList ids;
    for (const HistoryEntry& entry : timeline) {
        ids << entry.id;
        QVERIFY2(entry.content.isEmpty(), qPrintable(entry.id));
    }
    QCOMPARE(ids.value(0), QStringLiteral("draft"));
    QVERIFY2(ids.contains(QStringLiteral("sync-1")) && ids.contains(QStringLiteral("sync-12"))
                 && ids.contains(QStringLiteral("v2")),
             qPrintable(ids.join(QLatin1Char(','))));
    // A 1 MB text is some 250 pages: the list read none of the 14 MB of texts.
    QVERIFY2(listing < 60, qPrintable(QString::number(listing)));

    // One entry reads its own text and no other.
    const qint64 beforeEntry = pagesRead(store.database());
    const std::optional<HistoryEntry> fifth = history.entry(specId, QStringLiteral("sync-5"));
    const qint64 reading = pagesRead(store.database()) - beforeEntry;
    QVERIFY(fifth);
    QCOMPARE(fifth->content, textOf(5));
    QCOMPARE(fifth->kind, HistoryEntry::Kind::Sync);
    QCOMPARE(fifth->label(), QStringLiteral("Synced to the server (local #5)"));
    QVERIFY2(reading < 2 * 250, qPrintable(QString::number(reading)));
    QCOMPARE(history.entry(specId, QStringLiteral("draft"))->content, draft);
    QVERIFY(!history.entry(specId, QStringLiteral("sync-13")));
    QVERIFY(!history.entry(specId, QStringLiteral("v99")));
    QVERIFY(!history.entry(specId, QStringLiteral("server-1")));
    QVERIFY(!history.entry(specId, QStringLiteral("nonsense")));
}

QTEST_GUILESS_MAIN(TestSpecHistory)
#include "TestSpecHistory.moc"
