#include "TextLines.h"

#include <algorithm>

namespace TextLines {

Lines split(const QByteArray& text)
{
    Lines lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end + 1;
        lines.emplace_back(text.constData() + start, static_cast<size_t>(end - start));
        start = end;
    }
    return lines;
}

QByteArray join(const Lines& lines, size_t from, size_t to)
{
    QByteArray text;
    for (size_t line = from; line < std::min(to, lines.size()); ++line) {
        text.append(lines[line].data(), static_cast<qsizetype>(lines[line].size()));
    }
    return text;
}

} // namespace TextLines
