#pragma once

#include <QObject>
#include <QString>

#include <functional>

/// Where connection secrets live. The app uses the OS keychain (KeychainSecretStore), falling
/// back to memory for the session when there is none (SessionSecretStore); tests use the
/// in-memory store directly. Calls answer through a callback, because keychains are asynchronous;
/// nothing in the programs waits for one in a nested event loop (tests use SecretsWait).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,
        Unavailable, ///< no keychain on this machine (e.g. no D-Bus session)
        Failed, ///< the keychain refused (locked, access denied, ...)
    };
    using ReadCallback = std::function<void(Status status, const QString& secret, const QString& error)>;
    using WriteCallback = std::function<void(Status status, const QString& error)>;

    using QObject::QObject;

    virtual void read(const QString& key, ReadCallback done) = 0;
    virtual void write(const QString& key, const QString& secret, WriteCallback done) = 0;
    virtual void remove(const QString& key, WriteCallback done) = 0;
    /// False when secrets only last as long as this process.
    virtual bool isPersistent() const = 0;

    /// The keychain entry of one secret of one connection. The workspace id keeps two
    /// workspaces' connection 1 apart.
    static QString keyFor(const QString& workspaceId, qint64 connectionId, const QString& secretName);
};
