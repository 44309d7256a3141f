#include "DistributionEdits.h"
#include "DistributionMath.h"
#include "QuickFixes.h"
#include "SpecAnalysis.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

DistributionSet readSet(const QByteArray& text)
{
    return DistributionSet::read(SpecAnalysis::analyse(text, SpecFormat::Yaml, SpecKind::DataFramer));
}

QList<bool> locksFor(const PropertyDistribution& property, const QJsonArray& locked)
{
    QList<bool> locks;
    for (const Share& share : property.shares) {
        locks << locked.contains(share.value);
    }
    return locks;
}

/// "50" or "33.5" in the property's units.
qint64 unitsOf(const PropertyDistribution& property, const QString& written)
{
    return std::llround(written.toDouble() * double(property.totalUnits()) / 100.0);
}

std::optional<QList<TextSplice>> runAction(const QByteArray& text, const QJsonObject& action, QString* error)
{
    const SpecAnalysis analysis = SpecAnalysis::analyse(text, SpecFormat::Yaml, SpecKind::DataFramer);
    const DistributionSet set = DistributionSet::read(analysis);
    const PropertyDistribution& property = set.properties.at(action.value(QStringLiteral("property")).toInt());
    const QList<bool> locks = locksFor(property, action.value(QStringLiteral("locked")).toArray());
    const QString op = action.value(QStringLiteral("op")).toString();
    const QString value = action.value(QStringLiteral("value")).toString();
    if (op == QLatin1String("move")) {
        return DistributionEdits::move(property,
                                       locks,
                                       property.shareIndex(value),
                                       unitsOf(property, action.value(QStringLiteral("to")).toString()),
                                       error);
    }
    if (op == QLatin1String("equalize")) {
        return DistributionEdits::equalize(property, locks, error);
    }
    if (op == QLatin1String("normalize")) {
        return DistributionEdits::normalize(property, locks, error);
    }
    if (op == QLatin1String("add")) {
        return DistributionEdits::addValue(analysis, text, property, value, error);
    }
    if (op == QLatin1String("remove")) {
        return DistributionEdits::removeValue(analysis, text, property, locks, value, error);
    }
    if (op == QLatin1String("addMissing")) {
        return DistributionEdits::addMissingShares(analysis, text, property, error);
    }
    *error = QStringLiteral("unknown op ") + op;
    return std::nullopt;
}

const QByteArray kSeed = "spec:\n  data_property_variations:\n    - property_name: sentiment\n"
                         "      property_values: [positive, negative, neutral]\n"
                         "      base_distributions:\n        positive: 40\n        negative: 30\n        neutral: 30\n";

} // namespace

/// The panel's reading of a spec and its text edits: golden cases in
/// tests/data/distribution-edits, and the states and refusals around them.
class TestDistributionEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void readsStatesHonestly();
    void readsProblemsPerProperty();
    void readsManyPropertiesAsWritten();
    void readsOnlyTheSelectedProperties();
    void nonNumbersStayPut();
    void refusesWhenEverythingIsLocked();
    void addValueRefusesDuplicatesAndBlanks();
    void removeKeepsAtLeastOneValue();
    void removeTakesTheValueFromWhereItIs();
    void appliedTracksRangesAcrossProperties();
    void expectedCountsAddUpToTheSample();
    void quickFixListsAnExtraValue();
};

void TestDistributionEdits::golden_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(TEST_DATA_DIR "/distribution-edits"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 12);
    for (const QString& name : cases) {
        QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
}

void TestDistributionEdits::golden()
{
    QFETCH(QString, folder);
    const QByteArray input = readFile(folder + QStringLiteral("/input.yaml"));
    const QByteArray expected = readFile(folder + QStringLiteral("/expected.yaml"));
    const QJsonObject action = QJsonDocument::fromJson(readFile(folder + QStringLiteral("/action.json"))).object();
    QVERIFY(!input.isEmpty() && !expected.isEmpty() && !action.isEmpty());

    QString error;
    const auto splices = runAction(input, action, &error);
    QVERIFY2(splices, qPrintable(error));
    const QByteArray output = QuickFixes::apply(input, *splices);
    QCOMPARE(output, expected);

    // The result parses, and every property still sums to exactly 100.
    const DistributionSet after = readSet(output);
    QCOMPARE(after.state, DistributionSet::State::Ready);
    for (const PropertyDistribution& property : after.properties) {
        QCOMPARE(property.sumUnits(), property.totalUnits());
    }
    // Share edits are tracked without a reparse: the tracked ranges must match a fresh read.
    const QString op = action.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("move") || op == QLatin1String("equalize") || op == QLatin1String("normalize")) {
        DistributionSet tracked = readSet(input);
        tracked.applied(*splices);
        for (qsizetype p = 0; p < after.properties.size(); ++p) {
            for (qsizetype s = 0; s < after.properties[p].shares.size(); ++s) {
                const Share& fresh = after.properties[p].shares[s];
                const Share& kept = tracked.properties[p].shares[s];
                QCOMPARE(kept.start, fresh.start);
                QCOMPARE(kept.end, fresh.end);
                QCOMPARE(kept.written, fresh.written);
                QCOMPARE(kept.units, fresh.units);
            }
        }
    }
}

