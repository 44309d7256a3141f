#include "SpecTransfer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// What a spec copied onto another connection's spec becomes there.
class TestSpecTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataFramerCopiesTheYamlByteForByte();
    void dataFramerKeepsTheTargetsMetadata();
    void scaleGpTakesOnlyTheEditableFields();
    void adobeKeepsTheTargetsIdentity();
    void unreadableJsonIsRefusedWithWhere();
};

void TestSpecTransfer::dataFramerCopiesTheYamlByteForByte()
{
    const QByteArray source = "spec:\n  description: \"Chats\"  # kept\n";
    QString error;
    QCOMPARE(SpecTransfer::onto(ApiKind::DataFramer, source, "spec: {}\n", &error).value_or(QByteArray()), source);
}

void TestSpecTransfer::dataFramerKeepsTheTargetsMetadata()
{
    const QByteArray spec = "spec:\n  description: \"Chats\"  # kept\n";
    const QByteArray source = spec + "metadata:   # generated\n  seed_sample_count: 240\n";
    const QByteArray target
        = "spec:\n  description: Old\nmetadata:\n  seed_sample_count: 12\n  detected_language: en\n";
    QString error;
    QCOMPARE(SpecTransfer::onto(ApiKind::DataFramer, source, target, &error).value_or(QByteArray()),
             spec + "metadata:\n  seed_sample_count: 12\n  detected_language: en\n");
    // Only one side has metadata: the target's way wins.
    QCOMPARE(SpecTransfer::onto(ApiKind::DataFramer, source, "spec: {}\n", &error).value_or(QByteArray()), spec);
    QCOMPARE(SpecTransfer::onto(ApiKind::DataFramer, spec, target, &error).value_or(QByteArray()),
             spec + "metadata:\n  seed_sample_count: 12\n  detected_language: en\n");
    // Metadata first in the source, last without a line break in the target: lines stay lines.
    QCOMPARE(SpecTransfer::onto(ApiKind::DataFramer,
                                "metadata:\n  seed_sample_count: 1\n" + spec,
                                "spec: {}\nmetadata:\n  seed_sample_count: 12",
                                &error)
                 .value_or(QByteArray()),
             "metadata:\n  seed_sample_count: 12\n" + spec);
    QVERIFY(!SpecTransfer::onto(ApiKind::DataFramer, "spec: [\n", target, &error));
    QVERIFY2(error.startsWith(QStringLiteral("line ")), qPrintable(error));
}

void TestSpecTransfer::scaleGpTakesOnlyTheEditableFields()
{
    const QByteArray source = R"({"id": "src", "account_id": "a1", "name": "Bot", "description": "Answers",
        "theme_id": "t9", "run_online_evaluation": true, "created_at": "2024"})";
    const QByteArray target = R"({"id": "dst", "account_id": "a2", "name": "Old", "description": "Was",
        "created_at": "2025"})";
    QString error;
    const std::optional<QByteArray> copied = SpecTransfer::onto(ApiKind::ScaleGp, source, target, &error);
    QVERIFY2(copied, qPrintable(error));
    const QJsonObject object = QJsonDocument::fromJson(*copied).object();
    QCOMPARE(object[QStringLiteral("id")].toString(), QStringLiteral("dst"));
    QCOMPARE(object[QStringLiteral("account_id")].toString(), QStringLiteral("a2"));
    QCOMPARE(object[QStringLiteral("created_at")].toString(), QStringLiteral("2025"));
    QCOMPARE(object[QStringLiteral("name")].toString(), QStringLiteral("Bot"));
    QCOMPARE(object[QStringLiteral("description")].toString(), QStringLiteral("Answers"));
    QCOMPARE(object[QStringLiteral("run_online_evaluation")].toBool(), true);
    // A theme belongs to its account: the target's (none here) stays.
    QVERIFY(!object.contains(QStringLiteral("theme_id")));
    // The target's order first, the new fields after.
    QVERIFY(copied->startsWith("{\n  \"id\": \"dst\""));

    // What the source lacks or has as null stays the target's: the server refuses removing it.
    const std::optional<QByteArray> partial
        = SpecTransfer::onto(ApiKind::ScaleGp, R"({"name": "Bot", "description": null})", target, &error);
    QVERIFY2(partial, qPrintable(error));
    QCOMPARE(QJsonDocument::fromJson(*partial).object()[QStringLiteral("description")].toString(),
             QStringLiteral("Was"));
}

void TestSpecTransfer::adobeKeepsTheTargetsIdentity()
{
    const QByteArray source = R"({"id": "src", "name": "Flow", "updatedAt": 1, "imsOrgId": "org1",
        "attributes": {"x": {"type": "string"}}})";
    const QByteArray target = R"({"id": "dst", "name": "Old", "updatedAt": 7, "imsOrgId": "org2", "extra": 1})";
    QString error;
    const std::optional<QByteArray> copied = SpecTransfer::onto(ApiKind::Adobe, source, target, &error);
    QVERIFY2(copied, qPrintable(error));
    const QJsonObject object = QJsonDocument::fromJson(*copied).object();
    QCOMPARE(object[QStringLiteral("id")].toString(), QStringLiteral("dst"));
    QCOMPARE(object[QStringLiteral("updatedAt")].toInt(), 7);
    QCOMPARE(object[QStringLiteral("imsOrgId")].toString(), QStringLiteral("org2"));
    QCOMPARE(object[QStringLiteral("name")].toString(), QStringLiteral("Flow"));
    QVERIFY(object[QStringLiteral("attributes")].isObject());
    QVERIFY(!object.contains(QStringLiteral("extra"))); // the whole object is the source's
}

void TestSpecTransfer::unreadableJsonIsRefusedWithWhere()
{
    QString error;
    QVERIFY(!SpecTransfer::onto(ApiKind::ScaleGp, "{\"name\": ", "{}", &error));
    QVERIFY2(error.contains(QStringLiteral("line 1")), qPrintable(error));
    QVERIFY(!SpecTransfer::onto(ApiKind::Adobe, "{}", "[1]", &error));
    QVERIFY(error.contains(QStringLiteral("JSON object")));
}

QTEST_GUILESS_MAIN(TestSpecTransfer)
#include "TestSpecTransfer.moc"
