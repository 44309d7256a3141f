#include "RemoteRequest.h"
#include "SandboxCliConnections.h"
#include "SandboxFault.h"
#include "SandboxServer.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kDataFramerSpec = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");

// Values that appear nowhere in the programs, so any hit can only be a leak.
QString freshSecret(const char* prefix)
{
    return QString::fromLatin1(prefix) + QString::number(QRandomGenerator::system()->generate64(), 36)
           + QString::number(QRandomGenerator::system()->generate64(), 36);
}

SandboxCredentials freshCredentials()
{
    SandboxCredentials credentials;
    credentials.dataFramerToken = freshSecret("sk_hygiene_df_");
    credentials.scaleGpApiKey = freshSecret("hygiene-sgp-");
    credentials.adobeAccessToken = freshSecret("hygiene-adobe-token-");
    credentials.adobeApiKey = freshSecret("hygiene-adobe-key-");
    return credentials;
}

} // namespace

/// A whole CLI session with known secrets (connect, test, pull, edit, sync, refusals, an expired
/// token, a failing request, every log category at debug level), then a search of everything it
/// left behind for those secrets: the workspace, the home folder with its settings, every log and
/// a core dump of the last command, taken by gdb as the process exits. Secrets are searched for
/// as UTF-8 and as UTF-16 (QString's encoding).
class TestSecretHygiene : public QObject
{
    Q_OBJECT

public:
    TestSecretHygiene();

private Q_SLOTS:
    void initTestCase();
    void fullSessionLeavesNoSecretAnywhere();

private:
    int cli(const QString& step, const QStringList& arguments);
    int cliUnderGdb(const QString& step, const QStringList& arguments, const QString& coreFile);
    int waitFor(QProcess& process, const QString& step);
    QProcessEnvironment environment() const;
    QString writeFile(const QString& name, const QByteArray& bytes);
    QStringList secrets() const;

    SandboxServer m_server;
    QTemporaryDir m_root;
};

TestSecretHygiene::TestSecretHygiene()
    : m_server(freshCredentials())
{
}

void TestSecretHygiene::initTestCase()
{
#if defined(SPECDESK_ADDRESS_SANITIZER)
    // Under ASan the allocator is the sanitizer's (no zero-on-free), and its shadow memory makes
    // a core of terabytes: this check belongs to the normal build, where the test command runs it.
    QSKIP("The secret search runs in the normal build, not under AddressSanitizer.");
#endif
    QString error;
    QVERIFY2(m_server.listen(0, &error), qPrintable(error));
    QVERIFY(m_root.isValid());
    for (const char* folder : {"home/.config", "home/.local/share", "home/.cache", "logs", "workspace", "files"}) {
        QVERIFY(QDir(m_root.path()).mkpath(QString::fromLatin1(folder)));
    }
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gdb")).isEmpty(),
             "gdb takes the core dump; scripts/install-deps.sh installs it");
}

QStringList TestSecretHygiene::secrets() const
{
    const SandboxCredentials& credentials = m_server.credentials();
    return {
        credentials.dataFramerToken, credentials.scaleGpApiKey, credentials.adobeAccessToken, credentials.adobeApiKey};
}

QProcessEnvironment TestSecretHygiene::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_root.filePath(QStringLiteral("home"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("SPECDESK_NO_KEYCHAIN"), QStringLiteral("1"));
    // The most verbose logging there is: every category, every level.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    const SandboxCredentials& credentials = m_server.credentials();
    environment.insert(QStringLiteral("DF_TOKEN"), credentials.dataFramerToken);
    environment.insert(QStringLiteral("SGP_KEY"), credentials.scaleGpApiKey);
    environment.insert(QStringLiteral("ADOBE_TOKEN"), credentials.adobeAccessToken);
    environment.insert(QStringLiteral("ADOBE_KEY"), credentials.adobeApiKey);
    return environment;
}

