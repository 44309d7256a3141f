#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

/// libFuzzer's bytes as a QByteArray that owns a copy: Qt must never read past the fuzzer's buffer.
inline QByteArray fuzzBytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

/// Splits the input into parts at a separator line, for targets that take several texts.
inline QList<QByteArray> fuzzParts(const QByteArray& input, int count)
{
    QList<QByteArray> parts = input.split('\x1e');
    while (parts.size() < count) {
        parts.append(QByteArray());
    }
    return parts.mid(0, count);
}
