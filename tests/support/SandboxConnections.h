#pragma once

#include "Connection.h"
#include "RemoteContext.h"
#include "SandboxServer.h"
#include "SecretsWait.h"

#include <QtGlobal>

#include <optional>

/// Connections to the in-process sandbox, as the remote tests set them up: one base URL per
/// API on the sandbox's port (Adobe's under its service root) and the secrets it accepts.
namespace SandboxConnections {

inline Connection connectionTo(const SandboxServer& server, ApiKind api, const QString& name)
{
    Connection connection;
    connection.name = name;
    connection.api = api;
    connection.baseUrl = server.baseUrl();
    if (api == ApiKind::Adobe) {
        connection.baseUrl.setPath(QStringLiteral("/data/foundation/flowservice"));
        connection.imsOrgId = server.credentials().adobeOrgId;
        connection.sandboxName = server.credentials().adobeSandboxName;
    }
    return connection;
}

inline Credentials credentialsOf(const SandboxServer& server, ApiKind api)
{
    const SandboxCredentials& sandbox = server.credentials();
    switch (api) {
    case ApiKind::DataFramer:
        return {{QStringLiteral("token"), sandbox.dataFramerToken}};
    case ApiKind::ScaleGp:
        return {{QStringLiteral("apiKey"), sandbox.scaleGpApiKey}};
    case ApiKind::Adobe:
        return {{QStringLiteral("accessToken"), sandbox.adobeAccessToken},
                {QStringLiteral("apiKey"), sandbox.adobeApiKey}};
    }
    return {};
}

/// Adds the connection to the context's workspace with its secrets (the sandbox's own unless
/// others are given). A failure here is a broken fixture, so it stops the test program.
inline Connection add(RemoteContext& context,
                      const SandboxServer& server,
                      ApiKind api,
                      const QString& name,
                      const std::optional<Credentials>& credentials = std::nullopt)
{
    QString error;
    const qint64 id = context.connections().add(connectionTo(server, api, name), &error);
    if (id == 0) {
        qFatal("cannot add a sandbox connection: %s", qPrintable(error));
    }
    const Connection connection = *context.connections().connection(id);
    if (!SecretsWait::store(
            context.credentials(), connection, credentials.value_or(credentialsOf(server, api)), &error)) {
        qFatal("cannot store the sandbox secrets: %s", qPrintable(error));
    }
    return connection;
}

} // namespace SandboxConnections
