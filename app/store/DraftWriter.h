#pragma once

#include "WorkspaceStore.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>

/// Writes drafts into the workspace on a thread of its own, so committing a 10 MB spec (with its
/// fsync), and hashing it, never freezes typing. It keeps its own connection to the same SQLite
/// file (WAL lets the GUI's connection read meanwhile). Writes run in the order they were asked
/// for; each writes only what changed since the last (WorkspaceStore::saveDraft).
///
/// Each write names the stored texts it may replace (WorkspaceStore::saveDraft), so a draft
/// changed by another process meanwhile is reported, never overwritten. Those are hashes the
/// caller knows, and earlier writes still on their way, named by the numbers writeLater()
/// returned: their hashes are computed here, never on the caller's thread.
class DraftWriter : public QObject
{
    Q_OBJECT

public:
    explicit DraftWriter(const QString& workspaceDirectory, QObject* parent = nullptr);
    ~DraftWriter() override;

    /// Queues a write and returns its number at once; written() reports how it went.
    quint64 writeLater(qint64 specId,
                       const QByteArray& content,
                       const QList<QByteArray>& knownHashes,
                       const QList<quint64>& earlierWrites = {});
    /// Writes now and waits until it is on disk; for closing a tab or quitting. `writtenHash`
    /// receives the hash of `content`.
    WorkspaceStore::DraftSave writeAndWait(qint64 specId,
                                           const QByteArray& content,
                                           const QList<QByteArray>& knownHashes,
                                           QString* error,
                                           const QList<quint64>& earlierWrites = {},
                                           QByteArray* writtenHash = nullptr);

    /// The text an editor loaded, stored under `hash`: the first write of the spec then needs
    /// no read of it (WorkspaceStore::rememberStoredDraft). Shares `text`, copies nothing.
    void rememberStored(qint64 specId, const QByteArray& hash, const QByteArray& text);

Q_SIGNALS:
    /// `hash` is the SHA-256 of the text the write was about; `write` the number writeLater()
    /// returned.
    void written(qint64 specId,
                 const QByteArray& hash,
                 WorkspaceStore::DraftSave outcome,
                 const QString& error,
                 quint64 write);

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker;
    std::atomic<quint64> m_lastWrite {0};
};
