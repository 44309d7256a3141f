#include "SyncRetryTimer.h"

SyncRetryTimer::SyncRetryTimer(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    // A back-off is never cut short by a coarse timer's 5 % slack.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SyncRetryTimer::due);
}

void SyncRetryTimer::setPolicy(const RetryPolicy& policy)
{
    m_policy = policy;
    m_failedRuns = 0;
}

void SyncRetryTimer::setDelays(int firstMs, int maxMs)
{
    m_policy.queuedFirstDelayMs = std::max(1, firstMs);
    m_policy.queuedMaxDelayMs = std::max(m_policy.queuedFirstDelayMs, maxMs);
    m_failedRuns = 0;
}

void SyncRetryTimer::resume()
{
    if (!m_timer.isActive()) {
        m_timer.start(nextDelayMs());
    }
}

void SyncRetryTimer::update(qsizetype queued, std::optional<bool> unreachable)
{
    QString text;
    if (queued == 0) {
        m_timer.stop();
        m_failedRuns = 0;
    } else {
        // A run in which no spec ended queued (another spec synced meanwhile) keeps the wording.
        m_unreachable = unreachable.value_or(m_unreachable);
        if (m_unreachable) {
            text = queued == 1 ? tr("Offline — 1 draft queued") : tr("Offline — %1 drafts queued").arg(queued);
        } else {
            text = queued == 1 ? tr("Server busy — 1 draft queued") : tr("Server busy — %1 drafts queued").arg(queued);
        }
        if (!m_timer.isActive()) {
            m_timer.start(nextDelayMs());
            ++m_failedRuns;
        }
    }
    if (text != m_text) {
        m_text = text;
        Q_EMIT textChanged(text);
    }
}
