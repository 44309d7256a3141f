#include "SandboxSession.h"

#include "OverlaySecretStore.h"
#include "RemoteContext.h"
#include "SandboxServer.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

SandboxSession::SandboxSession()
    : m_server(std::make_unique<SandboxServer>())
{
}

SandboxSession::~SandboxSession() = default;

bool SandboxSession::start(RemoteContext* context, OverlaySecretStore* secrets, QString* error)
{
    if (!m_server->listen(0, error)) {
        return false;
    }
    const QUrl base = m_server->baseUrl();
    const SandboxCredentials& sandbox = m_server->credentials();

    Connection dataFramer;
    dataFramer.name = Connections::bundledSandboxName(ApiKind::DataFramer);
    dataFramer.api = ApiKind::DataFramer;
    dataFramer.baseUrl = base;

    Connection scaleGp;
    scaleGp.name = Connections::bundledSandboxName(ApiKind::ScaleGp);
    scaleGp.api = ApiKind::ScaleGp;
    scaleGp.baseUrl = base;
    scaleGp.accountId = sandbox.scaleGpAccountId;

    Connection adobe;
    adobe.name = Connections::bundledSandboxName(ApiKind::Adobe);
    adobe.api = ApiKind::Adobe;
    adobe.baseUrl = base;
    adobe.baseUrl.setPath(QStringLiteral("/data/foundation/flowservice"));
    adobe.imsOrgId = sandbox.adobeOrgId;
    adobe.sandboxName = sandbox.adobeSandboxName;

    if (!ensureConnection(context, secrets, dataFramer, {{QStringLiteral("token"), sandbox.dataFramerToken}}, error)) {
        return false;
    }
    const bool started
        = ensureConnection(context, secrets, scaleGp, {{QStringLiteral("apiKey"), sandbox.scaleGpApiKey}}, error)
          && ensureConnection(context,
                              secrets,
                              adobe,
                              {{QStringLiteral("accessToken"), sandbox.adobeAccessToken},
                               {QStringLiteral("apiKey"), sandbox.adobeApiKey}},
                              error);
    if (started) {
        const std::optional<Connection> added = context->connections().connectionNamed(dataFramer.name);
        m_dataFramerCollectionId = added ? added->collectionId : 0;
    }
    return started;
}

bool SandboxSession::hasConnections(RemoteContext* context)
{
    const std::optional<Connection> dataFramer
        = context->connections().connectionNamed(Connections::bundledSandboxName(ApiKind::DataFramer));
    return dataFramer && dataFramer->api == ApiKind::DataFramer && Connections::isBundledSandbox(*dataFramer);
}

bool SandboxSession::ensureConnection(RemoteContext* context,
                                      OverlaySecretStore* secrets,
                                      Connection wanted,
                                      const Credentials& credentials,
                                      QString* error)
{
    ConnectionStore& connections = context->connections();
    if (const std::optional<Connection> existing = connections.connectionNamed(wanted.name)) {
        if (existing->api != wanted.api) {
            *error = QCoreApplication::translate("SandboxSession",
                                                 "The connection “%1” exists for another API; rename it to use "
                                                 "--sandbox.")
                         .arg(wanted.name);
            return false;
        }
        // Keep what the user set for the CLI; the URL and the sandbox's own settings follow the server.
        wanted.id = existing->id;
        wanted.collectionId = existing->collectionId;
        wanted.secretEnvironment = existing->secretEnvironment;
        if (!connections.update(wanted, error)) {
            return false;
        }
    } else {
        wanted.id = connections.add(wanted, error);
        if (wanted.id == 0) {
            return false;
        }
    }
    // Before anything is written: these keys must never reach the real keychain.
    secrets->keepInMemory(SecretStore::keyFor(context->workspace()->workspaceId(), wanted.id, QString()));
    // Kept in memory, the secrets are stored before store() returns: nothing waits for a keychain.
    auto outcome = std::make_shared<std::optional<QString>>();
    context->credentials().store(wanted, credentials, context, [outcome](bool stored, const QString& message) {
        *outcome = stored ? QString() : message;
    });
    if (!outcome->has_value()) {
        *error = QCoreApplication::translate("SandboxSession", "The sandbox's secrets could not be kept in memory.");
        return false;
    }
    if (!(*outcome)->isEmpty()) {
        *error = **outcome;
        return false;
    }
    return true;
}
