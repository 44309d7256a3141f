#pragma once

#include <algorithm>

/// The tries left to one operation under RetryPolicy::maxAttempts. A spec's sync hands one
/// budget to all of its requests (SpecJob::setRetryBudget), so the transport's retries of a read
/// and the sync's look-again-then-write cycles draw on the same count: a persistent 503 costs at
/// most `maxAttempts` requests per spec, not their product.
class RetryBudget
{
public:
    explicit RetryBudget(int attempts)
        : m_left(std::max(1, attempts))
    {
    }

    /// One request failed transiently.
    void spend() { m_left = std::max(0, m_left - 1); }
    /// Whether another try may be made.
    bool allowsRetry() const { return m_left > 0; }
    int left() const { return m_left; }

private:
    int m_left;
};
