#include "TextLocator.h"

#include <algorithm>

TextLocator::TextLocator(const QByteArray& text)
    : m_text(text)
{
}

TextLocator::LineColumn TextLocator::locate(qint64 offset) const
{
    const qint64 end = std::clamp<qint64>(offset, 0, m_text.size());
    LineColumn result;
    for (qint64 i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(m_text.at(i));
        if (byte == '\n' || (byte == '\r' && (i + 1 >= m_text.size() || m_text.at(i + 1) != '\n'))) {
            ++result.line;
            result.column = 1;
        } else if (byte == '\r') {
            // The CR of a CRLF pair: the LF that follows ends the line.
        } else if ((byte & 0xC0) != 0x80) {
            // Continuation bytes belong to the code point their lead byte started.
            ++result.column;
        }
    }
    return result;
}
