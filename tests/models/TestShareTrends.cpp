#include "ShareTrends.h"

#include <QTest>

/// How each share moved across versions, read from the versions' texts.
class TestShareTrends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharesAcrossVersions()
    {
        const QByteArray v1("spec:\n  data_property_variations:\n    - property_name: sentiment\n"
                            "      property_values: [positive, negative]\n"
                            "      base_distributions: {positive: 40, negative: 60}\n");
        const QByteArray v2("spec:\n  data_property_variations:\n    - property_name: sentiment\n"
                            "      property_values: [positive, negative, neutral]\n"
                            "      base_distributions: {positive: 35.5, negative: 44.5, neutral: 20}\n"
                            "    - property_name: priority\n      property_values: [high]\n"
                            "      base_distributions: {high: 100}\n");
        const QByteArray broken("spec: [unclosed\n");
        const ShareTrends trends = ShareTrends::read(
            {{QStringLiteral("v1"), v1}, {QStringLiteral("v2"), broken}, {QStringLiteral("Draft"), v2}});
        QCOMPARE(trends.versions, QStringList({QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("Draft")}));
        QCOMPARE(trends.properties.size(), 2);
        const ShareTrends::Property& sentiment = trends.properties.at(0);
        QCOMPARE(sentiment.name, QStringLiteral("sentiment"));
        QCOMPARE(sentiment.series.size(), 3);
        QCOMPARE(sentiment.series.at(0).value, QStringLiteral("positive"));
        QCOMPARE(sentiment.series.at(0).percents.size(), 3);
        QCOMPARE(*sentiment.series.at(0).percents.at(0), 40.0);
        QVERIFY(!sentiment.series.at(0).percents.at(1)); // the version that does not parse
        QCOMPARE(*sentiment.series.at(0).percents.at(2), 35.5);
        // A value that appears later has no share before it.
        QCOMPARE(sentiment.series.at(2).value, QStringLiteral("neutral"));
        QVERIFY(!sentiment.series.at(2).percents.at(0));
        QCOMPARE(*sentiment.series.at(2).percents.at(2), 20.0);
        QCOMPARE(trends.properties.at(1).series.at(0).percents.size(), 3);
    }
};

QTEST_MAIN(TestShareTrends)
#include "TestShareTrends.moc"
