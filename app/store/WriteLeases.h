#pragma once

#include "ProcessIdentity.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Which SpecDesk process is writing a spec to its server. Several processes may share one
/// workspace (the GUI, `specdesk-cli sync` from a script, a second window); each takes a spec's
/// lease before it looks at the server and keeps it until the outcome is journalled, so no two
/// of them ever send the same draft. A lease of a process that died (a crash, `kill -9`) is
/// taken over; one whose owner lives is waited for. On another machine sharing the folder, an
/// owner counts as alive while its heartbeat is fresh.
class WriteLeases
{
public:
    /// The holder of a lease, as the user is told ("being synced by another SpecDesk (PID N)").
    struct Holder
    {
        ProcessIdentity process;
        QString owner;
    };

    /// `connectionName`: the database connection to use (the sync journal's).
    explicit WriteLeases(QString connectionName);

    /// Takes the spec's lease for this owner, from nobody or from a dead process. When another
    /// live owner holds it, returns false and says who in `holder`. False with an empty holder
    /// when the database failed.
    bool tryAcquire(qint64 specId, Holder* holder);
    /// Gives the lease back; only this owner's.
    void release(qint64 specId);
    /// Gives back every lease of this owner (its journal is going away).
    void releaseAll();
    /// Tells the other processes this owner is still at work.
    void heartbeat();
    /// The live owner other than this one holding the spec's lease, if any.
    std::optional<Holder> liveHolder(qint64 specId) const;

    /// A heartbeat older than this makes an owner on another machine count as gone.
    static constexpr qint64 kStaleAfterMs = 60 * 1000;

private:
    bool isAlive(const Holder& holder, qint64 heartbeatAtMs) const;
    std::optional<std::pair<Holder, qint64>> holderOf(qint64 specId) const;
    QSqlDatabase db() const;

    QString m_connectionName;
    QString m_owner; ///< unique per journal: two engines in one process are two owners
};
