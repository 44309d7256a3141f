#pragma once

#include <QByteArray>

#include <vector>

/// Turns byte offsets in UTF-8 text into 1-based line and column numbers.
///
/// Lines end at LF, CRLF or a lone CR (as YAML defines them). Columns count code points,
/// so "é" is one column although it is two bytes; a malformed byte counts as one column.
/// The line starts, and the column at every 4 KiB, are indexed on the first call, so many
/// lookups in a big file stay cheap, even on one long line (minified JSON; fuzzing found the
/// quadratic cost of counting columns from the line's start each time).
class TextLocator
{
public:
    struct LineColumn
    {
        int line = 1;
        int column = 1;
    };

    explicit TextLocator(const QByteArray& text);

    /// Offsets past the end are clamped to the end of the text.
    LineColumn locate(qint64 offset) const;

private:
    void indexLines() const;

    static constexpr qint64 kCheckpointBytes = 4096;

    const QByteArray& m_text;
    mutable std::vector<qint64> m_lineStarts;
    /// The column count (from 0) of the byte at each multiple of kCheckpointBytes.
    mutable std::vector<int> m_checkpointColumns;
};
