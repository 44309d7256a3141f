#pragma once

#include "CliExitCode.h"

#include <QStringList>
#include <QTextStream>

/// `specdesk-cli`: the workspace from scripts and CI. Runs one command and returns its exit code.
///
/// It writes only to the streams it is given, so tests run it in-process and read its output.
class CliApplication
{
public:
    CliApplication(QTextStream& out, QTextStream& err);

    /// `arguments` includes the program name, as QCoreApplication::arguments() does.
    CliExitCode run(const QStringList& arguments);

    static QString helpText();

private:
    CliExitCode runValidate(const QStringList& arguments);
    CliExitCode usageError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};
