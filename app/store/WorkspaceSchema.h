#pragma once

#include <QSqlDatabase>
#include <QString>

/// Creates and upgrades the workspace database, one numbered step at a time.
///
/// Each step runs in its own transaction and bumps `schema_version`, so a crash mid-upgrade
/// leaves the database at the last complete version and the next start resumes from there.
namespace WorkspaceSchema {
/// The version this build writes. A database newer than this is refused, never downgraded.
int currentVersion();
int versionOf(QSqlDatabase& db);
bool upgrade(QSqlDatabase& db, QString* error);
} // namespace WorkspaceSchema
