#include "CliApplication.h"
#include "CliCommand.h"
#include "SandboxCliConnections.h"
#include "SandboxServer.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliRun
{
    CliExitCode code;
    QString out;
    QString err;
};

/// Runs specdesk-cli in-process; `input` is what a `-` FILE reads.
CliRun runCli(const QStringList& arguments, const QByteArray& input = QByteArray())
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QByteArray inputBytes = input;
    QBuffer inputBuffer(&inputBytes);
    inputBuffer.open(QIODevice::ReadOnly);
    CliApplication cli(outStream, errStream, &inputBuffer);
    const CliExitCode code = cli.run(QStringList {QStringLiteral("specdesk-cli")} + arguments);
    return {code, out, err};
}

} // namespace

/// How specdesk-cli reads its command line: one parser per subcommand, built from the command
/// table, so `--help` and unknown options behave alike everywhere and global options may come
/// after the command (issue 19).
class TestCliParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySubcommandHasHelp_data();
    void everySubcommandHasHelp();
    void unknownOptionsAreRefused_data();
    void unknownOptionsAreRefused();
    void workspaceAfterTheCommandIsHonoured();
    void quietDropsInformationButNotResults();
    void pullJsonIsAFlagNotASpecId();
    void validateReadsStandardInput();
    void validateJsonAndDeprecatedFormat();
    void binaryReadsStandardInputAndPrintsNoEscapes();

private:
    QStringList addDf(const QString& workspace) const;

    SandboxServer m_server;
};

void TestCliParsing::initTestCase()
{
    qputenv("SPECDESK_NO_KEYCHAIN", "1");
    QString error;
    QVERIFY2(m_server.listen(0, &error), qPrintable(error));
    qputenv("DF_TOKEN", m_server.credentials().dataFramerToken.toUtf8());
}

QStringList TestCliParsing::addDf(const QString& workspace) const
{
    // The global option goes last, after the command and all of its arguments.
    return SandboxCliConnections::addCommands(m_server.baseUrl(), m_server.credentials()).first()
           + QStringList {QStringLiteral("--workspace"), workspace};
}

void TestCliParsing::everySubcommandHasHelp_data()
{
    QTest::addColumn<QStringList>("words");
    for (const CliCommand& command : CliApplication::commands()) {
        QTest::newRow(qPrintable(command.name)) << command.name.split(QLatin1Char(' '));
    }
}

void TestCliParsing::everySubcommandHasHelp()
{
    QFETCH(QStringList, words);
    for (const QString& help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const CliRun run = runCli(words + QStringList {help});
        QCOMPARE(run.code, CliExitCode::Ok);
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: specdesk-cli ") + words.join(QLatin1Char(' '))),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("--help")));
        QVERIFY(run.out.contains(QStringLiteral("--workspace DIR")));
        QVERIFY(run.err.isEmpty());
    }
}

void TestCliParsing::unknownOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::newRow("status --jsn") << QStringList {QStringLiteral("status"), QStringLiteral("--jsn")}
                                  << QStringLiteral("status") << QStringLiteral("jsn");
    QTest::newRow("connection list --bogus")
        << QStringList {QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--bogus")}
        << QStringLiteral("connection list") << QStringLiteral("bogus");
    QTest::newRow("validate -x") << QStringList {QStringLiteral("validate"), QStringLiteral("-x"), QStringLiteral("f")}
                                 << QStringLiteral("validate") << QStringLiteral("x");
    QTest::newRow("show --mine") << QStringList {QStringLiteral("show"),
                                                 QStringLiteral("a/b"),
                                                 QStringLiteral("--mine")}
                                 << QStringLiteral("show") << QStringLiteral("mine");
    QTest::newRow("restore --json") << QStringList {QStringLiteral("restore"),
                                                    QStringLiteral("a/b"),
                                                    QStringLiteral("v1"),
                                                    QStringLiteral("--json")}
                                    << QStringLiteral("restore") << QStringLiteral("json");
}

