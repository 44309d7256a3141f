#pragma once

#include "SpecRecord.h"

#include <QString>
#include <QTextStream>

#include <optional>

class RemoteContext;

namespace CliSpecTarget {
/// The spec a CONNECTION/SPEC_ID argument names, from the workspace. When there is none, says
/// why on `err` (a usage error, or "pull it first") and returns nothing.
std::optional<SpecRecord> find(RemoteContext& context, QTextStream& err, const QString& target);
} // namespace CliSpecTarget
