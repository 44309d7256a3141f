#pragma once

#include "RemoteSpec.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

/// The versions a server keeps of a spec (DataFramer's), as the workspace stores them beside
/// the local snapshots. On whichever connection the caller writes through: a pull records them
/// through the store's, a sync through its journal's, inside the transaction it already holds.
namespace ServerVersions {
/// Stores one, replacing a stored one with the same number.
bool insert(const QSqlDatabase& db, qint64 specId, const RemoteVersion& version, QString* error);
/// Replaces all of them with `versions`. Call it inside a transaction: alone, each row would be
/// a commit of its own, and a failure would leave half the list.
bool replace(const QSqlDatabase& db, qint64 specId, const QList<RemoteVersion>& versions, QString* error);
} // namespace ServerVersions
