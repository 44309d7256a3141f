#include "SpecFormat.h"

#include <QTest>

class TestSpecFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void idRoundTrip();
};

void TestSpecFormat::detect_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<SpecFormat>("expected");

    QTest::newRow("json suffix wins") << QStringLiteral("a.JSON") << QByteArray("a: 1") << SpecFormat::Json;
    QTest::newRow("yaml suffix") << QStringLiteral("a.yaml") << QByteArray("{}") << SpecFormat::Yaml;
    QTest::newRow("yml suffix") << QStringLiteral("a.yml") << QByteArray("{}") << SpecFormat::Yaml;
    QTest::newRow("object sniffed") << QStringLiteral("spec") << QByteArray("  \n{\"a\": 1}") << SpecFormat::Json;
    QTest::newRow("array sniffed") << QStringLiteral("spec.txt") << QByteArray("[1]") << SpecFormat::Json;
    QTest::newRow("BOM then object") << QString() << QByteArray("\xEF\xBB\xBF{}") << SpecFormat::Json;
    QTest::newRow("block yaml") << QString() << QByteArray("spec:\n  a: 1\n") << SpecFormat::Yaml;
    QTest::newRow("empty") << QString() << QByteArray() << SpecFormat::Yaml;
}

void TestSpecFormat::detect()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(SpecFormat, expected);
    QCOMPARE(SpecFormats::detect(fileName, content), expected);
}

void TestSpecFormat::idRoundTrip()
{
    for (SpecFormat format : {SpecFormat::Yaml, SpecFormat::Json}) {
        SpecFormat parsed = SpecFormat::Yaml;
        QVERIFY(SpecFormats::fromId(SpecFormats::id(format), &parsed));
        QCOMPARE(parsed, format);
    }
    SpecFormat untouched = SpecFormat::Json;
    QVERIFY(!SpecFormats::fromId(QStringLiteral("xml"), &untouched));
    QCOMPARE(untouched, SpecFormat::Json);
}

QTEST_GUILESS_MAIN(TestSpecFormat)
#include "TestSpecFormat.moc"
