#include "DistributionEdits.h"
#include "DocumentParser.h"
#include "PropertyValueEdits.h"
#include "QuickFixes.h"
#include "SpecAnalysis.h"

#include <QTest>

/// The form's edits of one property's values and shares, compared byte for byte with the
/// text expected: each is one splice, the comments and quoting around it stay, and the shares
/// add up to exactly 100 after each.
class TestPropertyValueEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsListTheValuesThenUnlistedShares();
    void parseShareTakesEitherDecimalSeparator();
    void setShareRebalancesTheOthers();
    void setShareWritesTheTypedDecimals();
    void setShareGivesAValueWithoutAShareOne();
    void addValueStartsAtZero();
    void addValueToABlockList();
    void addValueIsTheDistributionPanels();
    void removeValueSpreadsItsShare();
    void removeValueIsTheDistributionPanels();
    void removeValueOfAPropertyWithoutShares();
    void renameValueKeepsEachQuoting();
    void refusalsSayWhy();

private:
    static QByteArray applied(const QByteArray& text, const std::optional<TextSplice>& splice)
    {
        return splice ? splice->applyTo(text) : QByteArray("(no splice)");
    }
    /// The sum of the shares of `property` in the text, in percent.
    static double sumOf(const QByteArray& text, qint32 property)
    {
        const ParseResult parsed = DocumentParser::parse(text, SpecFormat::Yaml);
        QString error;
        const auto read = PropertyValueEdits::read(parsed.tree, property, &error);
        if (!read) {
            return -1;
        }
        return double(read->sumUnits()) * 100.0 / double(read->totalUnits());
    }
};

namespace {

const QByteArray kSpec("spec:\n"
                       "  description: Chats # kept\n"
                       "  data_property_variations:\n"
                       "    - property_name: sentiment # mood\n"
                       "      property_values: [positive, negative] # two\n"
                       "      base_distributions: {positive: 60, negative: 40}\n"
                       "    - property_name: priority\n"
                       "      property_values:\n"
                       "        - high # urgent\n"
                       "        - 'low'\n"
                       "      base_distributions:\n"
                       "        high: 20 # rarely\n"
                       "        'low': 80\n"
                       "    - property_name: tone\n"
                       "      property_values: [warm, cold, flat]\n"
                       "      base_distributions: {warm: 40, cold: 30, flat: 30}\n");

SpecTree treeOf(const QByteArray& text)
{
    return DocumentParser::parse(text, SpecFormat::Yaml).tree;
}

} // namespace

void TestPropertyValueEdits::rowsListTheValuesThenUnlistedShares()
{
    const QByteArray text("spec:\n  data_property_variations:\n"
                          "    - property_name: p\n"
                          "      property_values: [a, b]\n"
                          "      base_distributions: {a: 50, c: 50.0}\n");
    QString error;
    const auto property = PropertyValueEdits::read(treeOf(text), 0, &error);
    QVERIFY2(property, qPrintable(error));
    const QList<PropertyValueEdits::Row> rows = PropertyValueEdits::rows(*property);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].value, QStringLiteral("a"));
    QCOMPARE(rows[0].share, QStringLiteral("50"));
    QVERIFY(rows[0].hasShare && rows[0].listed);
    QCOMPARE(rows[1].value, QStringLiteral("b"));
    QVERIFY(!rows[1].hasShare && rows[1].share.isEmpty());
    QCOMPARE(rows[2].value, QStringLiteral("c"));
    QCOMPARE(rows[2].share, QStringLiteral("50.0")); // as written
    QVERIFY(!rows[2].listed);
    QCOMPARE(PropertyValueEdits::freshValue(*property), QStringLiteral("value_1"));
    QVERIFY(!PropertyValueEdits::read(treeOf(text), 1, &error));
    QVERIFY(!error.isEmpty());
}

void TestPropertyValueEdits::parseShareTakesEitherDecimalSeparator()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    int decimals = -1;
    QCOMPARE(PropertyValueEdits::parseShare(QStringLiteral("12,5"), german, &decimals), 12.5);
    QCOMPARE(decimals, 1);
    QCOMPARE(PropertyValueEdits::parseShare(QStringLiteral("12.5"), german, &decimals), 12.5);
    QCOMPARE(PropertyValueEdits::parseShare(QStringLiteral(" 12.25 % "), english, &decimals), 12.25);
    QCOMPARE(decimals, 2);
    QCOMPARE(PropertyValueEdits::parseShare(QStringLiteral("100"), english, &decimals), 100.0);
    QCOMPARE(decimals, 0);
    QCOMPARE(PropertyValueEdits::parseShare(QStringLiteral(".5"), english, &decimals), 0.5);
    QCOMPARE(PropertyValueEdits::parseShare(QStringLiteral("0"), english, &decimals), 0.0);
    // English has no decimal comma: "12,5" is not 125 read with a thousands separator.
    for (const char* wrong : {"12,5", "", "abc", "-5", "100.01", "1e2", "1.2.3", "5 5"}) {
        QVERIFY2(!PropertyValueEdits::parseShare(QString::fromLatin1(wrong), english, &decimals), wrong);
    }
}

