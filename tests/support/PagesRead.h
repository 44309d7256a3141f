#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

/// How many pages a workspace connection has read from its file (or its write-ahead log) so far:
/// SQLite's page-cache misses. A query that walks a 1 MB text reads some 250 pages; one
/// answered from an index reads a handful. So a test can tell "read no text" from "read every
/// version", without timing anything. -1 when the connection is not SQLite's.
inline qint64 pagesRead(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return -1;
    }
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    int current = 0;
    int highest = 0;
    if (connection == nullptr
        || sqlite3_db_status(connection, SQLITE_DBSTATUS_CACHE_MISS, &current, &highest, 0) != 0) {
        return -1;
    }
    return current;
}
