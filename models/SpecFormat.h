#pragma once

#include <QString>

/// The text format a spec is written in. DataFramer specs are YAML; Scale GP and Adobe specs are JSON.
enum class SpecFormat {
    Yaml,
    Json,
};

namespace SpecFormats {
/// Guesses the format from a file name's suffix, falling back to the content's first significant byte.
SpecFormat detect(const QString& fileName, const QByteArray& content);
/// Stable lower-case id used in the workspace database and on the command line ("yaml", "json").
QString id(SpecFormat format);
/// Parses an id written by id(); returns false for anything else.
bool fromId(const QString& id, SpecFormat* format);
QString displayName(SpecFormat format);
} // namespace SpecFormats
