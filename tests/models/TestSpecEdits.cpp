#include "DocumentParser.h"
#include "RandomEditCase.h"
#include "SpecEdits.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<TextSplice> runEdit(const SpecEdits& edits, const QJsonObject& edit, QString* error)
{
    const QString op = edit.value(QStringLiteral("op")).toString();
    const QString path = edit.value(QStringLiteral("path")).toString();
    const QString value = edit.value(QStringLiteral("value")).toString();
    const bool raw = edit.value(QStringLiteral("raw")).toBool();
    if (op == QLatin1String("set")) {
        return edits.setScalar(path, value, error);
    }
    if (op == QLatin1String("remove")) {
        return edits.remove(path, error);
    }
    if (op == QLatin1String("insertEntry")) {
        return edits.insertEntry(path, edit.value(QStringLiteral("key")).toString(), value, error, raw);
    }
    if (op == QLatin1String("insertItem")) {
        return edits.insertItem(path, edit.value(QStringLiteral("index")).toInt(), value, error, raw);
    }
    *error = QStringLiteral("unknown op ") + op;
    return std::nullopt;
}

} // namespace

/// Golden tests of the lossless edits: tests/data/edits/<case>/{input, edit.json, expected}.
class TestSpecEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void refusesWhatItCannotDo();
    void editsTheSeedExampleInPlace();
    void fuzzFindingsKeepTheirPromises_data();
    void fuzzFindingsKeepTheirPromises();
};

void TestSpecEdits::golden_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(TEST_DATA_DIR "/edits"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 20);
    for (const QString& name : cases) {
        QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
}

void TestSpecEdits::golden()
{
    QFETCH(QString, folder);
    const QDir dir(folder);
    const SpecFormat format = dir.exists(QStringLiteral("input.json")) ? SpecFormat::Json : SpecFormat::Yaml;
    const QString suffix = format == SpecFormat::Json ? QStringLiteral("json") : QStringLiteral("yaml");
    const QByteArray input = readFile(dir.filePath(QStringLiteral("input.") + suffix));
    const QByteArray expected = readFile(dir.filePath(QStringLiteral("expected.") + suffix));
    const QJsonObject edit = QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("edit.json")))).object();

    const ParseResult parsed = DocumentParser::parse(input, format);
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(parsed.diagnostics.value(0).message));
    QString error;
    const std::optional<TextSplice> splice = runEdit(SpecEdits(input, parsed.tree, format), edit, &error);
    QVERIFY2(splice, qPrintable(error));
    const QByteArray output = splice->applyTo(input);
    QCOMPARE(output, expected);

    // Byte-identical outside the splice, and still a valid document.
    QCOMPARE(output.left(splice->start), input.left(splice->start));
    QCOMPARE(output.right(input.size() - splice->end), input.mid(splice->end));
    const ParseResult reparsed = DocumentParser::parse(output, format);
    QVERIFY2(reparsed.diagnostics.isEmpty(), qPrintable(reparsed.diagnostics.value(0).message));
}

void TestSpecEdits::refusesWhatItCannotDo()
{
    const QByteArray text("a: {b: 1}\nlist: [x]\n");
    const ParseResult parsed = DocumentParser::parse(text, SpecFormat::Yaml);
    const SpecEdits edits(text, parsed.tree, SpecFormat::Yaml);
    QString error;
    QVERIFY(!edits.setScalar(QStringLiteral("missing"), QStringLiteral("1"), &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
    QVERIFY(!edits.setScalar(QStringLiteral("a"), QStringLiteral("1"), &error));
    QVERIFY(!edits.insertEntry(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("2"), &error));
    QVERIFY(error.contains(QStringLiteral("already")));
    QVERIFY(!edits.insertItem(QStringLiteral("a"), 0, QStringLiteral("2"), &error));
    QVERIFY(!edits.remove(QString(), &error));
    // Found by fuzz/run.sh: a key node handed to removeNode walked off its parent's children.
    const qint32 value = parsed.tree.child(parsed.tree.root(), "a");
    QVERIFY(!edits.removeNode(parsed.tree.keyNode(value), &error));
    QVERIFY(error.contains(QStringLiteral("key")));

    const QByteArray broken("a: [\n");
    const ParseResult none = DocumentParser::parse(broken, SpecFormat::Yaml);
    QVERIFY(
        !SpecEdits(broken, none.tree, SpecFormat::Yaml).setScalar(QStringLiteral("a"), QStringLiteral("1"), &error));
    QVERIFY(error.contains(QStringLiteral("parses")));
}

void TestSpecEdits::editsTheSeedExampleInPlace()
{
    const QByteArray text
        = readFile(QStringLiteral(TEST_DATA_DIR "/../../resources/samples/dataframer-customer-support.yaml"));
    const ParseResult parsed = DocumentParser::parse(text, SpecFormat::Yaml);
    QString error;
    const auto splice = SpecEdits(text, parsed.tree, SpecFormat::Yaml)
                            .setScalar(QStringLiteral("spec.data_property_variations[1].base_distributions.medium"),
                                       QStringLiteral("45"),
                                       &error);
    QVERIFY(splice);
    QByteArray expected = text;
    expected.replace("medium: 50", "medium: 45");
    QCOMPARE(splice->applyTo(text), expected);
    QCOMPARE(splice->end - splice->start, qint64(2));
}

QTEST_GUILESS_MAIN(TestSpecEdits)
/// Every input FuzzEdits ever failed on, replayed exactly as the fuzzer ran it.
void TestSpecEdits::fuzzFindingsKeepTheirPromises_data()
{
    QTest::addColumn<QString>("file");
    const QDir findings(QStringLiteral(TEST_DATA_DIR "/fuzz-findings"));
    const QStringList files = findings.entryList({QStringLiteral("edits-*.bin")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString& name : files) {
        QTest::newRow(qPrintable(name)) << findings.filePath(name);
    }
}

void TestSpecEdits::fuzzFindingsKeepTheirPromises()
{
    QFETCH(QString, file);
    const QByteArray input = readFile(file);
    QVERIFY(!input.isEmpty());
    const std::optional<QString> failure = checkRandomEdit(input);
    QVERIFY2(!failure, qPrintable(failure.value_or(QString())));
}

#include "TestSpecEdits.moc"
