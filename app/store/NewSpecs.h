#pragma once

#include "SpecKind.h"

#include <QByteArray>
#include <QString>

class WorkspaceStore;

/// File ▸ New: a spec of each kind from a small template that passes SpecDesk's own checks,
/// so a new spec starts with the shape its server expects rather than an empty page.
namespace NewSpecs {

/// The template of `kind`; empty for the plain kinds, which start empty.
QByteArray templateText(SpecKind kind);

/// Adds a spec of `kind` from its template to the Local collection (made when missing), named
/// "New DataFramer spec", then "… 2", "… 3" when the name is taken. Its id, or 0 with `error`.
qint64 add(WorkspaceStore& store, SpecKind kind, QString* error);

} // namespace NewSpecs
