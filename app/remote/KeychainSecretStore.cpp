#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::Unavailable;
    case QKeychain::OtherError:
        // With no D-Bus session qtkeychain reports OtherError; nothing else works then either.
        return SecretStore::Status::Unavailable;
    default:
        return SecretStore::Status::Failed;
    }
}

void configure(QKeychain::Job* job, const QString& key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
{
}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("SpecDesk");
}

void KeychainSecretStore::read(const QString& key, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    configure(job, key);
    connect(job, &QKeychain::Job::finished, this, [job, done] {
        done(statusOf(job->error()),
             job->error() == QKeychain::NoError ? job->textData() : QString(),
             job->errorString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret, WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    configure(job, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done] { done(statusOf(job->error()), job->errorString()); });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, WriteCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    configure(job, key);
    connect(job, &QKeychain::Job::finished, this, [job, done] {
        const Status status = statusOf(job->error());
        done(status == Status::NotFound ? Status::Ok : status, job->errorString());
    });
    job->start();
}
