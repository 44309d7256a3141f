#pragma once

#include "Connection.h"
#include "RemoteSpec.h"
#include "SpecRecord.h"

#include <QList>

#include <optional>

class WorkspaceStore;

/// Remote specs in the workspace: what the server last sent (the base), the local text, and
/// the versions the server keeps. Pulling never overwrites local edits: a spec whose text
/// differs from its base keeps its text and its base, so the sync engine can merge later.
class RemoteSpecStore
{
public:
    enum class Recorded {
        Added, ///< first seen: stored as it is on the server
        Updated, ///< no local edits: text and base now match the server
        Unchanged, ///< no local edits, and the server had nothing new (or sent no text)
        KeptLocalEdits, ///< local edits exist: only the name and status were updated
    };
    struct Outcome
    {
        qint64 specId = 0;
        Recorded recorded = Recorded::Added;
    };

    explicit RemoteSpecStore(WorkspaceStore* store);

    /// Records one spec as the connection's server sent it.
    std::optional<Outcome> record(const Connection& connection, const RemoteSpec& spec, QString* error);
    /// Makes the record() calls until commitBatch() one transaction, committed without waiting
    /// for the disk (see beginBatch()), so recording a long list costs no disk sync per spec.
    /// replaceServerVersions() runs a transaction of its own: call it outside a batch.
    bool beginBatch(QString* error);
    /// Commits the batch; when that fails it is rolled back and `error` says why.
    bool commitBatch(QString* error);
    /// Replaces the stored server versions of a spec with the server's list.
    bool replaceServerVersions(qint64 specId, const QList<RemoteVersion>& versions, QString* error);
    QList<RemoteVersion> serverVersions(qint64 specId) const;
    /// Records a local snapshot of a spec (`origin`: "sync", "pull", "restore", ...), numbered
    /// from 1 per origin. Scale GP and Adobe keep no versions, so this is their history.
    bool addSnapshot(qint64 specId, const QString& origin, const QByteArray& content, QString* error = nullptr);

    std::optional<SpecRecord> specByRemoteId(const Connection& connection, const QString& remoteId) const;
    /// The server's text when the local edit began; empty for local specs.
    QByteArray baseContent(qint64 specId) const;
    QString baseRevision(qint64 specId) const;
    bool hasLocalEdits(qint64 specId) const;

private:
    /// Notes that the workspace holds only a listing's entry for the spec (or no longer does).
    bool markAwaitingText(qint64 specId, bool awaiting, QString* error);
    /// True when the newest pull snapshot of the spec holds exactly `content`.
    bool latestSnapshotIs(qint64 specId, const QByteArray& content) const;

    WorkspaceStore* m_store;
};
