#include "ConnectionStore.h"

#include "StoreQuery.h"
#include "WorkspaceStore.h"

#include <QJsonDocument>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionStore)
};

const char* const kColumns = "id, collection_id, name, api, base_url, settings";

Connection connectionFromRow(const QSqlQuery& query)
{
    Connection connection;
    connection.id = query.value(0).toLongLong();
    connection.collectionId = query.value(1).toLongLong();
    connection.name = query.value(2).toString();
    ApiKinds::fromId(query.value(3).toString(), &connection.api);
    connection.baseUrl = QUrl(query.value(4).toString());
    Connections::settingsFromJson(QJsonDocument::fromJson(query.value(5).toByteArray()).object(), &connection);
    return connection;
}

QByteArray settingsText(const Connection& connection)
{
    return QJsonDocument(Connections::settingsToJson(connection)).toJson(QJsonDocument::Compact);
}

} // namespace

ConnectionStore::ConnectionStore(WorkspaceStore* store)
    : m_store(store)
{
}

QList<Connection> ConnectionStore::connections() const
{
    QSqlQuery query(m_store->database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM connections ORDER BY name COLLATE NOCASE").arg(QLatin1String(kColumns)));
    QList<Connection> result;
    if (!StoreQuery::run(query, nullptr)) {
        return result;
    }
    while (query.next()) {
        result << connectionFromRow(query);
    }
    return result;
}

std::optional<Connection> ConnectionStore::findOne(const QString& where, const QVariant& value) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT %1 FROM connections WHERE %2 = ?").arg(QLatin1String(kColumns), where));
    query.addBindValue(value);
    if (!StoreQuery::run(query, nullptr) || !query.next()) {
        return std::nullopt;
    }
    return connectionFromRow(query);
}

std::optional<Connection> ConnectionStore::connection(qint64 connectionId) const
{
    return findOne(QStringLiteral("id"), connectionId);
}

std::optional<Connection> ConnectionStore::connectionNamed(const QString& name) const
{
    return findOne(QStringLiteral("name"), name);
}

std::optional<Connection> ConnectionStore::connectionForCollection(qint64 collectionId) const
{
    return findOne(QStringLiteral("collection_id"), collectionId);
}

qint64 ConnectionStore::add(Connection connection, QString* error)
{
    connection.name = connection.name.trimmed();
    const QString invalid = Connections::validate(connection);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return 0;
    }
    if (connectionNamed(connection.name)) {
        *error = Text::tr("A connection named '%1' already exists.").arg(connection.name);
        return 0;
    }
    QSqlDatabase db = m_store->database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return 0;
    }
    QSqlQuery collection(db);
    collection.prepare(
        QStringLiteral("INSERT INTO collections (name, type, position) "
                       "VALUES (?, 'remote', (SELECT COALESCE(MAX(position), 0) + 1 FROM collections))"));
    collection.addBindValue(connection.name);
    if (!StoreQuery::run(collection, error)) {
        db.rollback();
        return 0;
    }
    connection.collectionId = collection.lastInsertId().toLongLong();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO connections (collection_id, name, api, base_url, settings) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(connection.collectionId);
    insert.addBindValue(connection.name);
    insert.addBindValue(ApiKinds::id(connection.api));
    insert.addBindValue(connection.baseUrl.toString(QUrl::FullyEncoded));
    insert.addBindValue(settingsText(connection));
    if (!StoreQuery::run(insert, error) || !db.commit()) {
        db.rollback();
        return 0;
    }
    connection.id = insert.lastInsertId().toLongLong();
    m_store->announceCollectionsChanged();
    return connection.id;
}

bool ConnectionStore::update(const Connection& connection, QString* error)
{
    const QString invalid = Connections::validate(connection);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    const std::optional<Connection> sameName = connectionNamed(connection.name.trimmed());
    if (sameName && sameName->id != connection.id) {
        *error = Text::tr("A connection named '%1' already exists.").arg(connection.name);
        return false;
    }
    QSqlDatabase db = m_store->database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE connections SET name = ?, base_url = ?, settings = ? WHERE id = ?"));
    update.addBindValue(connection.name.trimmed());
    update.addBindValue(connection.baseUrl.toString(QUrl::FullyEncoded));
    update.addBindValue(settingsText(connection));
    update.addBindValue(connection.id);
    QSqlQuery rename(db);
    rename.prepare(QStringLiteral("UPDATE collections SET name = ? "
                                  "WHERE id = (SELECT collection_id FROM connections WHERE id = ?)"));
    rename.addBindValue(connection.name.trimmed());
    rename.addBindValue(connection.id);
    if (!StoreQuery::run(update, error) || !StoreQuery::run(rename, error) || !db.commit()) {
        db.rollback();
        return false;
    }
    m_store->announceCollectionsChanged();
    return true;
}

bool ConnectionStore::remove(qint64 connectionId, QString* error)
{
    const std::optional<Connection> existing = connection(connectionId);
    if (!existing) {
        *error = Text::tr("This connection no longer exists.");
        return false;
    }
    // Deleting the collection cascades to the connection, its specs and their versions.
    return m_store->removeCollection(existing->collectionId, error);
}
