#pragma once

#include "WorkspaceThread.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

/// Runs the write-ahead log's checkpoints on a thread of its own. SQLite checkpoints inside the
/// commit that takes the log past 1,000 pages: with synchronous=FULL that copies the pages back
/// into the database and syncs it, tens of milliseconds on whichever thread committed. While a
/// pull stores 5,000 specs that was the GUI thread, and the window stalled. A connection given to
/// watch() asks this thread for a checkpoint instead and returns from its commit at once.
///
/// The checkpoints are PASSIVE: they copy what no reader still needs and never wait, so a reader
/// or writer elsewhere (the CLI, a worker) is never held up by one.
class WalCheckpointer : public QObject
{
    Q_OBJECT

public:
    /// Checkpoints the workspace in `workspaceDirectory` from a WorkspaceThread, whose
    /// connection opens at the first checkpoint.
    explicit WalCheckpointer(const QString& workspaceDirectory, QObject* parent = nullptr);
    /// Waits for a checkpoint running now, then gives the watched connections that are still
    /// open their automatic checkpoints back.
    ~WalCheckpointer() override;

    /// From now on a commit on `db` that leaves the log at 1,000 pages or more asks for a
    /// checkpoint here instead of running one. No-op for a connection that is not SQLite's.
    void watch(const QSqlDatabase& db);

    /// The log size (in pages) at which a commit asks for a checkpoint; SQLite's own default.
    static constexpr int kPagesBeforeCheckpoint = 1000;

Q_SIGNALS:
    /// A checkpoint ran on this object's thread: the pages in the log, the pages copied back
    /// (fewer while a reader still needs older pages), or -1 and -1 when it failed.
    void checkpointed(int logPages, int copiedPages);

private:
    /// Called by SQLite on the committing thread after every commit on a watched connection.
    static int afterCommit(void* checkpointer, struct sqlite3* connection, const char* schema, int logPages);
    void requestCheckpoint();

    QStringList m_watched;
    /// True from a request until its checkpoint starts: a burst of commits asks once.
    std::atomic<bool> m_requested {false};
    std::unique_ptr<WorkspaceThread> m_thread;
};
