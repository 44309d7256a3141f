#include "WriteLeases.h"

#include "PreparedQuery.h"
#include "StoreQuery.h"

#include <QDateTime>
#include <QUuid>

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

WriteLeases::WriteLeases(QString connectionName)
    : m_connectionName(std::move(connectionName))
    , m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

QSqlDatabase WriteLeases::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool WriteLeases::tryAcquire(qint64 specId, Holder* holder)
{
    *holder = {};
    const ProcessIdentity& self = ProcessIdentity::current();
    const qint64 now = nowMs();
    // One statement each, so two processes racing for a lease cannot both win: the insert
    // succeeds for one, and the takeover below only replaces the very owner found dead.
    {
        PreparedQuery insert(db(),
                             QStringLiteral("INSERT INTO sync_leases (spec_id, owner, host, pid, process_started, "
                                            "acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                            "ON CONFLICT(spec_id) DO NOTHING"));
        for (const QVariant& value : QVariantList {specId, m_owner, self.host, self.pid, self.started, now, now}) {
            insert->addBindValue(value);
        }
        if (!insert.run(nullptr)) {
            return false;
        }
        if (insert->numRowsAffected() == 1) {
            return true;
        }
    }
    const std::optional<std::pair<Holder, qint64>> found = holderOf(specId);
    if (!found) {
        return false; // released meanwhile: the caller tries again
    }
    if (found->first.owner == m_owner) {
        return true;
    }
    if (isAlive(found->first, found->second)) {
        *holder = found->first;
        return false;
    }
    QSqlQuery takeOver(db());
    takeOver.prepare(QStringLiteral("UPDATE sync_leases SET owner = ?, host = ?, pid = ?, process_started = ?, "
                                    "acquired_at = ?, heartbeat_at = ? WHERE spec_id = ? AND owner = ?"));
    for (const QVariant& value :
         QVariantList {m_owner, self.host, self.pid, self.started, now, now, specId, found->first.owner}) {
        takeOver.addBindValue(value);
    }
    return StoreQuery::run(takeOver, nullptr) && takeOver.numRowsAffected() == 1;
}

void WriteLeases::release(qint64 specId)
{
    PreparedQuery query(db(), QStringLiteral("DELETE FROM sync_leases WHERE spec_id = ? AND owner = ?"));
    query->addBindValue(specId);
    query->addBindValue(m_owner);
    query.run(nullptr);
}

void WriteLeases::releaseAll()
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM sync_leases WHERE owner = ?"));
    query.addBindValue(m_owner);
    StoreQuery::run(query, nullptr);
}

void WriteLeases::heartbeat()
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE sync_leases SET heartbeat_at = ? WHERE owner = ?"));
    query.addBindValue(nowMs());
    query.addBindValue(m_owner);
    StoreQuery::run(query, nullptr);
}

std::optional<WriteLeases::Holder> WriteLeases::liveHolder(qint64 specId) const
{
    const std::optional<std::pair<Holder, qint64>> found = holderOf(specId);
    if (!found || found->first.owner == m_owner || !isAlive(found->first, found->second)) {
        return std::nullopt;
    }
    return found->first;
}

bool WriteLeases::isAlive(const Holder& holder, qint64 heartbeatAtMs) const
{
    bool known = false;
    const bool running = ProcessIdentity::isRunning(holder.process, &known);
    return known ? running : nowMs() - heartbeatAtMs < kStaleAfterMs;
}

std::optional<std::pair<WriteLeases::Holder, qint64>> WriteLeases::holderOf(qint64 specId) const
{
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("SELECT owner, host, pid, process_started, heartbeat_at FROM sync_leases WHERE spec_id = ?"));
    query.addBindValue(specId);
    if (!StoreQuery::run(query, nullptr) || !query.next()) {
        return std::nullopt;
    }
    Holder holder;
    holder.owner = query.value(0).toString();
    holder.process.host = query.value(1).toString();
    holder.process.pid = query.value(2).toLongLong();
    holder.process.started = query.value(3).toString();
    return std::make_pair(holder, query.value(4).toLongLong());
}
