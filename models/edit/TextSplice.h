#pragma once

#include <QByteArray>
#include <QList>

/// One in-place change of a document's bytes: replace [start, end) with `replacement`.
/// Everything outside that range stays byte for byte as it was.
struct TextSplice
{
    qint64 start = 0;
    qint64 end = 0;
    QByteArray replacement;

    /// The text with this splice applied.
    QByteArray applyTo(const QByteArray& text) const;
};
