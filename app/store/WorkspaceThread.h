#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

class WorkspaceStore;

/// A thread with a connection of its own to the workspace, for reads and writes of texts that
/// would freeze the window: comparing history entries, storing a file the user opened. Qt SQL
/// connections belong to the thread that opened them, so the connection is opened there, at the
/// first job, and closed there. Jobs run one at a time, in the order they were posted.
class WorkspaceThread : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(WorkspaceStore* store, const QString& openError)>;

    explicit WorkspaceThread(const QString& workspaceDirectory, QObject* parent = nullptr);
    /// Waits for the job running now and drops the ones still queued.
    ~WorkspaceThread() override;

    /// Runs `job` on the thread. `store` is null (and `openError` says why) when the workspace
    /// could not be opened there. A job hands its results back with QMetaObject::invokeMethod
    /// on an object of the GUI thread that outlives this one.
    void post(Job job);

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker;
};
