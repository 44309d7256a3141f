#include "SpecComparison.h"
#include "ThreeWayMerge.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QByteArray kBaseYaml = "spec:\n"
                             "  description: \"Support chats\"  # shown in the catalogue\n"
                             "  requirements: |\n"
                             "    - Alternate turns\n"
                             "    - Be polite\n"
                             "\n"
                             "  data_property_variations:\n"
                             "    - property_name: sentiment\n"
                             "      property_values: [positive, neutral]\n"
                             "      base_distributions: {positive: 50, neutral: 50}\n";

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

/// Three-way merges of a draft with the server's newer state, and the "same on the server"
/// comparison the sync engine uses to recognise a write that already landed.
class TestThreeWayMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlDisjointEditsMergeKeepingComments();
    void yamlSameLineChangedDifferentlyConflicts();
    void yamlSameChangeOnBothSidesMerges();
    void scaleGpFieldsMerge();
    void scaleGpSameFieldConflicts();
    void adobeNestedPathsMergeAndConflict();
    void conflictingFieldsAreListedAndMergedAsChosen();
    void unreadableDraftIsAnErrorNotAMerge();
    void sameOnServerComparesWhatTheServerKeeps();
};

void TestThreeWayMerge::yamlDisjointEditsMergeKeepingComments()
{
    QByteArray theirs = kBaseYaml;
    theirs.replace("\"Support chats\"", "\"Support chats for billing\"");
    QByteArray mine = kBaseYaml;
    mine.replace("{positive: 50, neutral: 50}", "{positive: 60, neutral: 40}");
    const ThreeWayMerge::Result result = ThreeWayMerge::merge(ApiKind::DataFramer, kBaseYaml, theirs, mine);
    QVERIFY(result.clean);
    QByteArray expected = kBaseYaml;
    expected.replace("\"Support chats\"", "\"Support chats for billing\"");
    expected.replace("{positive: 50, neutral: 50}", "{positive: 60, neutral: 40}");
    QCOMPARE(result.merged, expected);
}

void TestThreeWayMerge::yamlSameLineChangedDifferentlyConflicts()
{
    QByteArray theirs = kBaseYaml;
    theirs.replace("{positive: 50, neutral: 50}", "{positive: 70, neutral: 30}");
    QByteArray mine = kBaseYaml;
    mine.replace("{positive: 50, neutral: 50}", "{positive: 60, neutral: 40}");
    const ThreeWayMerge::Result result = ThreeWayMerge::merge(ApiKind::DataFramer, kBaseYaml, theirs, mine);
    QVERIFY(!result.clean);
    QVERIFY(result.merged.isEmpty());
    QVERIFY2(result.conflicts.contains(QStringLiteral("line 10")), qPrintable(result.conflicts.join(QLatin1Char(','))));
}

void TestThreeWayMerge::yamlSameChangeOnBothSidesMerges()
{
    QByteArray edited = kBaseYaml;
    edited.replace("Be polite", "Be polite and brief");
    const ThreeWayMerge::Result result = ThreeWayMerge::merge(ApiKind::DataFramer, kBaseYaml, edited, edited);
    QVERIFY(result.clean);
    QCOMPARE(result.merged, edited);
}

void TestThreeWayMerge::scaleGpFieldsMerge()
{
    const QByteArray base = R"({"id": "a", "name": "N", "description": "D", "archived_at": null})";
    const QByteArray theirs = R"({"id": "a", "name": "N", "description": "D2", "archived_at": null})";
    const QByteArray mine = R"({"id": "a", "name": "N2", "description": "D", "archived_at": null})";
    const ThreeWayMerge::Result result = ThreeWayMerge::merge(ApiKind::ScaleGp, base, theirs, mine);
    QVERIFY(result.clean);
    const QJsonObject merged = object(result.merged);
    QCOMPARE(merged.value(QStringLiteral("name")).toString(), QStringLiteral("N2"));
    QCOMPARE(merged.value(QStringLiteral("description")).toString(), QStringLiteral("D2"));
    QVERIFY(result.merged.startsWith("{\n  \"id\": \"a\",\n  \"name\""));
}

void TestThreeWayMerge::scaleGpSameFieldConflicts()
{
    const QByteArray base = R"({"id": "a", "name": "N"})";
    const ThreeWayMerge::Result result = ThreeWayMerge::merge(
        ApiKind::ScaleGp, base, R"({"id": "a", "name": "Theirs"})", R"({"id": "a", "name": "Mine"})");
    QVERIFY(!result.clean);
    QCOMPARE(result.conflicts, QStringList {QStringLiteral("name")});
}

