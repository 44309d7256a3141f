#pragma once

#include <QString>

/// Where a remote spec stands between the workspace and its server. Shown in the tree, the tab
/// and the status bar, and by `specdesk-cli status`.
enum class SyncState {
    Synced, ///< the workspace text is what the server has
    Draft, ///< local changes not sent yet
    Queued, ///< a sync is waiting for the network (or for a server asking to back off)
    Syncing,
    Conflict, ///< the server changed the same place; nothing is sent until the user decides
    Error, ///< the server refused, the spec is gone or read-only, or the credentials failed
};

namespace SyncStates {
/// Stable id for the workspace and the CLI: synced, draft, queued, syncing, conflict, error.
QString id(SyncState state);
bool fromId(const QString& id, SyncState* state);
/// The word shown in the UI.
QString label(SyncState state);
} // namespace SyncStates
