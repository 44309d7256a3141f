#pragma once

#include <QByteArray>
#include <QFile>
#include <QSaveFile>
#include <QString>

/// Another program changing a file behind SpecDesk's back, in the two ways programs do (issue 16).
namespace OtherProgram {

/// Truncates and writes the same file, as `echo > file` does.
inline bool writeInPlace(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

/// Writes a new file and renames it over the old one, as editors, `sed -i` and QSaveFile do.
inline bool replaceByRename(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

inline QByteArray read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace OtherProgram
