#include "OverlaySecretStore.h"

#include <algorithm>

OverlaySecretStore::OverlaySecretStore(SecretStore* real, QObject* parent)
    : SecretStore(parent)
    , m_real(real)
{
    m_real->setParent(this);
}

void OverlaySecretStore::keepInMemory(const QString& keyPrefix)
{
    if (!m_memoryPrefixes.contains(keyPrefix)) {
        m_memoryPrefixes << keyPrefix;
    }
}

bool OverlaySecretStore::inMemory(const QString& key) const
{
    return std::any_of(m_memoryPrefixes.cbegin(), m_memoryPrefixes.cend(), [&key](const QString& prefix) {
        return key.startsWith(prefix);
    });
}

bool OverlaySecretStore::isPersistent(const QString& key) const
{
    return !inMemory(key) && m_real->isPersistent();
}

SecretStore* OverlaySecretStore::storeFor(const QString& key)
{
    return inMemory(key) ? static_cast<SecretStore*>(&m_memory) : m_real;
}

void OverlaySecretStore::read(const QString& key, ReadCallback done)
{
    storeFor(key)->read(key, std::move(done));
}

void OverlaySecretStore::write(const QString& key, const QString& secret, WriteCallback done)
{
    storeFor(key)->write(key, secret, std::move(done));
}

void OverlaySecretStore::remove(const QString& key, WriteCallback done)
{
    storeFor(key)->remove(key, std::move(done));
}
