#include "MemorySecretStore.h"

void MemorySecretStore::read(const QString& key, ReadCallback done)
{
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.cend()) {
        done(Status::NotFound, {}, {});
        return;
    }
    done(Status::Ok, found->reveal(), {});
}

void MemorySecretStore::write(const QString& key, const QString& secret, WriteCallback done)
{
    m_secrets.insert(key, MaskedSecret(secret));
    done(Status::Ok, {});
}

void MemorySecretStore::remove(const QString& key, WriteCallback done)
{
    m_secrets.remove(key);
    done(Status::Ok, {});
}
