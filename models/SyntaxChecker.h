#pragma once

#include "Diagnostic.h"
#include "SpecFormat.h"

#include <QByteArray>

/// Checks that a spec's bytes are well-formed text in their format, and says where they are not.
///
/// This is the first gate for outside bytes: it must never crash or hang, whatever it is fed.
/// It reports at most one syntax error, because the parsers stop at the first.
namespace SyntaxChecker {
Diagnostics check(const QByteArray& content, SpecFormat format);
/// The offset of the first byte that is not part of valid UTF-8, or -1 when the text is valid.
qint64 firstInvalidUtf8(const QByteArray& content);
} // namespace SyntaxChecker
