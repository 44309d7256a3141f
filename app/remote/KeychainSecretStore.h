#pragma once

#include "SecretStore.h"

/// The OS keychain through qtkeychain (Secret Service on Linux, Keychain on macOS, Credential
/// Manager on Windows). qtkeychain because it is the one maintained library that speaks all
/// three, and KeePassXC and Nextcloud trust it. Its insecure plain-file fallback is never used.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject* parent = nullptr);

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;
    bool isPersistent() const override { return true; }

    static QString serviceName();
};
