#include "DraftWriter.h"

#include "WorkspaceStore.h"

#include <memory>

/// Lives on the writer thread and owns that thread's database connection.
class DraftWriter::Worker : public QObject
{
public:
    explicit Worker(const QString& directory)
        : m_directory(directory)
    {
    }

    bool write(qint64 specId, const QByteArray& content, QString* error)
    {
        if (!m_store) {
            m_store = std::make_unique<WorkspaceStore>();
            if (!m_store->open(m_directory, error)) {
                m_store.reset();
                return false;
            }
        }
        return m_store->saveSpecContent(specId, content, error);
    }

    void close() { m_store.reset(); }

private:
    QString m_directory;
    std::unique_ptr<WorkspaceStore> m_store;
};

DraftWriter::DraftWriter(const QString& workspaceDirectory, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(workspaceDirectory))
{
    m_thread.setObjectName(QStringLiteral("DraftWriter"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

DraftWriter::~DraftWriter()
{
    // Finish queued writes, close the connection on its own thread, then stop.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void DraftWriter::writeLater(qint64 specId, const QByteArray& content)
{
    QMetaObject::invokeMethod(m_worker, [this, specId, content] {
        QString error;
        const bool ok = m_worker->write(specId, content, &error);
        Q_EMIT written(specId, ok, error);
    });
}

bool DraftWriter::writeAndWait(qint64 specId, const QByteArray& content, QString* error)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->write(specId, content, error); }, Qt::BlockingQueuedConnection);
    return ok;
}
