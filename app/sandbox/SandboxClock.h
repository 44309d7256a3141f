#pragma once

#include <QDateTime>

/// Hands out modification times that strictly increase, even for two edits in one millisecond,
/// so a client comparing `updated_at` / `updatedAt` always sees that something changed.
class SandboxClock
{
public:
    /// Now in UTC, or one millisecond after the previous answer if that is later.
    QDateTime next();
    qint64 nextMsecs();
    /// Never answer at or before `msecs` again (used for times loaded from seeds).
    void observe(qint64 msecs);

    /// ISO 8601 in UTC with a Z; milliseconds only when there are some.
    static QString toIso(const QDateTime& time);
    static QDateTime fromIso(const QString& text);

private:
    qint64 m_last = 0;
};
