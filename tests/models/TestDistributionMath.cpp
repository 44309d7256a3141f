#include "DistributionMath.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

class TestDistributionMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes_data();
    void normalizes();
    void alwaysSumsExactly();
    void formatsUnits();
};

void TestDistributionMath::normalizes_data()
{
    QTest::addColumn<QList<double>>("shares");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("already 100") << QList<double> {40, 30, 30} << 0 << QList<qint64> {40, 30, 30};
    QTest::newRow("scaled up") << QList<double> {40, 30, 25} << 0 << QList<qint64> {42, 32, 26};
    QTest::newRow("thirds, largest remainder") << QList<double> {1, 1, 1} << 0 << QList<qint64> {34, 33, 33};
    QTest::newRow("thirds at 2 decimals") << QList<double> {1, 1, 1} << 2 << QList<qint64> {3334, 3333, 3333};
    QTest::newRow("all zero splits equally") << QList<double> {0, 0, 0, 0} << 0 << QList<qint64> {25, 25, 25, 25};
    QTest::newRow("negative counts as zero") << QList<double> {-5, 50, 50} << 0 << QList<qint64> {0, 50, 50};
}

void TestDistributionMath::normalizes()
{
    QFETCH(QList<double>, shares);
    QFETCH(int, decimals);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(DistributionMath::normalizedUnits(shares, decimals), expected);
}

void TestDistributionMath::alwaysSumsExactly()
{
    QRandomGenerator random(20261122);
    for (int round = 0; round < 2000; ++round) {
        QList<double> shares;
        const int count = 1 + int(random.bounded(20));
        for (int i = 0; i < count; ++i) {
            shares << random.bounded(1000.0);
        }
        const int decimals = int(random.bounded(3));
        const QList<qint64> units = DistributionMath::normalizedUnits(shares, decimals);
        const qint64 total = decimals == 0 ? 100 : decimals == 1 ? 1000 : 10000;
        QCOMPARE(std::accumulate(units.cbegin(), units.cend(), qint64(0)), total);
        for (qint64 unit : units) {
            QVERIFY(unit >= 0);
        }
    }
}

void TestDistributionMath::formatsUnits()
{
    QCOMPARE(DistributionMath::formatUnits(42, 0), QStringLiteral("42"));
    QCOMPARE(DistributionMath::formatUnits(3334, 2), QStringLiteral("33.34"));
    QCOMPARE(DistributionMath::formatUnits(5, 2), QStringLiteral("0.05"));
    QCOMPARE(DistributionMath::decimalsOf(QStringLiteral("40")), 0);
    QCOMPARE(DistributionMath::decimalsOf(QStringLiteral("33.5")), 1);
}

QTEST_GUILESS_MAIN(TestDistributionMath)
#include "TestDistributionMath.moc"