void TestDistributionEdits::readsStatesHonestly()
{
    const DistributionSet json = DistributionSet::read(SpecAnalysis::analyse("{\"a\": 1}", SpecFormat::Json));
    QCOMPARE(json.state, DistributionSet::State::NotDataFramer);
    QVERIFY(!json.reason.isEmpty());

    const DistributionSet broken = readSet("spec:\n  data_property_variations:\n    - [unclosed\n");
    QCOMPARE(broken.state, DistributionSet::State::NotParsed);
    QVERIFY2(broken.reason.startsWith(QStringLiteral("Line ")), qPrintable(broken.reason));

    const DistributionSet none = readSet("spec:\n  description: nothing to shape\n");
    QCOMPARE(none.state, DistributionSet::State::NoVariations);

    // A FAILED DataFramer spec arrives with no text at all: empty, not broken.
    const DistributionSet empty = readSet("");
    QCOMPARE(empty.state, DistributionSet::State::NoVariations);
    QVERIFY(empty.reason.contains(QStringLiteral("empty")));

    const DistributionSet seed = readSet(kSeed);
    QCOMPARE(seed.state, DistributionSet::State::Ready);
    QCOMPARE(seed.properties.size(), 1);
    const PropertyDistribution& sentiment = seed.properties.first();
    QCOMPARE(sentiment.name, QStringLiteral("sentiment"));
    QCOMPARE(sentiment.values,
             (QStringList {QStringLiteral("positive"), QStringLiteral("negative"), QStringLiteral("neutral")}));
    QCOMPARE(sentiment.decimals, 0);
    QCOMPARE(sentiment.totalUnits(), 100);
    QVERIFY(sentiment.sumsToTotal());
    QCOMPARE(kSeed.mid(sentiment.shares[0].start, sentiment.shares[0].end - sentiment.shares[0].start), "40");
}

void TestDistributionEdits::readsProblemsPerProperty()
{
    const DistributionSet set = readSet("spec:\n  data_property_variations:\n"
                                        "    - property_name: a\n      property_values: [x, y, z]\n"
                                        "      base_distributions: {x: 50, w: 40}\n"
                                        "    - property_name: b\n      property_values: [p]\n"
                                        "      base_distributions: [p]\n"
                                        "    - property_name: c\n      property_values: [q, r]\n"
                                        "      base_distributions: {q: 12.25, r: 87.75}\n");
    QCOMPARE(set.properties.size(), 3);
    const PropertyDistribution& a = set.properties[0];
    QCOMPARE(a.missing, (QStringList {QStringLiteral("y"), QStringLiteral("z")}));
    QVERIFY(a.shares[0].listed);
    QVERIFY(!a.shares[1].listed);
    QCOMPARE(a.sumUnits(), 90);
    QVERIFY(!a.sumsToTotal());
    QVERIFY(!set.properties[1].problem.isEmpty());
    QCOMPARE(set.properties[2].decimals, 2);
    QCOMPARE(set.properties[2].shares[0].units, 1225);
    QVERIFY(set.properties[2].sumsToTotal());
}

