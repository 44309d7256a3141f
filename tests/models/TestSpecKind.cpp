#include "SpecKind.h"

#include <QFile>
#include <QTest>

class TestSpecKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void detectsTheSamples();
    void idsRoundTripAndFormatsMatch();
};

void TestSpecKind::detect_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<SpecFormat>("format");
    QTest::addColumn<SpecKind>("expected");

    QTest::newRow("dataframer") << QByteArray("# c\nspec:\n  description: x\n") << SpecFormat::Yaml
                                << SpecKind::DataFramer;
    QTest::newRow("legacy dataframer") << QByteArray("specification:\n  axes: []\n") << SpecFormat::Yaml
                                       << SpecKind::DataFramer;
    QTest::newRow("indented spec is not a root")
        << QByteArray("a:\n  spec: 1\n") << SpecFormat::Yaml << SpecKind::PlainYaml;
    QTest::newRow("scalegp") << QByteArray(R"({"id": "x", "account_id": "a", "run_online_evaluation": false})")
                             << SpecFormat::Json << SpecKind::ScaleGp;
    QTest::newRow("adobe") << QByteArray(R"({"name": "n", "providerId": "p"})") << SpecFormat::Json
                           << SpecKind::AdobeFlow;
    QTest::newRow("plain json") << QByteArray(R"({"a": 1})") << SpecFormat::Json << SpecKind::PlainJson;
    QTest::newRow("binary junk") << QByteArray("\x00\xff\xfe", 3) << SpecFormat::Json << SpecKind::PlainJson;
}

void TestSpecKind::detect()
{
    QFETCH(QByteArray, content);
    QFETCH(SpecFormat, format);
    QFETCH(SpecKind, expected);
    QCOMPARE(SpecKinds::detect(content, format), expected);
}

void TestSpecKind::detectsTheSamples()
{
    const QString samples = QStringLiteral(TEST_DATA_DIR "/../../resources/samples/");
    const struct
    {
        const char* file;
        SpecFormat format;
        SpecKind kind;
    } cases[] = {
        {"dataframer-customer-support.yaml", SpecFormat::Yaml, SpecKind::DataFramer},
        {"scalegp-application-spec.json", SpecFormat::Json, SpecKind::ScaleGp},
        {"adobe-rest-storage-flow-spec.json", SpecFormat::Json, SpecKind::AdobeFlow},
    };
    for (const auto& sample : cases) {
        QFile file(samples + QLatin1String(sample.file));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(SpecKinds::detect(file.readAll(), sample.format), sample.kind);
    }
}

void TestSpecKind::idsRoundTripAndFormatsMatch()
{
    for (SpecKind kind :
         {SpecKind::DataFramer, SpecKind::ScaleGp, SpecKind::AdobeFlow, SpecKind::PlainYaml, SpecKind::PlainJson}) {
        SpecKind parsed = SpecKind::PlainJson;
        QVERIFY(SpecKinds::fromId(SpecKinds::id(kind), &parsed));
        QCOMPARE(parsed, kind);
        QVERIFY(!SpecKinds::displayName(kind).isEmpty());
    }
    QCOMPARE(SpecKinds::formatOf(SpecKind::DataFramer), SpecFormat::Yaml);
    QCOMPARE(SpecKinds::formatOf(SpecKind::AdobeFlow), SpecFormat::Json);
    SpecKind untouched = SpecKind::ScaleGp;
    QVERIFY(!SpecKinds::fromId(QStringLiteral("nope"), &untouched));
    QCOMPARE(untouched, SpecKind::ScaleGp);
}

QTEST_GUILESS_MAIN(TestSpecKind)
#include "TestSpecKind.moc"
