#include "HistoryEntry.h"

#include <QCoreApplication>

QString HistoryEntry::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Draft:
        return QStringLiteral("draft");
    case Kind::ServerVersion:
        return QStringLiteral("server");
    case Kind::Pull:
        return QStringLiteral("pull");
    case Kind::Sync:
        return QStringLiteral("sync");
    case Kind::Restore:
        return QStringLiteral("restore");
    case Kind::Resolution:
        return QStringLiteral("resolution");
    }
    return {};
}

bool HistoryEntry::fromOrigin(const QString& origin, Kind* kind)
{
    for (Kind candidate : {Kind::ServerVersion, Kind::Pull, Kind::Sync, Kind::Restore, Kind::Resolution}) {
        if (origin == kindId(candidate)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString HistoryEntry::idOf(Kind kind, int number)
{
    return kind == Kind::ServerVersion ? QStringLiteral("v%1").arg(number)
                                       : QStringLiteral("%1-%2").arg(kindId(kind)).arg(number);
}

bool HistoryEntry::parseId(const QString& id, Kind* kind, int* number)
{
    QString origin = QStringLiteral("server");
    QStringView digits = id;
    if (id.startsWith(QLatin1Char('v'))) {
        digits = QStringView(id).mid(1);
    } else {
        const qsizetype dash = id.lastIndexOf(QLatin1Char('-'));
        if (dash <= 0) {
            return false;
        }
        origin = id.left(dash);
        digits = QStringView(id).mid(dash + 1);
        if (origin == kindId(Kind::ServerVersion)) {
            return false; // server versions are "vN" only
        }
    }
    bool numeric = false;
    *number = digits.toInt(&numeric);
    return numeric && *number > 0 && fromOrigin(origin, kind);
}

QString HistoryEntry::label() const
{
    switch (kind) {
    case Kind::Draft:
        return QCoreApplication::translate("HistoryEntry", "Current draft");
    case Kind::ServerVersion:
        return QCoreApplication::translate("HistoryEntry", "Server version %1").arg(number);
    case Kind::Pull:
        return QCoreApplication::translate("HistoryEntry", "Pulled from the server (local #%1)").arg(number);
    case Kind::Sync:
        return QCoreApplication::translate("HistoryEntry", "Synced to the server (local #%1)").arg(number);
    case Kind::Restore:
        return QCoreApplication::translate("HistoryEntry", "Restored (local #%1)").arg(number);
    case Kind::Resolution:
        return QCoreApplication::translate("HistoryEntry", "Conflict resolved (local #%1)").arg(number);
    }
    return {};
}
