#include "CliApplication.h"

#include <QCoreApplication>
#include <QFile>
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

CliRun runCli(const QStringList& arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliApplication cli(outStream, errStream);
    const CliExitCode code = cli.run(QStringList {QStringLiteral("specdesk-cli")} + arguments);
    return {code, out, err};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(file.fileName()));
    }
    return file.fileName();
}

} // namespace

class TestCliApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsCommandsAndExitCodes();
    void version();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void validateAcceptsGoodFiles();
    void validateReportsLocatedErrors();
    void validateReportsUnreadableFiles();
    void validateAppliesTheKindsRules();
    void validateWritesJson();
    void warningsAloneDoNotFail();
    void binaryHonoursTheExitCodes();
};

void TestCliApplication::validateAppliesTheKindsRules()
{
    QTemporaryDir dir;
    const QString spec = writeFile(dir,
                                   QStringLiteral("spec.yaml"),
                                   "spec:\n  data_property_variations:\n    - property_name: s\n"
                                   "      property_values: [a, b]\n      base_distributions: {a: 50, b: 40}\n");
    const CliRun run = runCli({QStringLiteral("validate"), spec});
    QCOMPARE(run.code, CliExitCode::ProblemsFound);
    QVERIFY2(run.out.contains(spec
                              + QStringLiteral(":5:27: error: The shares of 's' add up to 90, not 100. "
                                               "[dataframer-distribution-sum]")),
             qPrintable(run.out));
    // As plain YAML the same file is fine; an unknown kind is a usage error.
    QCOMPARE(runCli({QStringLiteral("validate"), QStringLiteral("--kind"), QStringLiteral("yaml"), spec}).code,
             CliExitCode::Ok);
    QCOMPARE(runCli({QStringLiteral("validate"), QStringLiteral("--kind=nope"), spec}).code,
             CliExitCode::UsageOrIoError);
}

void TestCliApplication::validateWritesJson()
{
    QTemporaryDir dir;
    const QString bad = writeFile(dir, QStringLiteral("bad.json"), "[1,\n]");
    const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), bad});
    QCOMPARE(run.code, CliExitCode::ProblemsFound);
    const QJsonArray report = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(report.size(), 1);
    const QJsonObject file = report.first().toObject();
    QCOMPARE(file.value(QStringLiteral("file")).toString(), bad);
    const QJsonObject problem = file.value(QStringLiteral("diagnostics")).toArray().first().toObject();
    QCOMPARE(problem.value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(problem.value(QStringLiteral("column")).toInt(), 1);
    QCOMPARE(problem.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(problem.value(QStringLiteral("code")).toString(), QStringLiteral("json-syntax"));
    QCOMPARE(runCli({QStringLiteral("validate"), QStringLiteral("--format=xml"), bad}).code,
             CliExitCode::UsageOrIoError);
}

void TestCliApplication::warningsAloneDoNotFail()
{
    QTemporaryDir dir;
    const QString spec = writeFile(dir, QStringLiteral("spec.yaml"), "spec:\n  description: ok\nmetadata:\n  id: 1\n");
    const CliRun run = runCli({QStringLiteral("validate"), spec});
    QCOMPARE(run.code, CliExitCode::Ok);
    QVERIFY(run.out.contains(QStringLiteral(": info: metadata is read-only")));
}

void TestCliApplication::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

void TestCliApplication::helpListsCommandsAndExitCodes()
{
    const CliRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.code, CliExitCode::Ok);
    QVERIFY(run.out.contains(QStringLiteral("validate [--kind K] [--json] FILE...")));
    QVERIFY(run.out.contains(QStringLiteral("Exit codes:")));
    QVERIFY(run.err.isEmpty());
}

void TestCliApplication::version()
{
    const CliRun run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.code, CliExitCode::Ok);
    QCOMPARE(run.out, QStringLiteral("specdesk-cli 9.8.7\n"));
}

void TestCliApplication::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("validate without files") << QStringList {QStringLiteral("validate")} << QStringLiteral("FILE");
}

void TestCliApplication::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, CliExitCode::UsageOrIoError);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("--help")));
}

void TestCliApplication::validateAcceptsGoodFiles()
{
    QTemporaryDir dir;
    const QString yaml = writeFile(dir, QStringLiteral("a.yaml"), "spec:\n  description: ok\n");
    const QString json = writeFile(dir, QStringLiteral("b.json"), "{\"a\": [1, 2]}\n");
    const CliRun run = runCli({QStringLiteral("validate"), yaml, json});
    QCOMPARE(run.code, CliExitCode::Ok);
    QVERIFY(run.out.isEmpty());
}

void TestCliApplication::validateReportsLocatedErrors()
{
    QTemporaryDir dir;
    const QString good = writeFile(dir, QStringLiteral("good.yaml"), "a: 1\n");
    const QString yaml = writeFile(dir, QStringLiteral("bad.yaml"), "a: 1\nb: c: d\n");
    const QString json = writeFile(dir, QStringLiteral("bad.json"), "[1,\n]");
    const CliRun run = runCli({QStringLiteral("validate"), good, yaml, json});
    QCOMPARE(run.code, CliExitCode::ProblemsFound);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(yaml + QStringLiteral(":2:5: error: ")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).endsWith(QStringLiteral("[yaml-syntax]")));
    QVERIFY2(lines.at(1).startsWith(json + QStringLiteral(":2:1: error: Trailing comma")), qPrintable(lines.at(1)));
}

void TestCliApplication::validateReportsUnreadableFiles()
{
    QTemporaryDir dir;
    const QString bad = writeFile(dir, QStringLiteral("bad.json"), "{");
    const QString missing = dir.filePath(QStringLiteral("missing.yaml"));
    const CliRun run = runCli({QStringLiteral("validate"), missing, bad});
    QCOMPARE(run.code, CliExitCode::UsageOrIoError);
    QVERIFY(run.err.contains(missing));
    // The readable file is still checked and reported.
    QVERIFY(run.out.contains(bad + QStringLiteral(":1:2: error: The document ends before it is complete")));
}

void TestCliApplication::binaryHonoursTheExitCodes()
{
    QTemporaryDir dir;
    const QString good = writeFile(dir, QStringLiteral("good.json"), "{}");
    const QString bad = writeFile(dir, QStringLiteral("bad.yaml"), "a: [\n");
    const struct
    {
        QStringList arguments;
        int exitCode;
    } cases[] = {
        {{QStringLiteral("--version")}, 0},
        {{QStringLiteral("validate"), good}, 0},
        {{QStringLiteral("validate"), good, bad}, 1},
        {{QStringLiteral("validate"), dir.filePath(QStringLiteral("nope"))}, 2},
        {{}, 2},
    };
    for (const auto& c : cases) {
        QProcess process;
        process.start(QStringLiteral(SPECDESK_CLI_PATH), c.arguments);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), c.exitCode);
    }
}

QTEST_GUILESS_MAIN(TestCliApplication)
#include "TestCliApplication.moc"
