#include "SessionSecretStore.h"

#include "MemorySecretStore.h"

#include <QCoreApplication>

SessionSecretStore::SessionSecretStore(SecretStore* keychain, QObject* parent)
    : SecretStore(parent)
    , m_keychain(keychain)
    , m_memory(std::make_unique<MemorySecretStore>())
{
    m_keychain->setParent(this);
}

SessionSecretStore::~SessionSecretStore() = default;

void SessionSecretStore::markUnavailable(const QString& error)
{
    if (!m_keychainAvailable) {
        return;
    }
    m_keychainAvailable = false;
    m_unavailableReason
        = QCoreApplication::translate("SessionSecretStore",
                                      "No system keychain is available (%1). Secrets are kept in "
                                      "memory for this session only and must be entered again "
                                      "after a restart. specdesk-cli can read them from "
                                      "environment variables instead.")
              .arg(error.isEmpty() ? QCoreApplication::translate("SessionSecretStore", "no Secret Service") : error);
    Q_EMIT keychainUnavailable(m_unavailableReason);
}

void SessionSecretStore::read(const QString& key, ReadCallback done)
{
    if (!m_keychainAvailable || m_memory->contains(key)) {
        m_memory->read(key, std::move(done));
        return;
    }
    m_keychain->read(key, [this, key, done](Status status, const QString& secret, const QString& error) {
        if (status == Status::Unavailable) {
            markUnavailable(error);
            m_memory->read(key, done);
            return;
        }
        done(status, secret, error);
    });
}

void SessionSecretStore::write(const QString& key, const QString& secret, WriteCallback done)
{
    if (!m_keychainAvailable) {
        m_memory->write(key, secret, std::move(done));
        return;
    }
    m_keychain->write(key, secret, [this, key, secret, done](Status status, const QString& error) {
        if (status == Status::Unavailable) {
            markUnavailable(error);
            m_memory->write(key, secret, done);
            return;
        }
        done(status, error);
    });
}

void SessionSecretStore::remove(const QString& key, WriteCallback done)
{
    m_memory->remove(key, [](Status, const QString&) {});
    if (!m_keychainAvailable) {
        done(Status::Ok, {});
        return;
    }
    m_keychain->remove(key, [this, done](Status status, const QString& error) {
        if (status == Status::Unavailable) {
            markUnavailable(error);
            done(Status::Ok, {});
            return;
        }
        done(status, error);
    });
}
