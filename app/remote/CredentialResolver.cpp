#include "CredentialResolver.h"

#include "SecretEnvironment.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

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

void CredentialResolver::resolve(const Connection& connection, QObject* receiver, ResolveCallback done) const
{
    // The reads run side by side; the last one to answer delivers the whole set.
    struct Pending
    {
        Credentials credentials;
        int reads = 1; ///< one extra, dropped once every read has started
        QPointer<QObject> receiver;
        ResolveCallback done;
        void finishOne()
        {
            if (--reads == 0 && receiver) {
                done(credentials);
            }
        }
    };
    auto pending = std::make_shared<Pending>();
    pending->receiver = receiver;
    pending->done = std::move(done);
    for (const QString& name : Connections::secretNames(connection.api)) {
        const QString fromEnvironment = variable(connection.secretEnvironment.value(name));
        if (!fromEnvironment.isEmpty()) {
            pending->credentials.insert(name, fromEnvironment);
            continue;
        }
        if (m_secrets == nullptr) {
            continue;
        }
        ++pending->reads;
        m_secrets->read(SecretStore::keyFor(m_workspaceId, connection.id, name),
                        [pending, name](SecretStore::Status status, const QString& secret, const QString&) {
                            if (status == SecretStore::Status::Ok) {
                                pending->credentials.insert(name, secret);
                            }
                            pending->finishOne();
                        });
    }
    pending->finishOne();
}

QString CredentialResolver::variable(const QString& name) const
{
    if (name.isEmpty()) {
        return {};
    }
    return m_environment ? m_environment->value(name) : SecretEnvironment::take(name);
}

void CredentialResolver::store(const Connection& connection,
                               const Credentials& credentials,
                               QObject* receiver,
                               StoreCallback done) const
{
    struct Pending
    {
        int writes = 1; ///< one extra, dropped once every write has started
        QString error;
        QPointer<QObject> receiver;
        StoreCallback done;
        void finishOne()
        {
            if (--writes == 0 && receiver) {
                done(error.isEmpty(), error);
            }
        }
    };
    auto pending = std::make_shared<Pending>();
    pending->receiver = receiver;
    pending->done = std::move(done);
    for (auto it = credentials.cbegin(); it != credentials.cend(); ++it) {
        if (it.value().isEmpty()) {
            continue;
        }
        ++pending->writes;
        const QString label = Connections::secretLabel(connection.api, it.key());
        m_secrets->write(SecretStore::keyFor(m_workspaceId, connection.id, it.key()),
                         it.value(),
                         [pending, label](SecretStore::Status status, const QString& message) {
                             if (status != SecretStore::Status::Ok && pending->error.isEmpty()) {
                                 pending->error = QCoreApplication::translate("CredentialResolver",
                                                                              "The keychain did not store the %1: %2")
                                                      .arg(label, message);
                             }
                             pending->finishOne();
                         });
    }
    pending->finishOne();
}

void CredentialResolver::forget(const Connection& connection, QObject* receiver, std::function<void()> done) const
{
    struct Pending
    {
        int removals = 1; ///< one extra, dropped once every removal has started
        QPointer<QObject> receiver;
        std::function<void()> done;
        void finishOne()
        {
            if (--removals == 0 && receiver && done) {
                done();
            }
        }
    };
    auto pending = std::make_shared<Pending>();
    pending->receiver = receiver;
    pending->done = std::move(done);
    for (const QString& name : Connections::secretNames(connection.api)) {
        ++pending->removals;
        m_secrets->remove(SecretStore::keyFor(m_workspaceId, connection.id, name),
                          [pending](SecretStore::Status, const QString&) { pending->finishOne(); });
    }
    pending->finishOne();
}