int TestSecretHygiene::waitFor(QProcess& process, const QString& step)
{
    // The sandbox answers from this thread: wait with the event loop running.
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
    }
    // What it printed and what it logged, kept like a user's terminal or journal would keep them.
    for (const auto& [channel, suffix] :
         {std::pair {QProcess::StandardOutput, ".out"}, {QProcess::StandardError, ".log"}}) {
        process.setReadChannel(channel);
        QFile log(m_root.filePath(QStringLiteral("logs/") + step + QLatin1String(suffix)));
        if (log.open(QIODevice::WriteOnly)) {
            log.write(process.readAll());
        }
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int TestSecretHygiene::cli(const QString& step, const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(SPECDESK_CLI_PATH),
                  QStringList {QStringLiteral("--workspace"), m_root.filePath(QStringLiteral("workspace"))}
                      + arguments);
    return waitFor(process, step);
}

int TestSecretHygiene::cliUnderGdb(const QString& step, const QStringList& arguments, const QString& coreFile)
{
    // gdb stops the program in libc's exit(), after main() has returned and before anything
    // else is torn down, and writes its core: what a crash reporter would have caught.
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral("gdb"),
                  QStringList {QStringLiteral("-batch"),
                               QStringLiteral("-nx"),
                               QStringLiteral("-ex"),
                               QStringLiteral("set breakpoint pending on"),
                               QStringLiteral("-ex"),
                               QStringLiteral("break -qualified exit"),
                               QStringLiteral("-ex"),
                               QStringLiteral("run"),
                               QStringLiteral("-ex"),
                               QStringLiteral("gcore ") + coreFile,
                               QStringLiteral("-ex"),
                               QStringLiteral("kill"),
                               QStringLiteral("--args"),
                               QStringLiteral(SPECDESK_CLI_PATH),
                               QStringLiteral("--workspace"),
                               m_root.filePath(QStringLiteral("workspace"))}
                      + arguments);
    return waitFor(process, step);
}

QString TestSecretHygiene::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_root.filePath(QStringLiteral("files/") + name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
    return path;
}

