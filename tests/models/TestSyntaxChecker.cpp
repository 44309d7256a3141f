#include "DocumentParser.h"
#include "SyntaxChecker.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test data %s", qPrintable(path));
    }
    return file.readAll();
}

} // namespace

class TestSyntaxChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDocumentsPass_data();
    void validDocumentsPass();
    void errorsAreLocated_data();
    void errorsAreLocated();
    void samplesAreValid();
    void adobeSeedExampleIsRefusedAtItsTrailingComma();
    void hostileInputGetsAnErrorNotACrash_data();
    void hostileInputGetsAnErrorNotACrash();
    void aliasBombIsNotExpanded();
    void firstInvalidUtf8();
};

void TestSyntaxChecker::validDocumentsPass_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<SpecFormat>("format");

    QTest::newRow("yaml block") << QByteArray("spec:\n  a: [1, 2]\n  b: {c: d}\n") << SpecFormat::Yaml;
    QTest::newRow("yaml empty") << QByteArray() << SpecFormat::Yaml;
    QTest::newRow("yaml BOM and CRLF") << QByteArray("\xEF\xBB\xBF"
                                                     "a: 1\r\nb: \"\xC3\xA9\t\"\r\n")
                                       << SpecFormat::Yaml;
    QTest::newRow("yaml multi-document") << QByteArray("a: 1\n---\nb: 2\n") << SpecFormat::Yaml;
    QTest::newRow("json object") << QByteArray(R"({"a": [1, 2.5e3, true, null], "b": "\u00e9"})") << SpecFormat::Json;
    QTest::newRow("json BOM and CRLF") << QByteArray("\xEF\xBB\xBF{\r\n\"a\": 1\r\n}\r\n") << SpecFormat::Json;
}

void TestSyntaxChecker::validDocumentsPass()
{
    QFETCH(QByteArray, content);
    QFETCH(SpecFormat, format);
    const Diagnostics diagnostics = SyntaxChecker::check(content, format);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).message));
}

void TestSyntaxChecker::errorsAreLocated_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<SpecFormat>("format");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("yaml map value in a scalar") << QByteArray("a: b: c\n") << SpecFormat::Yaml << 1 << 5
                                                << QStringLiteral("yaml-syntax") << QStringLiteral("key: value");
    QTest::newRow("yaml unclosed flow list") << QByteArray("a: [1, 2\nb: 3\n") << SpecFormat::Yaml << 2 << 2
                                             << QStringLiteral("yaml-syntax") << QStringLiteral("']' is missing");
    QTest::newRow("yaml bad indentation") << QByteArray("a:\n  - b\n c: d\n") << SpecFormat::Yaml << 3 << 2
                                          << QStringLiteral("yaml-syntax") << QStringLiteral("mapping");
    // The BOM is three bytes yaml-cpp does not count; the location must still be right.
    QTest::newRow("yaml after BOM") << QByteArray("\xEF\xBB\xBF"
                                                  "a: b: c\n")
                                    << SpecFormat::Yaml << 1 << 6 << QStringLiteral("yaml-syntax")
                                    << QStringLiteral("key: value");
    QTest::newRow("yaml CRLF and non-ASCII")
        << QByteArray("\xC3\xA9: 1\r\n\xC3\xA9\xC3\xA9: b: c\r\n") << SpecFormat::Yaml << 2 << 6
        << QStringLiteral("yaml-syntax") << QStringLiteral("key: value");
    QTest::newRow("json trailing comma") << QByteArray("[1,\n]") << SpecFormat::Json << 2 << 1
                                         << QStringLiteral("json-syntax") << QStringLiteral("Trailing comma");
    QTest::newRow("json missing colon") << QByteArray("{\"a\" 1}") << SpecFormat::Json << 1 << 6
                                        << QStringLiteral("json-syntax") << QStringLiteral("':' is missing");
    QTest::newRow("json missing comma") << QByteArray("[1 2]") << SpecFormat::Json << 1 << 4
                                        << QStringLiteral("json-syntax") << QStringLiteral("',' or a ']' is missing");
    QTest::newRow("json unterminated string")
        << QByteArray("{\"a\": \"x") << SpecFormat::Json << 1 << 9 << QStringLiteral("json-syntax")
        << QStringLiteral("ends before it is complete");
    QTest::newRow("json bad literal") << QByteArray("{\"a\": tru}") << SpecFormat::Json << 1 << 7
                                      << QStringLiteral("json-syntax") << QStringLiteral("lower case");
    QTest::newRow("json empty") << QByteArray("  \n") << SpecFormat::Json << 2 << 1 << QStringLiteral("json-syntax")
                                << QStringLiteral("empty");
    QTest::newRow("json after BOM and CRLF")
        << QByteArray("\xEF\xBB\xBF{\"a\": 1,\r\n \"b\": }") << SpecFormat::Json << 2 << 7
        << QStringLiteral("json-syntax") << QStringLiteral("value is expected");
    QTest::newRow("json garbage after") << QByteArray("{} x") << SpecFormat::Json << 1 << 4
                                        << QStringLiteral("json-syntax") << QStringLiteral("after the end");
}

void TestSyntaxChecker::errorsAreLocated()
{
    QFETCH(QByteArray, content);
    QFETCH(SpecFormat, format);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    const Diagnostics diagnostics = SyntaxChecker::check(content, format);
    QCOMPARE(diagnostics.size(), 1);
    const Diagnostic& d = diagnostics.first();
    QCOMPARE(d.severity, Diagnostic::Severity::Error);
    QCOMPARE(d.code, code);
    QVERIFY2(d.message.contains(messagePart), qPrintable(d.message));
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QVERIFY(d.offset >= 0 && d.offset <= content.size());
}

