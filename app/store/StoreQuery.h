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

/// What a database error means for the user, in a sentence that says what to do.
QString plainMessage(const QSqlError& error);

/// Logs a failed statement and fills `error` with a sentence; returns false.
inline bool failed(const QSqlError& why, QString* error)
{
    qCWarning(lcStore) << "workspace query failed:" << why.text();
    if (error != nullptr) {
        *error = plainMessage(why);
    }
    return false;
}

/// Runs one prepared statement; on failure logs it and fills `error` with a sentence.
inline bool run(QSqlQuery& query, QString* error)
{
    return query.exec() || failed(query.lastError(), error);
}

/// Makes the reads in its scope see one state of the database, whatever other connections
/// commit meanwhile: a savepoint, so it nests inside a transaction the caller already holds.
class Snapshot
{
public:
    explicit Snapshot(const QSqlDatabase& db);
    ~Snapshot();
    Snapshot(const Snapshot&) = delete;
    Snapshot& operator=(const Snapshot&) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
} // namespace StoreQuery