void TestSecretHygiene::fullSessionLeavesNoSecretAnywhere()
{
    const QString root = m_server.baseUrl().toString();
    // Connect.
    for (const QStringList& add : SandboxCliConnections::addCommands(m_server.baseUrl(), m_server.credentials())) {
        QCOMPARE(cli(QStringLiteral("add-") + add.at(2), add), 0);
    }
    for (const QString& name : {QStringLiteral("df"), QStringLiteral("sgp"), QStringLiteral("aep")}) {
        QCOMPARE(cli(QStringLiteral("test-") + name, {QStringLiteral("connection"), QStringLiteral("test"), name}), 0);
        QCOMPARE(cli(QStringLiteral("pull-") + name, {QStringLiteral("pull"), name}), 0);
    }

    // Edit and sync a DataFramer and a Scale GP spec.
    QCOMPARE(cli(QStringLiteral("edit-df"),
                 {QStringLiteral("edit"),
                  QStringLiteral("df/") + kDataFramerSpec,
                  QStringLiteral("--from"),
                  writeFile(QStringLiteral("df-1.yaml"),
                            m_server.dataFramerLatestContent(kDataFramerSpec) + "# first edit\n")}),
             0);
    QFile scaleGpList(m_root.filePath(QStringLiteral("logs/list-sgp.out")));
    QCOMPARE(cli(QStringLiteral("list-sgp"), {QStringLiteral("list"), QStringLiteral("sgp"), QStringLiteral("--json")}),
             0);
    QVERIFY(scaleGpList.open(QIODevice::ReadOnly));
    const QString scaleGpId = QJsonDocument::fromJson(scaleGpList.readAll())
                                  .array()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
    QVERIFY(!scaleGpId.isEmpty());
    QFile shown(m_root.filePath(QStringLiteral("logs/show-sgp.out")));
    QCOMPARE(cli(QStringLiteral("show-sgp"), {QStringLiteral("show"), QStringLiteral("sgp/") + scaleGpId}), 0);
    QVERIFY(shown.open(QIODevice::ReadOnly));
    QJsonObject application = QJsonDocument::fromJson(shown.readAll()).object();
    QVERIFY(!application.isEmpty());
    application.insert(QStringLiteral("description"), QStringLiteral("Edited during the secret-hygiene session"));
    QCOMPARE(cli(QStringLiteral("edit-sgp"),
                 {QStringLiteral("edit"),
                  QStringLiteral("sgp/") + scaleGpId,
                  QStringLiteral("--from"),
                  writeFile(QStringLiteral("sgp.json"), QJsonDocument(application).toJson())}),
             0);
    QCOMPARE(cli(QStringLiteral("sync-ok"), {QStringLiteral("sync")}), 0);

    // Errors: a refusal with the server's words, an expired token, a server that keeps failing.
    QCOMPARE(cli(QStringLiteral("edit-df-2"),
                 {QStringLiteral("edit"),
                  QStringLiteral("df/") + kDataFramerSpec,
                  QStringLiteral("--from"),
                  writeFile(QStringLiteral("df-2.yaml"),
                            m_server.dataFramerLatestContent(kDataFramerSpec) + "# second edit\n")}),
             0);
    SandboxFault refusal;
    refusal.kind = SandboxFault::Kind::ServerError; // answers `status` with the API's error body
    refusal.method = "PUT";
    refusal.status = 400;
    m_server.addFault(refusal);
    QCOMPARE(cli(QStringLiteral("sync-refused"), {QStringLiteral("sync")}), 5);
    // A refused draft is not sent again until it changes.
    QCOMPARE(cli(QStringLiteral("edit-df-3"),
                 {QStringLiteral("edit"),
                  QStringLiteral("df/") + kDataFramerSpec,
                  QStringLiteral("--from"),
                  writeFile(QStringLiteral("df-3.yaml"),
                            m_server.dataFramerLatestContent(kDataFramerSpec) + "# third edit\n")}),
             0);
    SandboxFault expired;
    expired.kind = SandboxFault::Kind::ExpireToken;
    m_server.addFault(expired);
    QCOMPARE(cli(QStringLiteral("sync-expired"), {QStringLiteral("sync")}), 4);

    // A server that keeps failing: the read is retried, then given up.
    SandboxFault failing;
    failing.kind = SandboxFault::Kind::ServerError;
    failing.status = 500;
    failing.times = RetryPolicy().maxAttempts;
    m_server.addFault(failing);
    QCOMPARE(cli(QStringLiteral("test-failing"),
                 {QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("df")}),
             3);

    // The last command is refused again, and dumps core as it exits.
    refusal.status = 422;
    m_server.addFault(refusal);
    const QString core = m_root.filePath(QStringLiteral("specdesk-cli.core"));
    cliUnderGdb(QStringLiteral("sync-refused-core"), {QStringLiteral("sync")}, core);
    QVERIFY2(QFileInfo(core).size() > 1024 * 1024,
             qPrintable(QStringLiteral("gdb wrote no core; see ") + m_root.filePath(QStringLiteral("logs"))));
    m_server.clearFaults();

    // The session really used the secrets: every request carried one.
    QVERIFY(m_server.requests().size() > 20);

    // Everything left behind: the workspace, the home folder (settings, caches), the logs, the core.
    int filesSearched = 0;
    QStringList hits;
    QDirIterator files(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.startsWith(m_root.filePath(QStringLiteral("files")))) {
            continue; // the drafts the test wrote itself
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++filesSearched;
        for (const QString& secret : secrets()) {
            const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
            for (const QByteArray& needle : {secret.toUtf8(), utf16}) {
                if (bytes.contains(needle)) {
                    hits.append(
                        QStringLiteral("%1 in %2 at offset %3")
                            .arg(needle.size() == secret.size() ? QStringLiteral("UTF-8") : QStringLiteral("UTF-16"),
                                 path)
                            .arg(bytes.indexOf(needle)));
                }
            }
        }
        if (path == core) {
            // The search works on the core: the program's own arguments, on its stack, are found.
            QVERIFY(bytes.contains(QByteArrayLiteral(SPECDESK_CLI_PATH)));
        }
    }
    QVERIFY(filesSearched > 20);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "TestSecretHygiene.moc"
