#pragma once

#include <QString>

/// The one set of credentials the sandbox accepts, per API. Fixed values, so a test or a script
/// can configure a client without asking the server first; anything else is refused the way the
/// real service refuses it.
struct SandboxCredentials
{
    QString dataFramerToken = QStringLiteral("sk_sandbox_dataframer_0123456789abcdef0123456789");
    QString scaleGpApiKey = QStringLiteral("sandbox-scalegp-key");
    QString scaleGpAccountId = QStringLiteral("acc_sandbox");
    QString adobeAccessToken = QStringLiteral("sandbox-adobe-token");
    QString adobeApiKey = QStringLiteral("sandbox-adobe-client");
    QString adobeOrgId = QStringLiteral("SANDBOX0123456789@AdobeOrg");
    QString adobeSandboxName = QStringLiteral("prod");
};
