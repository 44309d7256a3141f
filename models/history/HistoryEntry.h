#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// One entry of a spec's timeline: a version the server keeps, a snapshot SpecDesk recorded,
/// or the current draft.
struct HistoryEntry
{
    enum class Kind {
        Draft, ///< the text in the workspace, not on the server yet
        ServerVersion, ///< DataFramer keeps up to 30
        Pull, ///< what a pull or a fetch brought
        Sync, ///< what a sync sent and the server took
        Restore, ///< an older entry made the draft again
        Resolution, ///< how a conflict was resolved
    };

    /// Stable within a spec: "draft", "v3", "pull-2", "sync-1", "restore-1", "resolution-1".
    QString id;
    Kind kind = Kind::Draft;
    int number = 0;
    QDateTime when;
    QString author;
    QByteArray content;

    /// "Server version 3", "Synced (local #1)", ...
    QString label() const;
    static QString kindId(Kind kind);
    /// The spec_versions origin a local kind is stored under ("pull", "sync", ...).
    static bool fromOrigin(const QString& origin, Kind* kind);
    /// The id of a recorded entry: "v3" for a server version, "pull-2" for a snapshot.
    static QString idOf(Kind kind, int number);
    /// The kind and number an id stands for; false for "draft" and for ids no entry can have.
    static bool parseId(const QString& id, Kind* kind, int* number);
};
