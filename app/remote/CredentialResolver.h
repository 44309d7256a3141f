#pragma once

#include "Connection.h"

#include <QProcessEnvironment>

#include <optional>

class SecretStore;

/// Finds a connection's secrets: first in the environment variables the connection names
/// (what scripts and CI use; SecretEnvironment takes them out of the process's environment),
/// then in the secret store. Never in a file.
class CredentialResolver
{
public:
    CredentialResolver(SecretStore* secrets, QString workspaceId);
    /// Reads variables from `environment` instead of the process's own (for tests).
    CredentialResolver(SecretStore* secrets, QString workspaceId, QProcessEnvironment environment);

    /// Waits for the secret store; fine for the CLI and for one-off GUI actions.
    Credentials resolve(const Connection& connection) const;
    /// Stores the secrets in the secret store, under this workspace's keys.
    bool store(const Connection& connection, const Credentials& credentials, QString* error) const;
    /// Forgets every secret of the connection.
    void forget(const Connection& connection) const;

private:
    SecretStore* m_secrets;
    QString m_workspaceId;
    QString variable(const QString& name) const;

    std::optional<QProcessEnvironment> m_environment;
};
