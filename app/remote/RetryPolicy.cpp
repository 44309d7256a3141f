#include "RetryPolicy.h"

#include "RemoteError.h"

#include <QRandomGenerator>

#include <algorithm>

bool RetryPolicy::isTransientStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

int RetryPolicy::delayBeforeRetry(int failedAttempts, const QByteArray& retryAfter, const QDateTime& now) const
{
    const qint64 serverMs = RemoteErrors::parseRetryAfterMs(retryAfter, now);
    if (serverMs >= 0) {
        return serverMs > qint64(maxRetryAfterSeconds) * 1000 ? -1 : static_cast<int>(serverMs);
    }
    return delayBeforeRetry(failedAttempts, -1);
}

int RetryPolicy::backoff(int firstMs, int maxMs, int failures)
{
    const qint64 grown = qint64(std::max(1, firstMs)) << std::clamp(failures - 1, 0, 16);
    return int(std::min<qint64>(std::max(firstMs, maxMs), grown));
}

int RetryPolicy::delayBeforeRetry(int failedAttempts, int retryAfterSeconds) const
{
    if (retryAfterSeconds >= 0) {
        return retryAfterSeconds > maxRetryAfterSeconds ? -1 : retryAfterSeconds * 1000;
    }
    const int exponential = backoff(firstDelayMs, maxDelayMs, failedAttempts);
    // Jitter spreads out many clients retrying after the same outage.
    const int jitter = static_cast<int>(QRandomGenerator::global()->bounded(exponential / 5 + 1));
    return std::min(maxDelayMs, exponential + jitter);
}
