#include "SecretStore.h"

#include <QEventLoop>

namespace {

/// Starts an asynchronous call and waits, with a local event loop, until it calls back.
template <typename Start>
void waitFor(Start start)
{
    QEventLoop loop;
    bool done = false;
    start([&done, &loop] {
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
}

} // namespace

SecretStore::Status SecretStore::readNow(const QString& key, QString* secret, QString* error)
{
    Status result = Status::Failed;
    waitFor([&](auto finish) {
        read(key, [&, finish](Status status, const QString& value, const QString& message) {
            result = status;
            *secret = value;
            if (error != nullptr) {
                *error = message;
            }
            finish();
        });
    });
    return result;
}

SecretStore::Status SecretStore::writeNow(const QString& key, const QString& secret, QString* error)
{
    Status result = Status::Failed;
    waitFor([&](auto finish) {
        write(key, secret, [&, finish](Status status, const QString& message) {
            result = status;
            if (error != nullptr) {
                *error = message;
            }
            finish();
        });
    });
    return result;
}

SecretStore::Status SecretStore::removeNow(const QString& key, QString* error)
{
    Status result = Status::Failed;
    waitFor([&](auto finish) {
        remove(key, [&, finish](Status status, const QString& message) {
            result = status;
            if (error != nullptr) {
                *error = message;
            }
            finish();
        });
    });
    return result;
}

QString SecretStore::keyFor(const QString& workspaceId, qint64 connectionId, const QString& secretName)
{
    return QStringLiteral("%1/connection-%2/%3").arg(workspaceId).arg(connectionId).arg(secretName);
}
