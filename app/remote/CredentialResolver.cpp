#include "CredentialResolver.h"

#include "SecretEnvironment.h"
#include "SecretStore.h"

#include <QCoreApplication>

CredentialResolver::CredentialResolver(SecretStore* secrets, QString workspaceId)
    : m_secrets(secrets)
    , m_workspaceId(std::move(workspaceId))
{
}

CredentialResolver::CredentialResolver(SecretStore* secrets, QString workspaceId, QProcessEnvironment environment)
    : m_secrets(secrets)
    , m_workspaceId(std::move(workspaceId))
    , m_environment(std::move(environment))
{
}

Credentials CredentialResolver::resolve(const Connection& connection) const
{
    Credentials credentials;
    for (const QString& name : Connections::secretNames(connection.api)) {
        const QString fromEnvironment = variable(connection.secretEnvironment.value(name));
        if (!fromEnvironment.isEmpty()) {
            credentials.insert(name, fromEnvironment);
            continue;
        }
        if (m_secrets == nullptr) {
            continue;
        }
        QString secret;
        if (m_secrets->readNow(SecretStore::keyFor(m_workspaceId, connection.id, name), &secret)
            == SecretStore::Status::Ok) {
            credentials.insert(name, secret);
        }
    }
    return credentials;
}

QString CredentialResolver::variable(const QString& name) const
{
    if (name.isEmpty()) {
        return {};
    }
    return m_environment ? m_environment->value(name) : SecretEnvironment::take(name);
}

bool CredentialResolver::store(const Connection& connection, const Credentials& credentials, QString* error) const
{
    for (auto it = credentials.cbegin(); it != credentials.cend(); ++it) {
        if (it.value().isEmpty()) {
            continue;
        }
        QString message;
        const SecretStore::Status status
            = m_secrets->writeNow(SecretStore::keyFor(m_workspaceId, connection.id, it.key()), it.value(), &message);
        if (status != SecretStore::Status::Ok) {
            *error = QCoreApplication::translate("CredentialResolver", "The keychain did not store the %1: %2")
                         .arg(Connections::secretLabel(connection.api, it.key()), message);
            return false;
        }
    }
    return true;
}

void CredentialResolver::forget(const Connection& connection) const
{
    for (const QString& name : Connections::secretNames(connection.api)) {
        m_secrets->removeNow(SecretStore::keyFor(m_workspaceId, connection.id, name));
    }
}
