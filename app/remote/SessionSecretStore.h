#pragma once

#include "SecretStore.h"

#include <memory>

class MemorySecretStore;

/// The keychain when there is one; otherwise secrets are kept in memory for this session only.
///
/// It never falls back to a file. When the keychain turns out to be unavailable it says so once
/// (keychainUnavailable()), so the UI can tell the user that secrets will be forgotten on quit
/// and point to the environment-variable route.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT

public:
    /// Takes ownership of `keychain`.
    explicit SessionSecretStore(SecretStore* keychain, QObject* parent = nullptr);
    ~SessionSecretStore() override;

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;
    bool isPersistent() const override { return m_keychainAvailable; }

    /// Why secrets are not persistent; empty while the keychain works.
    QString unavailableReason() const { return m_unavailableReason; }

Q_SIGNALS:
    void keychainUnavailable(const QString& reason);

private:
    void markUnavailable(const QString& error);

    SecretStore* m_keychain;
    std::unique_ptr<MemorySecretStore> m_memory;
    bool m_keychainAvailable = true;
    QString m_unavailableReason;
};
