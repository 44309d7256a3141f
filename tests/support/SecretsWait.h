#pragma once

#include "Connection.h"
#include "CredentialResolver.h"
#include "SecretStore.h"

#include <QEventLoop>
#include <QObject>

/// The asynchronous secret calls, waited for: tests set up and check secrets in straight-line
/// code. Product code never waits like this (no nested event loops); it takes the callbacks.
namespace SecretsWait {

/// Runs `start`, which calls the `done` it is given once, and waits for that.
template <typename Start>
void until(Start start)
{
    QEventLoop loop;
    bool finished = false;
    start([&finished, &loop] {
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec();
    }
}

inline SecretStore::Status read(SecretStore& store, const QString& key, QString* secret, QString* error = nullptr)
{
    SecretStore::Status result = SecretStore::Status::Failed;
    until([&](auto done) {
        store.read(key, [&, done](SecretStore::Status status, const QString& value, const QString& message) {
            result = status;
            *secret = value;
            if (error != nullptr) {
                *error = message;
            }
            done();
        });
    });
    return result;
}

inline SecretStore::Status
write(SecretStore& store, const QString& key, const QString& secret, QString* error = nullptr)
{
    SecretStore::Status result = SecretStore::Status::Failed;
    until([&](auto done) {
        store.write(key, secret, [&, done](SecretStore::Status status, const QString& message) {
            result = status;
            if (error != nullptr) {
                *error = message;
            }
            done();
        });
    });
    return result;
}

inline SecretStore::Status remove(SecretStore& store, const QString& key, QString* error = nullptr)
{
    SecretStore::Status result = SecretStore::Status::Failed;
    until([&](auto done) {
        store.remove(key, [&, done](SecretStore::Status status, const QString& message) {
            result = status;
            if (error != nullptr) {
                *error = message;
            }
            done();
        });
    });
    return result;
}

inline Credentials resolve(const CredentialResolver& resolver, const Connection& connection)
{
    Credentials result;
    QObject receiver;
    until([&](auto done) {
        resolver.resolve(connection, &receiver, [&, done](const Credentials& credentials) {
            result = credentials;
            done();
        });
    });
    return result;
}

inline bool
store(const CredentialResolver& resolver, const Connection& connection, const Credentials& credentials, QString* error)
{
    bool result = false;
    QObject receiver;
    until([&](auto done) {
        resolver.store(connection, credentials, &receiver, [&, done](bool stored, const QString& message) {
            result = stored;
            if (error != nullptr) {
                *error = message;
            }
            done();
        });
    });
    return result;
}

} // namespace SecretsWait
