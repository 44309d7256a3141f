#include "DocumentParser.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// Runs the public JSON and YAML test suites through the loaders. Nothing may crash or hang;
/// JSON must be exactly right; YAML's pass rate is recorded and may only go up.
class TestConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonTestSuite();
    void yamlTestSuite();
};

void TestConformance::jsonTestSuite()
{
    const QDir dir(QStringLiteral(TEST_DATA_DIR "/conformance/json-test-suite/test_parsing"));
    QVERIFY2(dir.exists(), qPrintable(dir.path() + QStringLiteral(" is missing: the suite is part of the checkout")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 300);
    QStringList wrong;
    for (const QString& name : files) {
        const QByteArray content = readFile(dir.filePath(name));
        const ParseResult result = DocumentParser::parse(content, SpecFormat::Json);
        const bool accepted = result.diagnostics.isEmpty();
        if (name.startsWith(QLatin1Char('y')) && (!accepted || result.tree.isEmpty())) {
            wrong << name + QStringLiteral(" (valid, refused)");
        }
        if (name.startsWith(QLatin1Char('n'))) {
            if (accepted) {
                wrong << name + QStringLiteral(" (invalid, accepted)");
            } else if (result.diagnostics.first().line < 1 || result.diagnostics.first().message.isEmpty()) {
                wrong << name + QStringLiteral(" (refused without a location)");
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));
}

void TestConformance::yamlTestSuite()
{
    const QDir suite(QStringLiteral(TEST_DATA_DIR "/conformance/yaml-test-suite"));
    QVERIFY2(suite.exists(),
             qPrintable(suite.path() + QStringLiteral(" is missing: the suite is part of the checkout")));
    // A case is a folder with in.yaml; some folders hold numbered sub-cases instead.
    QStringList cases;
    const QStringList top = suite.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : top) {
        const QDir dir(suite.filePath(name));
        if (dir.exists(QStringLiteral("in.yaml"))) {
            cases << dir.path();
        }
        for (const QString& sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (QDir(dir.filePath(sub)).exists(QStringLiteral("in.yaml"))) {
                cases << dir.filePath(sub);
            }
        }
    }
    QVERIFY(cases.size() > 300);
    int passed = 0;
    for (const QString& path : std::as_const(cases)) {
        const QDir dir(path);
        const bool shouldFail = dir.exists(QStringLiteral("error"));
        const ParseResult result
            = DocumentParser::parse(readFile(dir.filePath(QStringLiteral("in.yaml"))), SpecFormat::Yaml);
        const bool accepted = result.diagnostics.isEmpty();
        for (const Diagnostic& d : result.diagnostics) {
            QVERIFY2(d.line >= 1 && !d.message.isEmpty(), qPrintable(path));
        }
        if (accepted != shouldFail) {
            ++passed;
        }
    }
    const double rate = 100.0 * passed / double(cases.size());
    const QByteArray baselineText = readFile(QStringLiteral(TEST_DATA_DIR "/yaml-conformance-baseline.txt"));
    const double baseline = baselineText.split('\n').first().toDouble();
    qInfo("YAML test suite: %d of %lld cases right (%.1f%%); recorded baseline %.1f%%",
          passed,
          qint64(cases.size()),
          rate,
          baseline);
    QVERIFY2(baseline > 0, "tests/data/yaml-conformance-baseline.txt is missing");
    QVERIFY2(rate + 0.05 >= baseline,
             "the YAML pass rate went down; fix the regression (or explain it and lower the baseline)");
}

QTEST_GUILESS_MAIN(TestConformance)
#include "TestConformance.moc"
