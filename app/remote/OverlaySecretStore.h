#pragma once

#include "MemorySecretStore.h"

#include <QStringList>

/// The app's secret store with a memory-only overlay: keys under the chosen prefixes (one per
/// connection) live in this process only, every other key goes to the real store.
///
/// `--sandbox` keeps the stand-in server's fixed test credentials here, so they never land in
/// the user's keychain next to real ones.
class OverlaySecretStore : public SecretStore
{
    Q_OBJECT

public:
    /// Takes ownership of `real`.
    explicit OverlaySecretStore(SecretStore* real, QObject* parent = nullptr);

    /// Keeps every secret whose key starts with `keyPrefix` in memory only.
    void keepInMemory(const QString& keyPrefix);

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;
    bool isPersistent() const override { return m_real->isPersistent(); }
    /// False for a key kept in memory, whatever the real store is.
    bool isPersistent(const QString& key) const;

private:
    bool inMemory(const QString& key) const;
    SecretStore* storeFor(const QString& key);

    SecretStore* m_real;
    MemorySecretStore m_memory;
    QStringList m_memoryPrefixes;
};
