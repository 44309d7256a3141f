#pragma once

#include "ApiKind.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// Copying a spec from one connection onto a spec of another connection of the same API, as a
/// draft of the target: what the target's draft becomes, so that its server takes it as that
/// spec's new content.
namespace SpecTransfer {

/// DataFramer: the source's YAML byte for byte, but for the top-level `metadata`, which the
/// server generates and refuses changes to: the target's is kept. Scale GP: the target with the source's
/// editable fields (name, description, online evaluation; not the theme, which belongs to an
/// account), since the server owns the rest; a field the source lacks stays the target's. Adobe: the source with the
/// target's identity and server-owned fields (`id`, `updatedAt`, …), so the whole-object PUT replaces the right spec.
/// Nothing, with why in `error`, when a JSON side is not an object.
std::optional<QByteArray> onto(ApiKind api, const QByteArray& source, const QByteArray& target, QString* error);

} // namespace SpecTransfer
