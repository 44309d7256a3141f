#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace StoreQuery {
/// Runs one prepared statement; on failure logs it and fills `error` with a sentence.
inline bool run(QSqlQuery& query, QString* error)
{
    if (query.exec()) {
        return true;
    }
    const QString message = query.lastError().text();
    qCWarning(lcStore) << "workspace query failed:" << message;
    if (error != nullptr) {
        *error
            = QCoreApplication::translate("WorkspaceStore", "The workspace database refused a change: %1").arg(message);
    }
    return false;
}
} // namespace StoreQuery