void TestPropertyValueEdits::setShareRebalancesTheOthers()
{
    QString error;
    const auto splice = PropertyValueEdits::setShare(
        kSpec, treeOf(kSpec), 0, QStringLiteral("positive"), QStringLiteral("30"), QLocale::c(), &error);
    QVERIFY2(splice, qPrintable(error));
    const QByteArray expected
        = QByteArray(kSpec).replace("{positive: 60, negative: 40}", "{positive: 30, negative: 70}");
    QCOMPARE(applied(kSpec, splice), expected);
    QCOMPARE(sumOf(expected, 0), 100.0);

    // Three shares: the two others take the rest in proportion to their sizes.
    const auto three = PropertyValueEdits::setShare(
        kSpec, treeOf(kSpec), 2, QStringLiteral("warm"), QStringLiteral("60"), QLocale::c(), &error);
    QCOMPARE(applied(kSpec, three),
             QByteArray(kSpec).replace("{warm: 40, cold: 30, flat: 30}", "{warm: 60, cold: 20, flat: 20}"));

    // The same number again changes nothing.
    const auto same = PropertyValueEdits::setShare(
        kSpec, treeOf(kSpec), 0, QStringLiteral("positive"), QStringLiteral("60"), QLocale::c(), &error);
    QVERIFY2(same, qPrintable(error));
    QVERIFY(PropertyValueEdits::isNoChange(*same));
}

void TestPropertyValueEdits::setShareWritesTheTypedDecimals()
{
    QString error;
    const QLocale german(QLocale::German, QLocale::Germany);
    const auto splice = PropertyValueEdits::setShare(
        kSpec, treeOf(kSpec), 0, QStringLiteral("positive"), QStringLiteral("12,5"), german, &error);
    QVERIFY2(splice, qPrintable(error));
    QCOMPARE(applied(kSpec, splice),
             QByteArray(kSpec).replace("{positive: 60, negative: 40}", "{positive: 12.5, negative: 87.5}"));

    // Block style: only the numbers change, the comment after one stays.
    const auto block = PropertyValueEdits::setShare(
        kSpec, treeOf(kSpec), 1, QStringLiteral("low"), QStringLiteral("33.3"), QLocale::c(), &error);
    const QByteArray blockExpected
        = QByteArray(kSpec).replace("high: 20 # rarely\n        'low': 80", "high: 66.7 # rarely\n        'low': 33.3");
    QCOMPARE(applied(kSpec, block), blockExpected);
    QCOMPARE(sumOf(blockExpected, 1), 100.0);

    // 875 tenths over two equal shares: the odd tenth goes to the first.
    const auto three = PropertyValueEdits::setShare(
        kSpec, treeOf(kSpec), 2, QStringLiteral("warm"), QStringLiteral("12.5"), QLocale::c(), &error);
    const QByteArray threeExpected
        = QByteArray(kSpec).replace("{warm: 40, cold: 30, flat: 30}", "{warm: 12.5, cold: 43.8, flat: 43.7}");
    QCOMPARE(applied(kSpec, three), threeExpected);
    QCOMPARE(sumOf(threeExpected, 2), 100.0);
}

void TestPropertyValueEdits::setShareGivesAValueWithoutAShareOne()
{
    const QByteArray text("spec:\n  data_property_variations:\n"
                          "    - property_name: p\n"
                          "      property_values: [a, b]\n"
                          "      base_distributions: {a: 100}\n");
    QString error;
    const auto splice = PropertyValueEdits::setShare(
        text, treeOf(text), 0, QStringLiteral("b"), QStringLiteral("25"), QLocale::c(), &error);
    QVERIFY2(splice, qPrintable(error));
    QCOMPARE(applied(text, splice), QByteArray(text).replace("{a: 100}", "{a: 75, b: 25}"));
}

