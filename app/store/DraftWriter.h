#pragma once

#include "WorkspaceStore.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QThread>

/// Writes drafts into the workspace on a thread of its own, so committing a 10 MB spec (with its
/// fsync) never freezes typing. It keeps its own connection to the same SQLite file (WAL lets
/// the GUI's connection read meanwhile). Writes run in the order they were asked for.
///
/// Each write names the stored texts it may replace (WorkspaceStore::saveDraft), so a draft
/// changed by another process meanwhile is reported, never overwritten.
class DraftWriter : public QObject
{
    Q_OBJECT

public:
    explicit DraftWriter(const QString& workspaceDirectory, QObject* parent = nullptr);
    ~DraftWriter() override;

    /// Queues a write and returns at once; written() reports how it went.
    void writeLater(qint64 specId, const QByteArray& content, const QList<QByteArray>& knownHashes);
    /// Writes now and waits until it is on disk; for closing a tab or quitting.
    WorkspaceStore::DraftSave
    writeAndWait(qint64 specId, const QByteArray& content, const QList<QByteArray>& knownHashes, QString* error);

Q_SIGNALS:
    /// `hash` is the SHA-256 of the text the write was about.
    void written(qint64 specId, const QByteArray& hash, WorkspaceStore::DraftSave outcome, const QString& error);

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker;
};
