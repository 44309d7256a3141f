#pragma once

#include "Diagnostic.h"
#include "SpecFormat.h"

#include <QByteArray>

/// Checks that a spec's bytes are well-formed text in their format, and says where they are not.
/// It reports at most one syntax error, because the parsers stop at the first.
namespace SyntaxChecker {
Diagnostics check(const QByteArray& content, SpecFormat format);
} // namespace SyntaxChecker
