#pragma once

#include "MaskedSecret.h"
#include "SecretStore.h"

#include <QHash>

/// Secrets held in this process only. The session fallback when there is no keychain, and the
/// fake the tests use in place of one.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;
    bool isPersistent() const override { return false; }

    bool contains(const QString& key) const { return m_secrets.contains(key); }

private:
    QHash<QString, MaskedSecret> m_secrets; ///< masked: plain only while read
};
