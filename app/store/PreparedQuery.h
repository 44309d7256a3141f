#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>

/// A statement prepared once per connection and kept for the next call with the same SQL.
/// Preparing (SQLite's parser and Qt's placeholder rewriting) costs several times what running
/// it again does, and a sync runs some thirty statements per spec. Bind the values and run it
/// as a QSqlQuery; it is reset when this goes out of scope, so no read stays open.
///
/// A kept statement holds on to its bound values and to the last row it read until it runs
/// again. One that bound a large value, or read large values through bytes(), is not kept, so a
/// 10 MB text is not held in memory by a statement waiting for reuse.
///
/// The statements live per thread and per connection; forget() them before the connection is
/// removed. A statement already in use further up the stack is not shared: that caller gets a
/// query of its own.
class PreparedQuery
{
public:
    PreparedQuery(const QSqlDatabase& db, const QString& sql);
    ~PreparedQuery();
    PreparedQuery(const PreparedQuery&) = delete;
    PreparedQuery& operator=(const PreparedQuery&) = delete;

    /// Runs it with the values bound so far; on failure (the SQL could not be prepared, or
    /// running it failed) logs why and fills `error` with a sentence, as StoreQuery::run() does.
    bool run(QString* error);
    QSqlQuery& operator*() { return *m_query; }
    QSqlQuery* operator->() { return m_query; }

    /// A BLOB or text column of the current row. Read texts this way: once they add up to a
    /// large value, the statement is not kept.
    QByteArray bytes(int column);
    /// Bytes from which a value is large.
    static constexpr qsizetype kLargeValue = 64 * 1024;

    /// Drops the statements kept for a connection: call before it is closed and removed.
    static void forget(const QString& connectionName);
    /// How many statements this thread keeps for a connection.
    static qsizetype keptCount(const QString& connectionName);

private:
    QSqlQuery* m_query = nullptr;
    std::unique_ptr<QSqlQuery> m_own; ///< when the kept statement is in use further up
    bool* m_inUse = nullptr;
    bool m_prepared = false;
    bool m_keep = true;
    qsizetype m_bytesRead = 0;
    QSqlError m_prepareError;
    QString m_connectionName;
    QString m_sql;
};
