#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

/// Reads and writes spec files on disk. Writes are atomic: the old file stays whole until
/// the new one is complete on disk (QSaveFile), so a failed or interrupted save loses nothing.
namespace SpecFileIO {
bool read(const QString& filePath, QByteArray* content, QString* error);
/// read(), but a file over `maxBytes` is refused before a byte is read, saying how big it is:
/// the editor's way in, since laying out a huge text would freeze the window for minutes.
bool readAtMost(const QString& filePath, qint64 maxBytes, QByteArray* content, QString* error);
bool write(const QString& filePath, const QByteArray& content, QString* error);
/// Writes every byte to an already open device; a device that stops short is an error.
bool writeTo(QIODevice& device, const QByteArray& content, QString* error);
} // namespace SpecFileIO
