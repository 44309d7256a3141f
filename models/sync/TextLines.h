#pragma once

#include <QByteArray>

#include <string>
#include <vector>

/// A text as lines for dtl's diffs, each with its line break kept, so joining them gives back
/// the exact bytes (a missing final line break included).
namespace TextLines {

using Lines = std::vector<std::string>;

Lines split(const QByteArray& text);
/// Lines [from, to) joined; all of them by default.
QByteArray join(const Lines& lines, size_t from = 0, size_t to = std::string::npos);

} // namespace TextLines