void TestPropertyValueEdits::addValueStartsAtZero()
{
    QString error;
    const auto splice = PropertyValueEdits::addValue(kSpec, treeOf(kSpec), 0, QStringLiteral("neutral"), &error);
    QVERIFY2(splice, qPrintable(error));
    // As in the distribution panel: the new value starts at 0, the others keep theirs.
    const QByteArray expected
        = QByteArray(kSpec)
              .replace("[positive, negative] # two", "[positive, negative, neutral] # two")
              .replace("{positive: 60, negative: 40}", "{positive: 60, negative: 40, neutral: 0}");
    QCOMPARE(applied(kSpec, splice), expected);
    QCOMPARE(sumOf(expected, 0), 100.0);

    // A value that reads as a number is listed as a string.
    const auto number = PropertyValueEdits::addValue(kSpec, treeOf(kSpec), 0, QStringLiteral("5"), &error);
    QVERIFY2(number, qPrintable(error));
    QVERIFY(applied(kSpec, number).contains("[positive, negative, \"5\"] # two"));
}

void TestPropertyValueEdits::addValueToABlockList()
{
    QString error;
    const auto splice = PropertyValueEdits::addValue(kSpec, treeOf(kSpec), 1, QStringLiteral("medium"), &error);
    QVERIFY2(splice, qPrintable(error));
    const QByteArray expected = QByteArray(kSpec)
                                    .replace("        - 'low'\n", "        - 'low'\n        - medium\n")
                                    .replace("'low': 80\n", "'low': 80\n        medium: 0\n");
    QCOMPARE(applied(kSpec, splice), expected);
    QCOMPARE(sumOf(expected, 1), 100.0);
}

// The form and the distribution panel add a value alike: the same bytes, made in one splice.
void TestPropertyValueEdits::addValueIsTheDistributionPanels()
{
    const SpecAnalysis analysis = SpecAnalysis::analyse(kSpec, SpecFormat::Yaml, SpecKind::DataFramer);
    const DistributionSet set = DistributionSet::read(analysis);
    for (qint32 property = 0; property < 3; ++property) {
        QString error;
        const auto splice = PropertyValueEdits::addValue(kSpec, analysis.tree, property, QStringLiteral("new"), &error);
        QVERIFY2(splice, qPrintable(error));
        const auto panel
            = DistributionEdits::addValue(analysis, kSpec, set.properties.at(property), QStringLiteral("new"), &error);
        QVERIFY2(panel, qPrintable(error));
        QCOMPARE(applied(kSpec, splice), QuickFixes::apply(kSpec, *panel));
        QCOMPARE(sumOf(applied(kSpec, splice), property), 100.0);
    }
}

void TestPropertyValueEdits::removeValueSpreadsItsShare()
{
    QString error;
    const auto block = PropertyValueEdits::removeValue(kSpec, treeOf(kSpec), 1, QStringLiteral("high"), &error);
    QVERIFY2(block, qPrintable(error));
    const QByteArray blockExpected
        = QByteArray(kSpec)
              .replace("        - high # urgent\n", "")
              .replace("        high: 20 # rarely\n        'low': 80\n", "        'low': 100\n");
    QCOMPARE(applied(kSpec, block), blockExpected);
    QCOMPARE(sumOf(blockExpected, 1), 100.0);

    const auto flow = PropertyValueEdits::removeValue(kSpec, treeOf(kSpec), 2, QStringLiteral("warm"), &error);
    QVERIFY2(flow, qPrintable(error));
    const QByteArray flowExpected = QByteArray(kSpec)
                                        .replace("[warm, cold, flat]", "[cold, flat]")
                                        .replace("{warm: 40, cold: 30, flat: 30}", "{cold: 50, flat: 50}");
    QCOMPARE(applied(kSpec, flow), flowExpected);
    QCOMPARE(sumOf(flowExpected, 2), 100.0);
}

// The form removes a value as the panel does with nothing locked.
void TestPropertyValueEdits::removeValueIsTheDistributionPanels()
{
    const SpecAnalysis analysis = SpecAnalysis::analyse(kSpec, SpecFormat::Yaml, SpecKind::DataFramer);
    const DistributionSet set = DistributionSet::read(analysis);
    for (const auto& [property, value] : {std::pair {0, "negative"}, {1, "low"}, {2, "cold"}}) {
        QString error;
        const auto splice
            = PropertyValueEdits::removeValue(kSpec, analysis.tree, property, QString::fromLatin1(value), &error);
        QVERIFY2(splice, qPrintable(error));
        const auto panel = DistributionEdits::removeValue(
            analysis, kSpec, set.properties.at(property), {}, QString::fromLatin1(value), &error);
        QVERIFY2(panel, qPrintable(error));
        QCOMPARE(applied(kSpec, splice), QuickFixes::apply(kSpec, *panel));
        QCOMPARE(sumOf(applied(kSpec, splice), property), 100.0);
    }
}