void TestThreeWayMerge::adobeNestedPathsMergeAndConflict()
{
    const QByteArray base = R"({"id": "f", "updatedAt": 1, "name": "Flow", "providerId": "p",
        "scheduleSpec": {"spec": {"properties": {"interval": {"minimum": 15}, "backfill": {"default": true}}}},
        "optionSpec": {"name": "OptionSpec"}})";
    const QByteArray theirs = R"({"id": "f", "updatedAt": 2, "name": "Flow", "providerId": "p",
        "scheduleSpec": {"spec": {"properties": {"interval": {"minimum": 15}, "backfill": {"default": false}}}},
        "optionSpec": {"name": "OptionSpec"}})";
    const QByteArray mine = R"({"id": "f", "updatedAt": 1, "name": "Flow", "providerId": "p",
        "scheduleSpec": {"spec": {"properties": {"interval": {"minimum": 30}, "backfill": {"default": true}}}},
        "optionSpec": {"name": "Options"}})";
    const ThreeWayMerge::Result clean = ThreeWayMerge::merge(ApiKind::Adobe, base, theirs, mine);
    QVERIFY2(clean.clean, qPrintable(clean.conflicts.join(QLatin1Char(','))));
    const QJsonObject merged = object(clean.merged);
    const QJsonObject properties
        = merged[QStringLiteral("scheduleSpec")][QStringLiteral("spec")][QStringLiteral("properties")].toObject();
    QCOMPARE(properties[QStringLiteral("interval")][QStringLiteral("minimum")].toInt(), 30);
    QCOMPARE(properties[QStringLiteral("backfill")][QStringLiteral("default")].toBool(), false);
    QCOMPARE(merged[QStringLiteral("optionSpec")][QStringLiteral("name")].toString(), QStringLiteral("Options"));
    QCOMPARE(merged[QStringLiteral("updatedAt")].toInt(), 2); // the server's own field

    QByteArray overlapping = theirs;
    overlapping.replace("\"minimum\": 15", "\"minimum\": 60");
    const ThreeWayMerge::Result conflict = ThreeWayMerge::merge(ApiKind::Adobe, base, overlapping, mine);
    QVERIFY(!conflict.clean);
    QCOMPARE(conflict.conflicts, QStringList {QStringLiteral("scheduleSpec.spec.properties.interval.minimum")});
}

void TestThreeWayMerge::conflictingFieldsAreListedAndMergedAsChosen()
{
    const QByteArray base = R"({"name": "N", "description": "D", "theme_id": "t1"})";
    const QByteArray theirs = R"({"name": "Theirs", "description": "D2", "theme_id": "t1"})";
    const QByteArray mine = R"({"name": "Mine", "description": "D", "theme_id": "t2"})";
    const QList<ThreeWayMerge::FieldConflict> conflicts
        = ThreeWayMerge::fieldConflicts(ApiKind::ScaleGp, base, theirs, mine);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts[0].path, QStringLiteral("name"));
    QCOMPARE(conflicts[0].base, QByteArray(R"("N")"));
    QCOMPARE(conflicts[0].mine, QByteArray(R"("Mine")"));
    QCOMPARE(conflicts[0].theirs, QByteArray(R"("Theirs")"));

    // The one-sided changes merge either way; the conflict takes the chosen side.
    for (const ThreeWayMerge::Side side : {ThreeWayMerge::Side::Mine, ThreeWayMerge::Side::Theirs}) {
        const ThreeWayMerge::Result result
            = ThreeWayMerge::mergeChoosing(ApiKind::ScaleGp, base, theirs, mine, {{QStringLiteral("name"), side}});
        QVERIFY(result.clean);
        const QJsonObject merged = object(result.merged);
        QCOMPARE(merged[QStringLiteral("name")].toString(),
                 side == ThreeWayMerge::Side::Mine ? QStringLiteral("Mine") : QStringLiteral("Theirs"));
        QCOMPARE(merged[QStringLiteral("description")].toString(), QStringLiteral("D2"));
        QCOMPARE(merged[QStringLiteral("theme_id")].toString(), QStringLiteral("t2"));
    }
    QVERIFY(!ThreeWayMerge::mergeChoosing(ApiKind::ScaleGp, base, theirs, mine, {}).clean);
    QVERIFY(ThreeWayMerge::fieldConflicts(ApiKind::DataFramer, kBaseYaml, kBaseYaml, kBaseYaml).isEmpty());
}

void TestThreeWayMerge::unreadableDraftIsAnErrorNotAMerge()
{
    const ThreeWayMerge::Result result
        = ThreeWayMerge::merge(ApiKind::ScaleGp, R"({"name": "N"})", R"({"name": "T"})", "{\"name\": ");
    QVERIFY(!result.clean);
    QVERIFY(result.error.contains(QStringLiteral("line 1")));
}

void TestThreeWayMerge::sameOnServerComparesWhatTheServerKeeps()
{
    QVERIFY(SpecComparison::sameOnServer(ApiKind::DataFramer, "spec: {}\n", "spec: {}\n"));
    QVERIFY(!SpecComparison::sameOnServer(ApiKind::DataFramer, "spec: {}\n", "spec: {}\r\n"));
    QVERIFY(SpecComparison::sameOnServer(ApiKind::ScaleGp,
                                         R"({"id": "a", "name": "N", "created_at": "1"})",
                                         "{\n  \"name\": \"N\",\n  \"id\": \"a\",\n  \"created_at\": \"2\"\n}"));
    QVERIFY(!SpecComparison::sameOnServer(ApiKind::ScaleGp, R"({"name": "N"})", R"({"name": "M"})"));
    QVERIFY(SpecComparison::sameOnServer(ApiKind::Adobe,
                                         R"({"name": "F", "updatedAt": 1, "x": {"a": 1}})",
                                         R"({"name": "F", "updatedAt": 2, "x": {"a": 1}})"));
    QVERIFY(!SpecComparison::sameOnServer(ApiKind::Adobe, R"({"name": "F", "x": [1]})", R"({"name": "F", "x": [2]})"));
}

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "TestThreeWayMerge.moc"
