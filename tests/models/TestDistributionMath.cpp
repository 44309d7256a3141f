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
    void rebalancesInProportion();
    void rebalanceRespectsLocks();
    void rebalanceRefusesWhenNothingElseCanMove();
    void rebalanceKeepsTheInvariants();
    void equalizes();
    void lockedActionsKeepTheInvariants();
};

void TestDistributionMath::rebalancesInProportion()
{
    QString why;
    // positive 40 -> 50: negative and neutral (30, 30) give up 5 each.
    QCOMPARE(*DistributionMath::rebalance({40, 30, 30}, {false, false, false}, 0, 50, 100, &why),
             (QList<qint64> {50, 25, 25}));
    // Shares go in proportion: 60/20 give 3:1.
    QCOMPARE(*DistributionMath::rebalance({20, 60, 20}, {false, false, false}, 0, 40, 100, &why),
             (QList<qint64> {40, 45, 15}));
    // All others at 0: they share equally (largest remainder, earliest first).
    QCOMPARE(*DistributionMath::rebalance({100, 0, 0}, {false, false, false}, 0, 99, 100, &why),
             (QList<qint64> {99, 1, 0}));
    // A target past what is possible is clamped: others hit 0, never below.
    QCOMPARE(*DistributionMath::rebalance({40, 30, 30}, {false, false, false}, 1, 150, 100, &why),
             (QList<qint64> {0, 100, 0}));
}

void TestDistributionMath::rebalanceRespectsLocks()
{
    QString why;
    const auto result = DistributionMath::rebalance({40, 30, 30}, {false, true, false}, 0, 60, 100, &why);
    QCOMPARE(*result, (QList<qint64> {60, 30, 10}));
    // With 30 locked, the most the first can take is 70.
    QCOMPARE(*DistributionMath::rebalance({40, 30, 30}, {false, true, false}, 0, 95, 100, &why),
             (QList<qint64> {70, 30, 0}));
}

void TestDistributionMath::rebalanceRefusesWhenNothingElseCanMove()
{
    QString why;
    QVERIFY(!DistributionMath::rebalance({40, 30, 30}, {false, true, true}, 0, 50, 100, &why));
    QVERIFY(why.contains(QStringLiteral("locked")));
    QVERIFY(!DistributionMath::rebalance({40, 60}, {true, false}, 0, 50, 100, &why));
    QVERIFY(!DistributionMath::rebalance({100}, {false}, 0, 50, 100, &why));
}

void TestDistributionMath::rebalanceKeepsTheInvariants()
{
    // Property test: random splits, locks and moves always keep the total, never go below 0
    // and never move a locked share.
    QRandomGenerator random(424242);
    for (int round = 0; round < 5000; ++round) {
        const int count = 2 + int(random.bounded(12));
        const qint64 total = random.bounded(2) ? 100 : 10000;
        QList<qint64> units = DistributionMath::normalizedUnits(QList<double>(count, 1.0), total == 100 ? 0 : 2);
        for (int shuffle = 0; shuffle < 3; ++shuffle) {
            const QList<double> shares = [&] {
                QList<double> s;
                for (int i = 0; i < count; ++i) {
                    s << random.bounded(100.0);
                }
                return s;
            }();
            units = DistributionMath::normalizedUnits(shares, total == 100 ? 0 : 2);
        }
        QList<bool> locked;
        for (int i = 0; i < count; ++i) {
            locked << (random.bounded(4) == 0);
        }
        const int index = int(random.bounded(count));
        const qint64 target = qint64(random.bounded(int(total * 1.5))) - total / 4;
        QString why;
        const auto result = DistributionMath::rebalance(units, locked, index, target, total, &why);
        int movable = 0;
        for (int i = 0; i < count; ++i) {
            movable += (i != index && !locked[i]) ? 1 : 0;
        }
        if (locked[index] || movable == 0) {
            QVERIFY(!result);
            QVERIFY(!why.isEmpty());
            continue;
        }
        QVERIFY(result);
        QCOMPARE(std::accumulate(result->cbegin(), result->cend(), qint64(0)), total);
        for (int i = 0; i < count; ++i) {
            QVERIFY((*result)[i] >= 0);
            if (locked[i]) {
                QCOMPARE((*result)[i], units[i]);
            }
        }
        if (target >= 0 && target <= total) {
            qint64 lockedSum = 0;
            for (int i = 0; i < count; ++i) {
                lockedSum += (locked[i] && i != index) ? units[i] : 0;
            }
            QCOMPARE((*result)[index], std::min(target, total - lockedSum));
        }
    }
}

void TestDistributionMath::equalizes()
{
    QCOMPARE(DistributionMath::equalize({70, 20, 10}, {false, false, false}, 100), (QList<qint64> {34, 33, 33}));
    QCOMPARE(DistributionMath::equalize({70, 20, 10}, {false, true, false}, 100), (QList<qint64> {40, 20, 40}));
}

void TestDistributionMath::lockedActionsKeepTheInvariants()
{
    // Property test for Equalize, Normalize and expected counts: random shares (not summing to
    // the total), random locks. Locked shares never move; the rest sum to exactly the total.
    QRandomGenerator random(7777);
    for (int round = 0; round < 3000; ++round) {
        const int count = 1 + int(random.bounded(15));
        const qint64 total = random.bounded(2) ? 100 : 1000;
        QList<qint64> units;
        QList<bool> locked;
        for (int i = 0; i < count; ++i) {
            units << qint64(random.bounded(int(total / 2)));
            locked << (random.bounded(3) == 0);
        }
        qint64 lockedSum = 0;
        for (int i = 0; i < count; ++i) {
            lockedSum += locked[i] ? units[i] : 0;
        }
        QString why;
        const auto normalized = DistributionMath::normalize(units, locked, total, &why);
        QCOMPARE(bool(normalized), locked.contains(false) && lockedSum <= total);
        if (normalized) {
            QCOMPARE(std::accumulate(normalized->cbegin(), normalized->cend(), qint64(0)), total);
        }
        if (lockedSum <= total && locked.contains(false)) {
            const QList<qint64> equal = DistributionMath::equalize(units, locked, total);
            QCOMPARE(std::accumulate(equal.cbegin(), equal.cend(), qint64(0)), total);
            for (const QList<qint64>& result : {*normalized, equal}) {
                for (int i = 0; i < count; ++i) {
                    QVERIFY(result[i] >= 0);
                    if (locked[i]) {
                        QCOMPARE(result[i], units[i]);
                    }
                }
            }
        }
        const qint64 sample = qint64(random.bounded(100000));
        const QList<qint64> counts = DistributionMath::expectedCounts(units, sample);
        QCOMPARE(std::accumulate(counts.cbegin(), counts.cend(), qint64(0)), sample);
    }
}

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
    QCOMPARE(DistributionMath::decimalsOf(QStringLiteral("1.5e1")), 0);
    QCOMPARE(DistributionMath::scaleOf(2), 100);
}

QTEST_GUILESS_MAIN(TestDistributionMath)
#include "TestDistributionMath.moc"
