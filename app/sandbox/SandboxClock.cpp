#include "SandboxClock.h"

#include <QTimeZone>

#include <algorithm>

QDateTime SandboxClock::next()
{
    return QDateTime::fromMSecsSinceEpoch(nextMsecs(), QTimeZone::utc());
}

qint64 SandboxClock::nextMsecs()
{
    m_last = std::max(QDateTime::currentMSecsSinceEpoch(), m_last + 1);
    return m_last;
}

void SandboxClock::observe(qint64 msecs)
{
    m_last = std::max(m_last, msecs);
}

QString SandboxClock::toIso(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return utc.time().msec() == 0 ? utc.toString(Qt::ISODate) : utc.toString(Qt::ISODateWithMs);
}

QDateTime SandboxClock::fromIso(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}
