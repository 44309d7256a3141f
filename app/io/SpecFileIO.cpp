#include "SpecFileIO.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SpecFileIO)
};

} // namespace

namespace SpecFileIO {

bool read(const QString& filePath, QByteArray* content, QString* error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString());
        return false;
    }
    *content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString());
        return false;
    }
    return true;
}

bool readAtMost(const QString& filePath, qint64 maxBytes, QByteArray* content, QString* error)
{
    const qint64 size = QFileInfo(filePath).size();
    if (size > maxBytes) {
        constexpr double kMiB = 1024.0 * 1024.0;
        *error = Text::tr("%1 is %2 MB, and SpecDesk opens specs of up to %3 MB.")
                     .arg(QDir::toNativeSeparators(filePath))
                     .arg(double(size) / kMiB, 0, 'f', 1)
                     .arg(double(maxBytes) / kMiB, 0, 'f', 0);
        return false;
    }
    return read(filePath, content, error);
}

bool writeTo(QIODevice& device, const QByteArray& content, QString* error)
{
    qint64 written = 0;
    while (written < content.size()) {
        const qint64 chunk = device.write(content.constData() + written, content.size() - written);
        if (chunk <= 0) {
            *error = device.errorString().isEmpty() ? Text::tr("The disk refused the data.") : device.errorString();
            return false;
        }
        written += chunk;
    }
    return true;
}

bool write(const QString& filePath, const QByteArray& content, QString* error)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString());
        return false;
    }
    QString writeError;
    if (!writeTo(file, content, &writeError)) {
        file.cancelWriting();
        *error = Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(filePath), writeError);
        return false;
    }
    if (!file.commit()) {
        *error = Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString());
        return false;
    }
    return true;
}

} // namespace SpecFileIO
