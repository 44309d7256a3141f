#include "WorkspaceThread.h"

#include "WorkspaceStore.h"

#include <atomic>

/// Lives on the thread and owns that thread's connection.
class WorkspaceThread::Worker : public QObject
{
public:
    explicit Worker(const QString& directory)
        : m_directory(directory)
    {
    }

    void run(const Job& job)
    {
        if (m_stopping.load()) {
            return;
        }
        if (!m_store && m_openError.isEmpty()) {
            m_store = std::make_unique<WorkspaceStore>();
            if (!m_store->open(m_directory, &m_openError)) {
                m_store.reset();
            }
        }
        job(m_store.get(), m_openError);
    }

    void close() { m_store.reset(); }

    std::atomic<bool> m_stopping {false};

private:
    QString m_directory;
    std::unique_ptr<WorkspaceStore> m_store;
    QString m_openError;
};

WorkspaceThread::WorkspaceThread(const QString& workspaceDirectory, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(workspaceDirectory))
{
    m_thread.setObjectName(QStringLiteral("WorkspaceThread"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

WorkspaceThread::~WorkspaceThread()
{
    // Queued jobs are skipped; the connection is closed on its own thread.
    m_worker->m_stopping = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void WorkspaceThread::post(Job job)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = std::move(job)] { worker->run(job); });
}
