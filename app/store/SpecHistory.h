#pragma once

#include "HistoryEntry.h"

#include <QList>

#include <optional>

class WorkspaceStore;

/// A spec's timeline, newest first, read from the workspace alone (so it works offline): the
/// current draft when there is one, DataFramer's server versions, and the snapshots SpecDesk
/// records on each pull, sync, restore and conflict resolution.
///
/// The timeline is read from the workspace's indexes alone: it never reads a text, so it stays
/// cheap however many megabytes the versions hold, and can be read again after every autosave.
/// Texts are read one entry at a time, only where they are asked for.
class SpecHistory
{
public:
    explicit SpecHistory(WorkspaceStore* store);

    /// The entries without their texts: what a list needs.
    QList<HistoryEntry> timeline(qint64 specId) const;
    /// One entry with its text, and no other text read; "draft" is the workspace text.
    std::optional<HistoryEntry> entry(qint64 specId, const QString& entryId) const;
    /// Makes an entry's text the draft (the next sync sends it) and records a restore snapshot.
    /// The GUI instead puts the text in the editor (one undo step) and calls recordRestore().
    bool restore(qint64 specId, const QString& entryId, QString* error);
    bool recordRestore(qint64 specId, const QByteArray& content);

private:
    WorkspaceStore* m_store;
};
