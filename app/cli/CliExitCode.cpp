#include "CliExitCode.h"

#include <QCoreApplication>
#include <QTextStream>

CliExitCode reportUsageError(QTextStream& err, const QString& message)
{
    err << "specdesk-cli: " << message << '\n'
        << QCoreApplication::translate("CliApplication", "Try 'specdesk-cli --help'.") << '\n';
    err.flush();
    return CliExitCode::UsageOrIoError;
}
