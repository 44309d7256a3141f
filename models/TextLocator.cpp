#include "TextLocator.h"

#include <algorithm>

TextLocator::TextLocator(const QByteArray& text)
    : m_text(text)
{
}

void TextLocator::indexLines() const
{
    m_lineStarts.push_back(0);
    const qint64 size = m_text.size();
    for (qint64 i = 0; i < size; ++i) {
        const char c = m_text.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= size || m_text.at(i + 1) != '\n'))) {
            m_lineStarts.push_back(i + 1);
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
    const qint64 lineStart = *(next - 1);
    LineColumn result;
    result.line = int(next - m_lineStarts.cbegin());
    for (qint64 i = lineStart; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(m_text.at(i));
        // Continuation bytes belong to the code point their lead byte started; the CR of a
        // CRLF pair is not a column either.
        if ((byte & 0xC0) != 0x80 && byte != '\r') {
            ++result.column;
        }
    }
    return result;
}
