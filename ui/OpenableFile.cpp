#include "OpenableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace OpenableFile {

QString problem(const QString& filePath)
{
    const QFileInfo info(filePath);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists()) {
        return QCoreApplication::translate("OpenableFile", "%1 was not opened: there is no such file.").arg(shown);
    }
    if (info.isDir()) {
        return QCoreApplication::translate("OpenableFile", "%1 was not opened: it is a folder, not a file.").arg(shown);
    }
    if (!info.isFile()) {
        // A device, a pipe or a socket: reading it could wait forever or never end.
        return QCoreApplication::translate("OpenableFile", "%1 was not opened: it is not a regular file.").arg(shown);
    }
    if (!info.isReadable()) {
        return QCoreApplication::translate("OpenableFile", "%1 was not opened: you may not read it.").arg(shown);
    }
    return {};
}

} // namespace OpenableFile
