#include "PreparedQuery.h"

#include "StoreQuery.h"

#include <QSqlDriver>

#include <unordered_map>

namespace {

struct Kept
{
    explicit Kept(const QSqlDatabase& db)
        : query(db)
    {
    }
    QSqlQuery query;
    bool inUse = false;
};

using ConnectionStatements = std::unordered_map<QString, std::unique_ptr<Kept>>;

/// More distinct statements than a connection uses; SQL built with values in it cannot grow
/// the cache without bound.
constexpr size_t kMostKept = 256;

std::unordered_map<QString, ConnectionStatements>& statements()
{
    // A connection is used only on the thread that opened it.
    thread_local std::unordered_map<QString, ConnectionStatements> perConnection;
    return perConnection;
}

} // namespace

PreparedQuery::PreparedQuery(const QSqlDatabase& db, const QString& sql)
    : m_connectionName(db.connectionName())
    , m_sql(sql)
{
    ConnectionStatements& connection = statements()[db.connectionName()];
    auto found = connection.find(sql);
    // A connection opened again under the same name has another driver: its statements are gone.
    if (found != connection.end() && !found->second->inUse && found->second->query.driver() != db.driver()) {
        connection.erase(found);
        found = connection.end();
    }
    if (found == connection.end()) {
        if (connection.size() >= kMostKept) {
            // Only statements not in use: a caller further up still holds its own.
            std::erase_if(connection, [](const auto& entry) { return !entry.second->inUse; });
        }
        auto kept = std::make_unique<Kept>(db);
        kept->query.setForwardOnly(true);
        if (kept->query.prepare(sql)) {
            found = connection.emplace(sql, std::move(kept)).first;
        }
        // Not kept when it fails: the table it names may exist by the next call.
    }
    if (found == connection.end() || found->second->inUse) {
        m_own = std::make_unique<QSqlQuery>(db);
        m_own->setForwardOnly(true);
        m_prepared = m_own->prepare(sql);
        m_prepareError = m_own->lastError();
        m_query = m_own.get();
        return;
    }
    Kept& kept = *found->second;
    kept.inUse = true;
    m_inUse = &kept.inUse;
    m_query = &kept.query;
    m_prepared = true;
}

PreparedQuery::~PreparedQuery()
{
    // Reset, so the statement holds no read open on the database (WAL readers block a checkpoint).
    m_query->finish();
    if (m_inUse == nullptr) {
        return;
    }
    *m_inUse = false;
    for (const QVariant& value : m_query->boundValues()) {
        const auto type = value.typeId();
        if ((type == QMetaType::QByteArray && value.toByteArray().size() >= kLargeValue)
            || (type == QMetaType::QString && value.toString().size() >= kLargeValue / 2)) {
            m_keep = false;
        }
    }
    if (!m_keep) {
        ConnectionStatements& connection = statements()[m_connectionName];
        const auto found = connection.find(m_sql);
        if (found != connection.end() && &found->second->inUse == m_inUse) {
            connection.erase(found);
        }
    }
}

QByteArray PreparedQuery::bytes(int column)
{
    QByteArray value = m_query->value(column).toByteArray();
    m_bytesRead += value.size();
    if (m_bytesRead >= kLargeValue) {
        m_keep = false;
    }
    return value;
}

bool PreparedQuery::run(QString* error)
{
    return m_prepared ? StoreQuery::run(*m_query, error) : StoreQuery::failed(m_prepareError, error);
}

void PreparedQuery::forget(const QString& connectionName)
{
    statements().erase(connectionName);
}

qsizetype PreparedQuery::keptCount(const QString& connectionName)
{
    const auto found = statements().find(connectionName);
    return found == statements().end() ? 0 : qsizetype(found->second.size());
}
