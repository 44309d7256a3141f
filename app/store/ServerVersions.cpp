#include "ServerVersions.h"

#include "PreparedQuery.h"
#include "StoreQuery.h"

namespace ServerVersions {

bool insert(const QSqlDatabase& db, qint64 specId, const RemoteVersion& version, QString* error)
{
    PreparedQuery insert(db,
                         QStringLiteral("INSERT OR REPLACE INTO spec_versions "
                                        "(spec_id, origin, number, content, created_at, author, recorded_at) "
                                        "VALUES (?, 'server', ?, ?, ?, ?, ?)"));
    insert->addBindValue(specId);
    insert->addBindValue(version.number);
    insert->addBindValue(StoreQuery::blob(version.content));
    insert->addBindValue(version.createdAt.isValid() ? version.createdAt.toString(Qt::ISODateWithMs) : QString());
    insert->addBindValue(version.author);
    insert->addBindValue(StoreQuery::nowUtc());
    return insert.run(error);
}

bool replace(const QSqlDatabase& db, qint64 specId, const QList<RemoteVersion>& versions, QString* error)
{
    {
        PreparedQuery clear(db, QStringLiteral("DELETE FROM spec_versions WHERE spec_id = ? AND origin = 'server'"));
        clear->addBindValue(specId);
        if (!clear.run(error)) {
            return false;
        }
    }
    for (const RemoteVersion& version : versions) {
        if (!insert(db, specId, version, error)) {
            return false;
        }
    }
    return true;
}

} // namespace ServerVersions
