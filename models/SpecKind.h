#pragma once

#include "SpecFormat.h"

#include <QString>

/// What a spec is, which decides how it is validated and which API it syncs with.
enum class SpecKind {
    DataFramer, ///< YAML with a `spec:` root (or the legacy `specification:` shape)
    ScaleGp, ///< Scale GP application spec (JSON)
    AdobeFlow, ///< Adobe Flow Service flow spec (JSON holding JSON Schemas)
    PlainYaml,
    PlainJson,
};

namespace SpecKinds {
/// A cheap guess from the top-level keys, good enough to pick an icon and a validator.
/// It never parses the whole document, so it is safe on huge or broken text.
SpecKind detect(const QByteArray& content, SpecFormat format);
/// Stable id used in the workspace database and on the command line.
QString id(SpecKind kind);
bool fromId(const QString& id, SpecKind* kind);
QString displayName(SpecKind kind);
SpecFormat formatOf(SpecKind kind);
} // namespace SpecKinds