// Without base_distributions (or without property_values) the value goes from where it is.
void TestPropertyValueEdits::removeValueOfAPropertyWithoutShares()
{
    const QByteArray listed("spec:\n  data_property_variations:\n"
                            "    - property_name: p\n      property_values: [a, b] # no shares yet\n");
    QString error;
    const auto splice = PropertyValueEdits::removeValue(listed, treeOf(listed), 0, QStringLiteral("b"), &error);
    QVERIFY2(splice, qPrintable(error));
    QCOMPARE(applied(listed, splice), QByteArray(listed).replace("[a, b]", "[a]"));

    const QByteArray shared("spec:\n  data_property_variations:\n"
                            "    - property_name: p\n      base_distributions: {a: 40, b: 60}\n");
    const auto share = PropertyValueEdits::removeValue(shared, treeOf(shared), 0, QStringLiteral("a"), &error);
    QVERIFY2(share, qPrintable(error));
    QCOMPARE(applied(shared, share), QByteArray(shared).replace("{a: 40, b: 60}", "{b: 100}"));
}

void TestPropertyValueEdits::renameValueKeepsEachQuoting()
{
    QString error;
    const auto quoted = PropertyValueEdits::renameValue(
        kSpec, treeOf(kSpec), 1, QStringLiteral("low"), QStringLiteral("it's low"), &error);
    QVERIFY2(quoted, qPrintable(error));
    QCOMPARE(applied(kSpec, quoted),
             QByteArray(kSpec).replace("- 'low'", "- 'it''s low'").replace("'low': 80", "'it''s low': 80"));

    const auto plain = PropertyValueEdits::renameValue(
        kSpec, treeOf(kSpec), 0, QStringLiteral("negative"), QStringLiteral("true"), &error);
    QVERIFY2(plain, qPrintable(error));
    QCOMPARE(applied(kSpec, plain),
             QByteArray(kSpec)
                 .replace("[positive, negative]", "[positive, \"true\"]")
                 .replace("negative: 40}", "\"true\": 40}"));

    const auto commented = PropertyValueEdits::renameValue(
        kSpec, treeOf(kSpec), 1, QStringLiteral("high"), QStringLiteral("urgent"), &error);
    QCOMPARE(applied(kSpec, commented),
             QByteArray(kSpec).replace("- high # urgent", "- urgent # urgent").replace("high: 20", "urgent: 20"));
}

void TestPropertyValueEdits::refusalsSayWhy()
{
    const SpecTree tree = treeOf(kSpec);
    QString error;
    QVERIFY(!PropertyValueEdits::renameValue(
        kSpec, tree, 0, QStringLiteral("positive"), QStringLiteral("negative"), &error));
    QVERIFY(error.contains(QStringLiteral("already")));
    error.clear();
    QVERIFY(!PropertyValueEdits::renameValue(kSpec, tree, 0, QStringLiteral("positive"), QStringLiteral(" "), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!PropertyValueEdits::addValue(kSpec, tree, 0, QStringLiteral("positive"), &error));
    QVERIFY(error.contains(QStringLiteral("already")));
    error.clear();
    QVERIFY(!PropertyValueEdits::setShare(
        kSpec, tree, 0, QStringLiteral("positive"), QStringLiteral("lots"), QLocale::c(), &error));
    QVERIFY(error.contains(QStringLiteral("lots")));
    error.clear();
    QVERIFY(!PropertyValueEdits::removeValue(kSpec, tree, 0, QStringLiteral("missing"), &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
    error.clear();
    QVERIFY(!PropertyValueEdits::addValue(kSpec, tree, 7, QStringLiteral("x"), &error));
    QVERIFY(!error.isEmpty());

    const QByteArray one("spec:\n  data_property_variations:\n"
                         "    - property_name: p\n      property_values: [a]\n      base_distributions: {a: 100}\n");
    error.clear();
    QVERIFY(!PropertyValueEdits::removeValue(one, treeOf(one), 0, QStringLiteral("a"), &error));
    QVERIFY(error.contains(QStringLiteral("at least one")));
}

QTEST_GUILESS_MAIN(TestPropertyValueEdits)
#include "TestPropertyValueEdits.moc"
