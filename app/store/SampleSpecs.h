#pragma once

#include <QString>

class WorkspaceStore;

/// Puts the "Local" collection with one sample spec of each kind into a new workspace.
///
/// It runs once per workspace (remembered in the database), so a user who deletes a sample
/// never sees it come back.
namespace SampleSpecs {
bool seedIfNew(WorkspaceStore& store, QString* error);
QString localCollectionName();
/// The id of the Local collection, made when the workspace has none; 0 with `error`.
qint64 localCollection(WorkspaceStore& store, QString* error);
} // namespace SampleSpecs
