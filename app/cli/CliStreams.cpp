#include "CliStreams.h"

#include "SpecFileIO.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

CliStreams::CliStreams(QTextStream& out, QTextStream& err, QIODevice* input)
    : m_out(out)
    , m_err(err)
    , m_input(input)
{
}

QTextStream& CliStreams::out()
{
    return m_out;
}

QTextStream& CliStreams::err()
{
    return m_err;
}

QTextStream& CliStreams::info()
{
    if (m_quiet) {
        m_discarded.clear();
        return m_discard;
    }
    return m_out;
}

void CliStreams::setQuiet(bool quiet)
{
    m_quiet = quiet;
}

bool CliStreams::read(const QString& path, QByteArray* content, QString* error)
{
    if (path != QLatin1String("-")) {
        return SpecFileIO::read(path, content, error);
    }
    QFile standardInput;
    QIODevice* input = m_input;
    if (input == nullptr) {
        if (!standardInput.open(stdin, QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("CliStreams", "cannot read the standard input.");
            return false;
        }
        input = &standardInput;
    }
    if (!input->isReadable()) {
        *error = QCoreApplication::translate("CliStreams", "cannot read the standard input.");
        return false;
    }
    *content = input->readAll();
    // A read that failed part-way (stdin a folder, a broken pipe) must not pass for an empty text.
    if (const auto* file = qobject_cast<const QFileDevice*>(input); file && file->error() != QFileDevice::NoError) {
        *error
            = QCoreApplication::translate("CliStreams", "cannot read the standard input: %1").arg(file->errorString());
        return false;
    }
    return true;
}

QString CliStreams::displayName(const QString& path)
{
    return path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
}
