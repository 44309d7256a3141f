#pragma once

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace StoreQuery {
/// A timestamp as every table stores it.
inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// The SHA-256 kept beside a text (content_hash, base_hash), so comparisons read small columns.
inline QByteArray hashOf(const QByteArray& content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

/// Bytes to bind to a BLOB column: an empty QByteArray would bind as NULL, not as empty text.
inline QByteArray blob(const QByteArray& bytes)
{
    return bytes.isNull() ? QByteArray("") : bytes;
}

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