void TestCliParsing::unknownOptionsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, command);
    QFETCH(QString, option);
    QTemporaryDir workspace;
    const CliRun run = runCli(arguments + QStringList {QStringLiteral("--workspace"), workspace.path()});
    QCOMPARE(run.code, CliExitCode::UsageOrIoError);
    QVERIFY2(run.err.contains(QStringLiteral("'%1'").arg(option)), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("specdesk-cli %1 --help").arg(command)), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliParsing::workspaceAfterTheCommandIsHonoured()
{
    QTemporaryDir workspace;
    QTemporaryDir other;
    QCOMPARE(runCli(addDf(workspace.path())).code, CliExitCode::Ok);

    const CliRun list = runCli({QStringLiteral("connection"),
                                QStringLiteral("list"),
                                QStringLiteral("--workspace"),
                                workspace.path(),
                                QStringLiteral("--json")});
    QCOMPARE(list.code, CliExitCode::Ok);
    const QJsonArray connections = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(connections.size(), 1);
    QCOMPARE(connections.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("df"));

    // Before the command, as ever; and the one after the command wins over it.
    QVERIFY(
        runCli({QStringLiteral("--workspace"), workspace.path(), QStringLiteral("connection"), QStringLiteral("list")})
            .out.startsWith(QStringLiteral("df\t")));
    const CliRun overridden = runCli({QStringLiteral("--workspace"),
                                      workspace.path(),
                                      QStringLiteral("connection"),
                                      QStringLiteral("list"),
                                      QStringLiteral("--workspace=") + other.path()});
    QCOMPARE(overridden.code, CliExitCode::Ok);
    QVERIFY2(overridden.out.isEmpty(), qPrintable(overridden.out));
}

void TestCliParsing::quietDropsInformationButNotResults()
{
    QTemporaryDir workspace;
    const CliRun added = runCli(QStringList {QStringLiteral("--quiet")} + addDf(workspace.path()));
    QCOMPARE(added.code, CliExitCode::Ok);
    QVERIFY2(added.out.isEmpty(), qPrintable(added.out));

    const CliRun pulled = runCli({QStringLiteral("pull"),
                                  QStringLiteral("df"),
                                  QStringLiteral("--workspace"),
                                  workspace.path(),
                                  QStringLiteral("--quiet")});
    QCOMPARE(pulled.code, CliExitCode::Ok);
    QVERIFY2(pulled.out.isEmpty(), qPrintable(pulled.out));
    const CliRun loud
        = runCli({QStringLiteral("pull"), QStringLiteral("df"), QStringLiteral("--workspace"), workspace.path()});
    QVERIFY2(loud.out.contains(QStringLiteral("unchanged")), qPrintable(loud.out));

    // Results are what was asked for: --quiet keeps them.
    const CliRun listed
        = runCli({QStringLiteral("--quiet"), QStringLiteral("--workspace"), workspace.path(), QStringLiteral("list")});
    QCOMPARE(listed.code, CliExitCode::Ok);
    QVERIFY(listed.out.startsWith(QStringLiteral("df/")));

    // Errors still reach stderr.
    const CliRun failed = runCli({QStringLiteral("--quiet"),
                                  QStringLiteral("--workspace"),
                                  workspace.path(),
                                  QStringLiteral("pull"),
                                  QStringLiteral("nope")});
    QCOMPARE(failed.code, CliExitCode::UsageOrIoError);
    QVERIFY(failed.err.contains(QStringLiteral("nope")));
}