// Values and numbers that repeat across properties are read into shared strings, and past the
// pool's bound (4,096 texts) the rest are read on their own: either way each property reads as
// its text says, and a change to one never shows in another.
void TestDistributionEdits::readsManyPropertiesAsWritten()
{
    constexpr int kProperties = 5000;
    QByteArray text = "spec:\n  data_property_variations:\n";
    for (int i = 0; i < kProperties; ++i) {
        const QByteArray own = "only_" + QByteArray::number(i);
        text += "    - property_name: p" + QByteArray::number(i) + "\n      property_values: [low, " + own
                + "]\n      base_distributions: {low: 40, " + own + ": 60}\n";
    }
    DistributionSet set = readSet(text);
    QCOMPARE(set.properties.size(), kProperties);
    for (int i = 0; i < kProperties; ++i) {
        const PropertyDistribution& property = std::as_const(set.properties)[i];
        const QString own = QStringLiteral("only_%1").arg(i);
        QCOMPARE(property.name, QStringLiteral("p%1").arg(i));
        QCOMPARE(property.values, (QStringList {QStringLiteral("low"), own}));
        QCOMPARE(property.shares.size(), 2);
        QCOMPARE(property.shares[0].value, QStringLiteral("low"));
        QCOMPARE(property.shares[0].written, QStringLiteral("40"));
        QCOMPARE(property.shares[1].value, own);
        QCOMPARE(property.shares[1].written, QStringLiteral("60"));
        QVERIFY(property.sumsToTotal());
        QVERIFY(property.missing.isEmpty());
    }
    set.properties[0].shares[0].value += QStringLiteral("er");
    QCOMPARE(set.properties[0].shares[0].value, QStringLiteral("lower"));
    QCOMPARE(std::as_const(set.properties)[1].shares[0].value, QStringLiteral("low"));
    QCOMPARE(std::as_const(set.properties)[0].values.first(), QStringLiteral("low"));
}

void TestDistributionEdits::readsOnlyTheSelectedProperties()
{
    QByteArray text = "spec:\n  data_property_variations:\n";
    for (int i = 0; i < 250; ++i) {
        text += "    - property_name: Colour_" + QByteArray::number(i)
                + "\n      property_values: [a, b]\n      base_distributions: {a: 30, b: 70}\n";
    }
    text += "    - property_values: [a]\n      base_distributions: {a: 100}\n"; // named by its place
    const SpecAnalysis analysis = SpecAnalysis::analyse(text, SpecFormat::Yaml, SpecKind::DataFramer);

    const DistributionSet page = DistributionSet::read(analysis, PropertySelection {QString(), 100});
    QCOMPARE(page.properties.size(), 100);
    QCOMPARE(page.propertyCount, 251);
    QCOMPARE(page.matchingCount, 251);
    QCOMPARE(page.properties.last().name, QStringLiteral("Colour_99"));

    // Matched ignoring case, counted past the limit, each read with its place in the list.
    const DistributionSet found = DistributionSet::read(analysis, PropertySelection {QStringLiteral("colour_24"), 5});
    QCOMPARE(found.propertyCount, 251);
    QCOMPARE(found.matchingCount, 11); // Colour_24 and Colour_240 … 249
    QCOMPARE(found.properties.size(), 5);
    QCOMPARE(found.properties[0].name, QStringLiteral("Colour_24"));
    QCOMPARE(found.properties[0].index, 24);
    QCOMPARE(found.properties[4].index, 243);
    QCOMPARE(found.properties[4].shares[1].written, QStringLiteral("70"));
    QVERIFY(found.properties[4].sumsToTotal());

    const DistributionSet unnamed = DistributionSet::read(analysis, PropertySelection {QStringLiteral("property 251")});
    QCOMPARE(unnamed.matchingCount, 1);
    QCOMPARE(unnamed.properties.first().index, 250);

    const DistributionSet none = DistributionSet::read(analysis, PropertySelection {QStringLiteral("size"), 100});
    QCOMPARE(none.state, DistributionSet::State::Ready);
    QCOMPARE(none.matchingCount, 0);
    QVERIFY(none.properties.isEmpty());

    QCOMPARE(DistributionSet::read(analysis).properties.size(), 251); // no selection: every one
}

void TestDistributionEdits::nonNumbersStayPut()
{
    const QByteArray text = "spec:\n  data_property_variations:\n    - property_name: s\n"
                            "      property_values: [a, b, c]\n"
                            "      base_distributions:\n        a: lots\n        b: 60\n        c: 40\n";
    const DistributionSet set = readSet(text);
    const PropertyDistribution& s = set.properties.first();
    QVERIFY(!s.shares[0].units);
    QVERIFY(s.shares[0].problem.contains(QStringLiteral("lots")));
    QString why;
    QVERIFY(!DistributionEdits::move(s, {false, false, false}, 0, 10, &why));
    QVERIFY(!why.isEmpty());
    const auto splices = DistributionEdits::move(s, {false, false, false}, 1, 70, &why);
    QVERIFY(splices);
    QCOMPARE(QuickFixes::apply(text, *splices), QByteArray(text).replace("b: 60", "b: 70").replace("c: 40", "c: 30"));
}

