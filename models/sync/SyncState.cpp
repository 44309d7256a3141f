#include "SyncState.h"

#include <QCoreApplication>

namespace SyncStates {

QString id(SyncState state)
{
    switch (state) {
    case SyncState::Synced:
        return QStringLiteral("synced");
    case SyncState::Draft:
        return QStringLiteral("draft");
    case SyncState::Queued:
        return QStringLiteral("queued");
    case SyncState::Syncing:
        return QStringLiteral("syncing");
    case SyncState::Conflict:
        return QStringLiteral("conflict");
    case SyncState::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool fromId(const QString& text, SyncState* state)
{
    for (SyncState candidate : {SyncState::Synced,
                                SyncState::Draft,
                                SyncState::Queued,
                                SyncState::Syncing,
                                SyncState::Conflict,
                                SyncState::Error}) {
        if (text == id(candidate)) {
            *state = candidate;
            return true;
        }
    }
    return false;
}

QString label(SyncState state)
{
    switch (state) {
    case SyncState::Synced:
        return QCoreApplication::translate("SyncStates", "synced");
    case SyncState::Draft:
        return QCoreApplication::translate("SyncStates", "draft");
    case SyncState::Queued:
        return QCoreApplication::translate("SyncStates", "queued");
    case SyncState::Syncing:
        return QCoreApplication::translate("SyncStates", "syncing");
    case SyncState::Conflict:
        return QCoreApplication::translate("SyncStates", "conflict");
    case SyncState::Error:
        return QCoreApplication::translate("SyncStates", "error");
    }
    return {};
}

} // namespace SyncStates
