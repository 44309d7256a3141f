#include "RemoteContext.h"

#include "SecretEnvironment.h"
#include "SecretStore.h"
#include "SpecProvider.h"
#include "WorkspaceStore.h"

#include <QPointer>

RemoteContext::RemoteContext(WorkspaceStore* store, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_connections(store)
    , m_specs(store)
    , m_transport(&m_network)
    , m_credentials(std::make_unique<CredentialResolver>(secrets, store->workspaceId()))
{
    m_secrets->setParent(this);
    // Never cache: every read must see the server as it is now.
    m_network.setCache(nullptr);
    // Every secret the connections name leaves the environment block now, used or not, so none
    // stays readable in /proc/PID/environ or a core dump.
    for (const Connection& connection : m_connections.connections()) {
        for (const QString& variable : connection.secretEnvironment) {
            SecretEnvironment::take(variable);
        }
    }
}

RemoteContext::~RemoteContext() = default;

void RemoteContext::setEnvironment(const QProcessEnvironment& environment)
{
    m_credentials = std::make_unique<CredentialResolver>(m_secrets, m_store->workspaceId(), environment);
}

std::unique_ptr<SpecProvider> RemoteContext::providerFor(const Connection& connection)
{
    std::unique_ptr<SpecProvider> provider = SpecProvider::create(connection, {}, &m_transport);
    provider->resolveCredentialsWith(
        [context = QPointer<RemoteContext>(this), connection](QObject* receiver, auto done) {
            if (context) {
                context->credentials().resolve(connection, receiver, std::move(done));
            } else {
                done(Credentials()); // the requests then fail as missing their secrets
            }
        });
    return provider;
}