void TestDistributionEdits::refusesWhenEverythingIsLocked()
{
    const PropertyDistribution s = readSet(kSeed).properties.first();
    QString why;
    QVERIFY(!DistributionEdits::move(s, {false, true, true}, 0, 50, &why));
    QVERIFY2(why.contains(QStringLiteral("locked")), qPrintable(why));
    why.clear();
    QVERIFY(!DistributionEdits::move(s, {true, false, false}, 0, 50, &why));
    QVERIFY2(why.contains(QStringLiteral("locked")), qPrintable(why));
    why.clear();
    QVERIFY(!DistributionEdits::equalize(s, {true, true, true}, &why));
    QVERIFY(!why.isEmpty());
    why.clear();
    QVERIFY(!DistributionEdits::normalize(s, {true, true, true}, &why));
    QVERIFY(!why.isEmpty());
    // A locked value that is moved past what the locks allow is clamped, not refused.
    const auto clamped = DistributionEdits::move(s, {false, true, false}, 0, 95, &why);
    QVERIFY(clamped);
    QCOMPARE(QuickFixes::apply(kSeed, *clamped),
             QByteArray(kSeed).replace("positive: 40", "positive: 70").replace("neutral: 30", "neutral: 0"));
}

void TestDistributionEdits::addValueRefusesDuplicatesAndBlanks()
{
    const SpecAnalysis analysis = SpecAnalysis::analyse(kSeed, SpecFormat::Yaml);
    const PropertyDistribution s = DistributionSet::read(analysis).properties.first();
    QString why;
    QVERIFY(!DistributionEdits::addValue(analysis, kSeed, s, QStringLiteral("positive"), &why));
    QVERIFY(why.contains(QStringLiteral("already")));
    QVERIFY(!DistributionEdits::addValue(analysis, kSeed, s, QStringLiteral("  "), &why));
    // A value a path cannot spell (dots, brackets) is still added and removed exactly.
    const auto added = DistributionEdits::addValue(analysis, kSeed, s, QStringLiteral("v1.5 [beta]"), &why);
    QVERIFY2(added, qPrintable(why));
    const QByteArray withValue = QuickFixes::apply(kSeed, *added);
    const SpecAnalysis again = SpecAnalysis::analyse(withValue, SpecFormat::Yaml);
    QVERIFY2(!DistributionSet::read(again).properties.isEmpty(), withValue.constData());
    const PropertyDistribution s2 = DistributionSet::read(again).properties.first();
    QVERIFY2(!s2.values.isEmpty() && !s2.shares.isEmpty(), withValue.constData());
    QCOMPARE(s2.values.last(), QStringLiteral("v1.5 [beta]"));
    QCOMPARE(s2.shares.last().value, QStringLiteral("v1.5 [beta]"));
    const auto removed = DistributionEdits::removeValue(again, withValue, s2, {}, QStringLiteral("v1.5 [beta]"), &why);
    QVERIFY2(removed, qPrintable(why));
    QCOMPARE(QuickFixes::apply(withValue, *removed), kSeed);
    // Values that plain YAML would read as numbers or booleans are quoted, so they stay strings.
    const auto yes = DistributionEdits::addValue(analysis, kSeed, s, QStringLiteral("yes"), &why);
    QVERIFY(yes);
    const QByteArray withYes = QuickFixes::apply(kSeed, *yes);
    QVERIFY2(withYes.contains("neutral, \"yes\"]") && withYes.contains("\"yes\": 0"), withYes.constData());
}

void TestDistributionEdits::removeKeepsAtLeastOneValue()
{
    const QByteArray text = "spec:\n  data_property_variations:\n    - property_name: s\n"
                            "      property_values: [only]\n      base_distributions: {only: 100}\n";
    const SpecAnalysis analysis = SpecAnalysis::analyse(text, SpecFormat::Yaml);
    const PropertyDistribution s = DistributionSet::read(analysis).properties.first();
    QString why;
    QVERIFY(!DistributionEdits::removeValue(analysis, text, s, {}, QStringLiteral("only"), &why));
    QVERIFY(why.contains(QStringLiteral("at least one")));
    // With every other value locked, a value holding a share cannot go without breaking 100.
    const SpecAnalysis seed = SpecAnalysis::analyse(kSeed, SpecFormat::Yaml);
    const PropertyDistribution sentiment = DistributionSet::read(seed).properties.first();
    QVERIFY(
        !DistributionEdits::removeValue(seed, kSeed, sentiment, {false, true, true}, QStringLiteral("positive"), &why));
}