void TestSyntaxChecker::samplesAreValid()
{
    const QDir samples(QStringLiteral(TEST_DATA_DIR "/../../resources/samples"));
    const QStringList files = samples.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files.size(), 3);
    for (const QString& name : files) {
        const QByteArray content = readFile(samples.filePath(name));
        const SpecFormat format = name.endsWith(QLatin1String(".json")) ? SpecFormat::Json : SpecFormat::Yaml;
        QVERIFY2(SyntaxChecker::check(content, format).isEmpty(), qPrintable(name));
    }
}

void TestSyntaxChecker::adobeSeedExampleIsRefusedAtItsTrailingComma()
{
    const QByteArray content = readFile(QStringLiteral(TEST_DATA_DIR "/seeds/adobe-flowspecs-response.json"));
    const Diagnostics diagnostics = SyntaxChecker::check(content, SpecFormat::Json);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 177);
    QVERIFY(diagnostics.first().message.contains(QStringLiteral("Trailing comma")));
    QVERIFY(diagnostics.first().message.contains(QStringLiteral("line 176")));
}

void TestSyntaxChecker::hostileInputGetsAnErrorNotACrash_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<SpecFormat>("format");
    QTest::addColumn<QString>("code");

    QTest::newRow("yaml flow nested 100000 deep")
        << QByteArray(100000, '[') + QByteArray(100000, ']') << SpecFormat::Yaml << QStringLiteral("too-deep");
    QByteArray blockNesting;
    for (int depth = 0; depth < 3000; ++depth) {
        blockNesting += QByteArray(depth, ' ') + "k:\n";
    }
    QTest::newRow("yaml block nested 3000 deep") << blockNesting << SpecFormat::Yaml << QStringLiteral("too-deep");
    QTest::newRow("json nested 100000 deep, unclosed")
        << QByteArray(100000, '[') << SpecFormat::Json << QStringLiteral("json-syntax");
    QTest::newRow("100 MB file") << QByteArray(100 * 1024 * 1024, 'a') << SpecFormat::Yaml
                                 << QStringLiteral("too-large");
    QTest::newRow("NUL byte") << QByteArray("a: 1\n\0b", 7) << SpecFormat::Yaml << QStringLiteral("binary-content");
    QTest::newRow("invalid UTF-8") << QByteArray("a: \xC3\x28\n") << SpecFormat::Yaml << QStringLiteral("invalid-utf8");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"a\": \"\xE0\x80\xAF\"}") << SpecFormat::Json
                                    << QStringLiteral("invalid-utf8");
    QTest::newRow("truncated UTF-8") << QByteArray("{\"a\": \"\xE2\x82") << SpecFormat::Json
                                     << QStringLiteral("invalid-utf8");
    // Found by fuzz/run.sh: yaml-cpp 0.7 read these as endless empty documents and never returned.
    QTest::newRow("fuzz: tag then comma hung the parser")
        << QByteArray("!,\n") << SpecFormat::Yaml << QStringLiteral("yaml-syntax");
    QTest::newRow("fuzz: lone comma hung the parser")
        << QByteArray(",") << SpecFormat::Yaml << QStringLiteral("yaml-syntax");
    // Found by fuzz/run.sh (FuzzEdits): yaml-cpp 0.7 accepts a quote left open at the end.
    QTest::newRow("fuzz: double quote never closed")
        << QByteArray("a: 1\n\"key:\n- entry\n") << SpecFormat::Yaml << QStringLiteral("yaml-syntax");
    QTest::newRow("fuzz: quote never closed in a later document")
        << QByteArray("-\n\"\t] x\n   \n") << SpecFormat::Yaml << QStringLiteral("yaml-syntax");
    QTest::newRow("fuzz: tag then a quote never closed")
        << QByteArray("!!c\" flow not found\n - &d d\n") << SpecFormat::Yaml << QStringLiteral("yaml-syntax");
    QTest::newRow("fuzz: single quote never closed")
        << QByteArray("a: 'it''s\n") << SpecFormat::Yaml << QStringLiteral("yaml-syntax");
}

void TestSyntaxChecker::hostileInputGetsAnErrorNotACrash()
{
    QFETCH(QByteArray, content);
    QFETCH(SpecFormat, format);
    QFETCH(QString, code);
    const Diagnostics diagnostics = SyntaxChecker::check(content, format);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().code, code);
    QVERIFY(!diagnostics.first().message.isEmpty());
}

void TestSyntaxChecker::aliasBombIsNotExpanded()
{
    // "Billion laughs": nine levels of ten aliases each would be 10^9 nodes if expanded.
    QByteArray bomb("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level < 10; ++level) {
        const QByteArray previous = "*a" + QByteArray::number(level - 1);
        QByteArray items;
        for (int i = 0; i < 10; ++i) {
            items += (i ? ", " : "") + previous;
        }
        bomb += "a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + items + "]\n";
    }
    QVERIFY(SyntaxChecker::check(bomb, SpecFormat::Yaml).isEmpty());
}

void TestSyntaxChecker::firstInvalidUtf8()
{
    QCOMPARE(DocumentParser::firstInvalidUtf8("plain"), qint64(-1));
    QCOMPARE(DocumentParser::firstInvalidUtf8("\xF0\x9F\x98\x80 ok"), qint64(-1));
    QCOMPARE(DocumentParser::firstInvalidUtf8("ab\xFF"), qint64(2));
    QCOMPARE(DocumentParser::firstInvalidUtf8("a\xED\xA0\x80"), qint64(1)); // a UTF-16 surrogate
    QCOMPARE(DocumentParser::firstInvalidUtf8("a\xC0\xAF"), qint64(1)); // overlong '/'
}

QTEST_GUILESS_MAIN(TestSyntaxChecker)
#include "TestSyntaxChecker.moc"
