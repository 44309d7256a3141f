#include "SecretStore.h"

#include <QEventLoop>

SecretStore::Status SecretStore::readNow(const QString& key, QString* secret, QString* error)
{
    QEventLoop loop;
    bool done = false;
    Status result = Status::Failed;
    read(key, [&](Status status, const QString& value, const QString& message) {
        result = status;
        *secret = value;
        if (error != nullptr) {
            *error = message;
        }
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
    return result;
}

SecretStore::Status SecretStore::writeNow(const QString& key, const QString& secret, QString* error)
{
    QEventLoop loop;
    bool done = false;
    Status result = Status::Failed;
    write(key, secret, [&](Status status, const QString& message) {
        result = status;
        if (error != nullptr) {
            *error = message;
        }
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
    return result;
}

SecretStore::Status SecretStore::removeNow(const QString& key, QString* error)
{
    QEventLoop loop;
    bool done = false;
    Status result = Status::Failed;
    remove(key, [&](Status status, const QString& message) {
        result = status;
        if (error != nullptr) {
            *error = message;
        }
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
    return result;
}

QString SecretStore::keyFor(const QString& workspaceId, qint64 connectionId, const QString& secretName)
{
    return QStringLiteral("%1/connection-%2/%3").arg(workspaceId).arg(connectionId).arg(secretName);
}