// A property with a list and no shares yet (or shares and no list) loses the value where it
// is; a property no longer in the text is refused.
void TestDistributionEdits::removeTakesTheValueFromWhereItIs()
{
    const QByteArray text("spec:\n  data_property_variations:\n"
                          "    - property_name: p\n      property_values: [a, b]\n"
                          "    - property_name: q\n      base_distributions: {x: 25, y: 75}\n");
    const SpecAnalysis analysis = SpecAnalysis::analyse(text, SpecFormat::Yaml, SpecKind::DataFramer);
    const DistributionSet set = DistributionSet::read(analysis);
    QCOMPARE(set.properties.size(), 2);
    QCOMPARE(DistributionEdits::nodesOf(analysis.tree, set.properties[0]).distribution, SpecTree::kNoNode);
    QString why;
    const auto listed
        = DistributionEdits::removeValue(analysis, text, set.properties[0], {}, QStringLiteral("a"), &why);
    QVERIFY2(listed, qPrintable(why));
    QCOMPARE(QuickFixes::apply(text, *listed), QByteArray(text).replace("[a, b]", "[b]"));
    const auto shared
        = DistributionEdits::removeValue(analysis.tree, text, set.properties[1], {}, QStringLiteral("y"), &why);
    QVERIFY2(shared, qPrintable(why));
    QCOMPARE(QuickFixes::apply(text, *shared), QByteArray(text).replace("{x: 25, y: 75}", "{x: 100}"));

    PropertyDistribution gone = set.properties[1];
    gone.index = 2;
    QVERIFY(!DistributionEdits::removeValue(analysis, text, gone, {}, QStringLiteral("x"), &why));
    QVERIFY2(why.contains(QStringLiteral("no longer")), qPrintable(why));
    QCOMPARE(DistributionEdits::itemPath(1), QStringLiteral("spec.data_property_variations[1]"));
}

void TestDistributionEdits::appliedTracksRangesAcrossProperties()
{
    // A share that grows a digit shifts every later share, in this property and the next.
    const QByteArray text = "spec:\n  data_property_variations:\n"
                            "    - {property_name: a, property_values: [x, y], base_distributions: {x: 5, y: 95}}\n"
                            "    - {property_name: b, property_values: [p, q], base_distributions: {p: 1, q: 99}}\n";
    DistributionSet set = readSet(text);
    QString why;
    const auto splices = DistributionEdits::move(set.properties[0], {false, false}, 0, 50, &why);
    QVERIFY(splices);
    const QByteArray output = QuickFixes::apply(text, *splices);
    set.applied(*splices);
    const DistributionSet fresh = readSet(output);
    for (qsizetype p = 0; p < 2; ++p) {
        for (qsizetype s = 0; s < 2; ++s) {
            QCOMPARE(set.properties[p].shares[s].start, fresh.properties[p].shares[s].start);
            QCOMPARE(set.properties[p].shares[s].units, fresh.properties[p].shares[s].units);
        }
    }
}

void TestDistributionEdits::expectedCountsAddUpToTheSample()
{
    QCOMPARE(DistributionMath::expectedCounts({40, 30, 30}, 1000), QList<qint64>({400, 300, 300}));
    QCOMPARE(DistributionMath::expectedCounts({3333, 3333, 3334}, 1000), QList<qint64>({333, 333, 334}));
    QCOMPARE(DistributionMath::expectedCounts({1, 1, 1}, 10), QList<qint64>({4, 3, 3}));
    QCOMPARE(DistributionMath::expectedCounts({50, 50}, 0), QList<qint64>({0, 0}));
}

void TestDistributionEdits::quickFixListsAnExtraValue()
{
    const QByteArray text = "spec:\n  data_property_variations:\n    - property_name: s\n"
                            "      property_values: [a]\n      base_distributions: {a: 60, b: 40}\n";
    const SpecAnalysis analysis = SpecAnalysis::analyse(text, SpecFormat::Yaml);
    QStringList titles;
    for (const Diagnostic& diagnostic : analysis.diagnostics) {
        for (const QuickFix& fix : QuickFixes::forDiagnostic(diagnostic, analysis, text)) {
            titles << fix.title;
            if (fix.title.startsWith(QStringLiteral("Add 'b'"))) {
                QCOMPARE(QuickFixes::apply(text, fix.splices), QByteArray(text).replace("[a]", "[a, b]"));
            }
        }
    }
    QVERIFY2(titles.contains(QStringLiteral("Add 'b' to property_values")), qPrintable(titles.join(u'|')));
}

QTEST_GUILESS_MAIN(TestDistributionEdits)
#include "TestDistributionEdits.moc"
