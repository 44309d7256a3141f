#include "TextLocator.h"

#include <algorithm>

TextLocator::TextLocator(const QByteArray& text)
    : m_text(text)
{
}

namespace {

// Continuation bytes belong to the code point their lead byte started; the CR of a CRLF pair
// is not a column either.
bool startsColumn(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return (byte & 0xC0) != 0x80 && byte != '\r';
}

} // namespace

void TextLocator::indexLines() const
{
    m_lineStarts.push_back(0);
    const qint64 size = m_text.size();
    int column = 0;
    for (qint64 i = 0; i < size; ++i) {
        if (i % kCheckpointBytes == 0) {
            m_checkpointColumns.push_back(column);
        }
        const char c = m_text.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= size || m_text.at(i + 1) != '\n'))) {
            m_lineStarts.push_back(i + 1);
            column = 0;
        } else if (startsColumn(c)) {
            ++column;
        }
    }
}

TextLocator::LineColumn TextLocator::locate(qint64 offset) const
{
    if (m_lineStarts.empty()) {
        indexLines();
    }
    const qint64 end = std::clamp<qint64>(offset, 0, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), end);
    qint64 from = *(next - 1);
    LineColumn result;
    result.line = int(next - m_lineStarts.cbegin());
    // Count from the last checkpoint on this line rather than from the line's start.
    const qint64 checkpoint = end / kCheckpointBytes;
    if (checkpoint * kCheckpointBytes > from && size_t(checkpoint) < m_checkpointColumns.size()) {
        from = checkpoint * kCheckpointBytes;
        result.column += m_checkpointColumns[size_t(checkpoint)];
    }
    for (qint64 i = from; i < end; ++i) {
        if (startsColumn(m_text.at(i))) {
            ++result.column;
        }
    }
    return result;
}
