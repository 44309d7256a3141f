#include "CliSpecTarget.h"

#include "CliExitCode.h"
#include "RemoteContext.h"

#include <QCoreApplication>

namespace CliSpecTarget {

std::optional<SpecRecord> find(RemoteContext& context, QTextStream& err, const QString& target)
{
    const QString connectionName = target.section(QLatin1Char('/'), 0, 0);
    const QString remoteId = target.section(QLatin1Char('/'), 1);
    const std::optional<Connection> connection = context.connections().connectionNamed(connectionName);
    if (!connection || remoteId.isEmpty()) {
        reportUsageError(
            err,
            connection ? QCoreApplication::translate("CliSpecTarget", "'%1' names no spec; use CONNECTION/SPEC_ID.")
                             .arg(target)
                       : QCoreApplication::translate("CliSpecTarget", "no connection named '%1'.").arg(connectionName));
        return std::nullopt;
    }
    std::optional<SpecRecord> spec = context.specs().specByRemoteId(*connection, remoteId);
    if (!spec) {
        err << "specdesk-cli: "
            << QCoreApplication::translate("CliSpecTarget",
                                           "%1 is not in the workspace. Run 'specdesk-cli pull %2 %3' first.")
                   .arg(target, connection->name, remoteId)
            << '\n';
        err.flush();
    }
    return spec;
}

} // namespace CliSpecTarget
