#pragma once

#include "SandboxCredentials.h"

#include <QList>
#include <QStringList>
#include <QUrl>

/// The `specdesk-cli connection add …` arguments that connect the CLI to a sandbox as "df",
/// "sgp" and "aep", their secrets read from DF_TOKEN, SGP_KEY, ADOBE_TOKEN and ADOBE_KEY.
namespace SandboxCliConnections {

inline QList<QStringList> addCommands(const QUrl& baseUrl, const SandboxCredentials& credentials)
{
    const QString root = baseUrl.toString();
    const QString add = QStringLiteral("add");
    const QString connection = QStringLiteral("connection");
    return {
        {connection,
         add,
         QStringLiteral("df"),
         QStringLiteral("--api"),
         QStringLiteral("dataframer"),
         QStringLiteral("--url"),
         root,
         QStringLiteral("--token-env"),
         QStringLiteral("DF_TOKEN")},
        {connection,
         add,
         QStringLiteral("sgp"),
         QStringLiteral("--api"),
         QStringLiteral("scalegp"),
         QStringLiteral("--url"),
         root,
         QStringLiteral("--api-key-env"),
         QStringLiteral("SGP_KEY")},
        {connection,
         add,
         QStringLiteral("aep"),
         QStringLiteral("--api"),
         QStringLiteral("adobe"),
         QStringLiteral("--url"),
         root + QStringLiteral("/data/foundation/flowservice"),
         QStringLiteral("--org-id"),
         credentials.adobeOrgId,
         QStringLiteral("--sandbox-name"),
         credentials.adobeSandboxName,
         QStringLiteral("--access-token-env"),
         QStringLiteral("ADOBE_TOKEN"),
         QStringLiteral("--api-key-env"),
         QStringLiteral("ADOBE_KEY")},
    };
}

} // namespace SandboxCliConnections
