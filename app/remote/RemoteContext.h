#pragma once

#include "ConnectionStore.h"
#include "CredentialResolver.h"
#include "RemoteSpecStore.h"
#include "RemoteTransport.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

class SecretStore;
class SpecProvider;
class WorkspaceStore;

/// Everything remote work needs, wired once: the connections and remote specs of a workspace,
/// the secret store, and one network manager with its retry policy. The GUI and the CLI each
/// make one; tests make one with a MemorySecretStore.
class RemoteContext : public QObject
{
    Q_OBJECT

public:
    /// Takes ownership of `secrets`.
    RemoteContext(WorkspaceStore* store, SecretStore* secrets, QObject* parent = nullptr);
    ~RemoteContext() override;

    WorkspaceStore* workspace() const { return m_store; }
    ConnectionStore& connections() { return m_connections; }
    RemoteSpecStore& specs() { return m_specs; }
    RemoteTransport& transport() { return m_transport; }
    SecretStore* secrets() const { return m_secrets; }
    CredentialResolver& credentials() { return *m_credentials; }
    /// Replaces where environment-variable secrets are read from (tests, the CLI).
    void setEnvironment(const QProcessEnvironment& environment);

    /// A provider for the connection. It reads the connection's secrets once, asynchronously,
    /// before its first request.
    std::unique_ptr<SpecProvider> providerFor(const Connection& connection);

private:
    WorkspaceStore* m_store;
    SecretStore* m_secrets;
    ConnectionStore m_connections;
    RemoteSpecStore m_specs;
    QNetworkAccessManager m_network;
    RemoteTransport m_transport;
    std::unique_ptr<CredentialResolver> m_credentials;
};
