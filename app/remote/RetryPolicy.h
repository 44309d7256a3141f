#pragma once

#include <QByteArray>
#include <QDateTime>

/// When and how often requests are tried again, and how long one may take: the one policy every
/// layer consults (RemoteCall for reads, SpecSyncTask for a spec's look-then-write cycle, the
/// app's SyncRetryTimer between runs that leave drafts queued), so their retries never stack
/// and every wait grows by the same rule (backoff()).
///
/// `maxAttempts` bounds the tries of one operation, and of one spec in one sync: every request
/// that fails transiently (connection error, timeout, 408, 429, 5xx, a lost reply) uses one of
/// them, whichever layer sends it again (see RetryBudget).
struct RetryPolicy
{
    int maxAttempts = 4; ///< the first try included
    int firstDelayMs = 500; ///< doubled on each retry, with some jitter
    int maxDelayMs = 30000;
    /// No data for this long ends the attempt as a timeout.
    int timeoutMs = 30000;
    /// A longer `Retry-After` is not waited out: the call fails and says when to try again.
    int maxRetryAfterSeconds = 60;
    /// However the bytes trickle in, a read attempt ends as a timeout after this long...
    int readDeadlineMs = 60000;
    /// ...and a write attempt after this long (a write whose request left reports `replyLost`).
    int writeDeadlineMs = 120000;

    /// When a whole sync run left drafts queued (the server unreachable or busy), the next run
    /// waits this long, doubling after each run that fails again up to `queuedMaxDelayMs`.
    int queuedFirstDelayMs = 5000;
    int queuedMaxDelayMs = 60000;

    /// The one growth rule of every wait: `firstMs` doubled after each failure past the first,
    /// never more than `maxMs`.
    static int backoff(int firstMs, int maxMs, int failures);
    /// The wait before the next run after `failedRuns` runs that left drafts queued.
    int delayBeforeQueuedRun(int failedRuns) const { return backoff(queuedFirstDelayMs, queuedMaxDelayMs, failedRuns); }

    /// Statuses worth another try: the server may answer next time.
    static bool isTransientStatus(int status);
    /// The wait before the next try after `failedAttempts` failed ones, in milliseconds; -1 when
    /// the server asked for a wait longer than `maxRetryAfterSeconds`. A `Retry-After` (seconds
    /// or an HTTP date) is honoured in full and rounded up, so the retry never leaves before the
    /// server's time; otherwise the backoff is exponential with jitter.
    int delayBeforeRetry(int failedAttempts, const QByteArray& retryAfter, const QDateTime& now) const;
    /// The same, for a `Retry-After` already read as whole seconds (-1: none given).
    int delayBeforeRetry(int failedAttempts, int retryAfterSeconds) const;
};
