#include "CliExitCode.h"

#include <QCoreApplication>
#include <QTextStream>

CliExitCode reportUsageError(QTextStream& err, const QString& message, const QString& command)
{
    err << "specdesk-cli: " << message << '\n'
        << (command.isEmpty()
                ? QCoreApplication::translate("CliApplication", "Try 'specdesk-cli --help'.")
                : QCoreApplication::translate("CliApplication", "Try 'specdesk-cli %1 --help'.").arg(command))
        << '\n';
    err.flush();
    return CliExitCode::UsageOrIoError;
}
