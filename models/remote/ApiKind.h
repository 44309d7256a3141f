#pragma once

#include "SpecKind.h"

#include <QString>
#include <QUrl>

#include <optional>

/// Which remote API a connection speaks. Each has its own paths, headers and error shapes.
enum class ApiKind {
    DataFramer,
    ScaleGp,
    Adobe,
};

namespace ApiKinds {
/// Stable id used in the workspace database and on the command line: dataframer, scalegp, adobe.
QString id(ApiKind api);
bool fromId(const QString& id, ApiKind* api);
QString displayName(ApiKind api);
/// The documented server root. The providers append the documented paths.
QUrl defaultBaseUrl(ApiKind api);
/// The kind of spec the API holds, which picks the editor's validator.
SpecKind specKind(ApiKind api);
/// The API that holds specs of `kind`; none for the plain kinds.
std::optional<ApiKind> apiOf(SpecKind kind);
} // namespace ApiKinds
