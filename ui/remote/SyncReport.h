#pragma once

#include "SyncOutcome.h"

#include <QList>
#include <QString>

#include <functional>

/// One status-bar sentence for a finished sync run: what happened to the spec when there was one
/// ("Synced “Billing”."), else a count per result ("Sync finished: 3 synced, 1 in conflict.").
namespace SyncReport {

/// `titleOf` names a spec by id. Empty when `quietUnlessProgress` is set and every spec is still
/// queued: a retry in the background that got nowhere says nothing (the offline label does).
QString describe(const QList<SyncOutcome>& outcomes,
                 const std::function<QString(qint64 specId)>& titleOf,
                 bool quietUnlessProgress);

} // namespace SyncReport
