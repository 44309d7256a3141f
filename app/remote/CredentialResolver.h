#pragma once

#include "Connection.h"

#include <QProcessEnvironment>

#include <functional>
#include <optional>

class QObject;
class SecretStore;

/// Finds a connection's secrets: first in the environment variables the connection names
/// (what scripts and CI use; SecretEnvironment takes them out of the process's environment),
/// then in the secret store. Never in a file.
///
/// Every call answers through a callback: a keychain may take its time, and nothing waits for
/// it in a nested event loop. A callback is dropped when its `receiver` is gone by then.
class CredentialResolver
{
public:
    using ResolveCallback = std::function<void(const Credentials& credentials)>;
    using StoreCallback = std::function<void(bool stored, const QString& error)>;

    CredentialResolver(SecretStore* secrets, QString workspaceId);
    /// Reads variables from `environment` instead of the process's own (for tests).
    CredentialResolver(SecretStore* secrets, QString workspaceId, QProcessEnvironment environment);

    /// The connection's secrets, as far as they are set.
    void resolve(const Connection& connection, QObject* receiver, ResolveCallback done) const;
    /// Stores the secrets in the secret store, under this workspace's keys.
    void
    store(const Connection& connection, const Credentials& credentials, QObject* receiver, StoreCallback done) const;
    /// Forgets every secret of the connection; `done`, when given, follows once the store has
    /// answered every removal.
    void forget(const Connection& connection, QObject* receiver = nullptr, std::function<void()> done = {}) const;

private:
    QString variable(const QString& name) const;

    SecretStore* m_secrets;
    QString m_workspaceId;
    std::optional<QProcessEnvironment> m_environment;
};
