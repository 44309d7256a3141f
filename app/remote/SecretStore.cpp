#include "SecretStore.h"

QString SecretStore::keyFor(const QString& workspaceId, qint64 connectionId, const QString& secretName)
{
    return QStringLiteral("%1/connection-%2/%3").arg(workspaceId).arg(connectionId).arg(secretName);
}
