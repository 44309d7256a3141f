#pragma once

#include "HistoryEntry.h"

#include <QList>

#include <optional>

class WorkspaceStore;

/// A spec's timeline, newest first, read from the workspace alone (so it works offline): the
/// current draft when there is one, DataFramer's server versions, and the snapshots SpecDesk
/// records on each pull, sync, restore and conflict resolution.
class SpecHistory
{
public:
    explicit SpecHistory(WorkspaceStore* store);

    /// Without `withContent`, entries carry no text: what a list needs.
    QList<HistoryEntry> timeline(qint64 specId, bool withContent = false) const;
    /// One entry with its text; "draft" is the workspace text.
    std::optional<HistoryEntry> entry(qint64 specId, const QString& entryId) const;
    /// Makes an entry's text the draft (the next sync sends it) and records a restore snapshot.
    /// The GUI instead puts the text in the editor (one undo step) and calls recordRestore().
    bool restore(qint64 specId, const QString& entryId, QString* error);
    bool recordRestore(qint64 specId, const QByteArray& content);

private:
    WorkspaceStore* m_store;
};
