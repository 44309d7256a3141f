#pragma once

#include "ParseResult.h"
#include "SpecFormat.h"

#include <QByteArray>

#include <limits>
#include <stop_token>

/// The one entry point for outside bytes: checks they are text, then parses them into a tree.
///
/// It must never crash or hang, whatever it is fed: binary data, invalid UTF-8, hostile nesting
/// and oversized files each get a located, plain-worded error.
namespace DocumentParser {
/// Larger documents get a clear error instead of minutes of parsing and gigabytes of memory
/// (a 60 MB file took up to a minute and 1.9 GB in the window). Three times the largest spec
/// SpecDesk is measured with (10 MB).
constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
static_assert(kMaxBytes < std::numeric_limits<qint32>::max(), "SpecNode keeps offsets in 32 bits");

ParseResult parse(const QByteArray& content, SpecFormat format, std::stop_token stop = {});
/// The offset of the first byte that is not part of valid UTF-8, or -1 when the text is valid.
qint64 firstInvalidUtf8(const QByteArray& content);
} // namespace DocumentParser