void TestCliParsing::pullJsonIsAFlagNotASpecId()
{
    QTemporaryDir workspace;
    QCOMPARE(runCli(addDf(workspace.path())).code, CliExitCode::Ok);
    const CliRun run = runCli({QStringLiteral("--workspace"),
                               workspace.path(),
                               QStringLiteral("pull"),
                               QStringLiteral("df"),
                               QStringLiteral("--json")});
    QVERIFY2(run.code == CliExitCode::Ok, qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("connection")).toString(), QStringLiteral("df"));
    QVERIFY(report.value(QStringLiteral("added")).toInt() > 0);
    QVERIFY(!run.err.contains(QStringLiteral("--json")));

    // `edit --from -` stores the standard input as the draft.
    const QString spec
        = QStringLiteral("df/")
          + QJsonDocument::fromJson(
                runCli(
                    {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--workspace"), workspace.path()})
                    .out.toUtf8())
                .array()
                .first()
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
    const QByteArray draft = "spec:\n  description: from stdin\n";
    const CliRun edit = runCli({QStringLiteral("--workspace"),
                                workspace.path(),
                                QStringLiteral("edit"),
                                spec,
                                QStringLiteral("--from"),
                                QStringLiteral("-")},
                               draft);
    QVERIFY2(edit.code == CliExitCode::Ok, qPrintable(edit.err));
    const CliRun show = runCli({QStringLiteral("--workspace"), workspace.path(), QStringLiteral("show"), spec});
    QCOMPARE(show.out.toUtf8(), draft);

    // An empty standard input (a pipe whose command failed) never empties the draft.
    const CliRun empty = runCli({QStringLiteral("--workspace"),
                                 workspace.path(),
                                 QStringLiteral("edit"),
                                 spec,
                                 QStringLiteral("--from"),
                                 QStringLiteral("-")},
                                QByteArray());
    QCOMPARE(empty.code, CliExitCode::UsageOrIoError);
    QVERIFY2(empty.err.contains(QStringLiteral("standard input was empty")), qPrintable(empty.err));
    QCOMPARE(runCli({QStringLiteral("--workspace"), workspace.path(), QStringLiteral("show"), spec}).out.toUtf8(),
             draft);
}

void TestCliParsing::validateReadsStandardInput()
{
    const CliRun bad = runCli({QStringLiteral("validate"), QStringLiteral("-")}, "a: 1\nb: c: d\n");
    QCOMPARE(bad.code, CliExitCode::ProblemsFound);
    QVERIFY2(bad.out.startsWith(QStringLiteral("<stdin>:2:5: error: ")), qPrintable(bad.out));

    const CliRun json = runCli({QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("-")}, "[1,\n]");
    QCOMPARE(json.code, CliExitCode::ProblemsFound);
    const QJsonObject file = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
    QCOMPARE(file.value(QStringLiteral("file")).toString(), QStringLiteral("<stdin>"));
    QCOMPARE(file.value(QStringLiteral("kind")).toString(), QStringLiteral("json"));

    QCOMPARE(runCli({QStringLiteral("validate"), QStringLiteral("-")}, "spec:\n  description: ok\n").code,
             CliExitCode::Ok);
    // The standard input is read once: a second '-' would be an empty text checked again.
    const CliRun twice
        = runCli({QStringLiteral("validate"), QStringLiteral("-"), QStringLiteral("-")}, "spec:\n  description: ok\n");
    QCOMPARE(twice.code, CliExitCode::UsageOrIoError);
    QVERIFY2(twice.err.contains(QStringLiteral("once")), qPrintable(twice.err));
}

void TestCliParsing::validateJsonAndDeprecatedFormat()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[1,\n]");
    file.close();
    const CliRun json = runCli({QStringLiteral("validate"), path, QStringLiteral("--json")});
    const CliRun format
        = runCli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QCOMPARE(json.code, CliExitCode::ProblemsFound);
    QCOMPARE(format.code, CliExitCode::ProblemsFound);
    QCOMPARE(json.out, format.out);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 1);
}

void TestCliParsing::binaryReadsStandardInputAndPrintsNoEscapes()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("NO_COLOR"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SPECDESK_CLI_PATH), {QStringLiteral("validate"), QStringLiteral("-")});
    QVERIFY(process.waitForStarted(30000));
    process.write("a: [\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(out.startsWith("<stdin>:"), out.constData());
    QVERIFY(!out.contains('\x1b'));
    QVERIFY(!process.readAllStandardError().contains('\x1b'));
}

QTEST_GUILESS_MAIN(TestCliParsing)
#include "TestCliParsing.moc"
