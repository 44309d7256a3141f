#include "RetryPolicy.h"

#include <QTest>

/// The one retry policy: every wait, a request's and a queued sync run's, grows by the same rule.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesUpToItsCap();
    void requestRetriesGrowByTheRuleWithJitter();
    void queuedRunsGrowByTheSameRule();
    void retryAfterIsHonouredOrRefused();
};

void TestRetryPolicy::backoffDoublesUpToItsCap()
{
    QCOMPARE(RetryPolicy::backoff(500, 30000, 1), 500);
    QCOMPARE(RetryPolicy::backoff(500, 30000, 2), 1000);
    QCOMPARE(RetryPolicy::backoff(500, 30000, 3), 2000);
    QCOMPARE(RetryPolicy::backoff(500, 30000, 10), 30000);
    QCOMPARE(RetryPolicy::backoff(500, 30000, 1000), 30000); // no overflow
    QCOMPARE(RetryPolicy::backoff(500, 30000, 0), 500);
}

void TestRetryPolicy::requestRetriesGrowByTheRuleWithJitter()
{
    const RetryPolicy policy;
    for (int failed = 1; failed <= 8; ++failed) {
        const int base = RetryPolicy::backoff(policy.firstDelayMs, policy.maxDelayMs, failed);
        const int delay = policy.delayBeforeRetry(failed, -1);
        QVERIFY2(delay >= base && delay <= std::min(policy.maxDelayMs, base + base / 5 + 1),
                 qPrintable(QStringLiteral("%1 after %2").arg(delay).arg(failed)));
    }
}

void TestRetryPolicy::queuedRunsGrowByTheSameRule()
{
    const RetryPolicy policy;
    QList<int> waits;
    for (int failed = 1; failed <= 6; ++failed) {
        waits << policy.delayBeforeQueuedRun(failed);
    }
    QCOMPARE(waits, (QList<int> {5000, 10000, 20000, 40000, 60000, 60000}));
}

void TestRetryPolicy::retryAfterIsHonouredOrRefused()
{
    const RetryPolicy policy;
    QCOMPARE(policy.delayBeforeRetry(1, 7), 7000);
    QCOMPARE(policy.delayBeforeRetry(1, policy.maxRetryAfterSeconds + 1), -1);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
