#include "DraftWriter.h"

#include "StoreQuery.h"

#include <memory>

/// Lives on the writer thread and owns that thread's database connection.
class DraftWriter::Worker : public QObject
{
public:
    explicit Worker(const QString& directory)
        : m_directory(directory)
    {
    }

    WorkspaceStore::DraftSave
    write(qint64 specId, const QByteArray& content, const QList<QByteArray>& knownHashes, QString* error)
    {
        if (!m_store) {
            m_store = std::make_unique<WorkspaceStore>();
            if (!m_store->open(m_directory, error)) {
                m_store.reset();
                return WorkspaceStore::DraftSave::Failed;
            }
        }
        return m_store->saveDraft(specId, content, knownHashes, error);
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

void DraftWriter::writeLater(qint64 specId, const QByteArray& content, const QList<QByteArray>& knownHashes)
{
    QMetaObject::invokeMethod(m_worker, [this, specId, content, knownHashes] {
        QString error;
        const WorkspaceStore::DraftSave outcome = m_worker->write(specId, content, knownHashes, &error);
        Q_EMIT written(specId, StoreQuery::hashOf(content), outcome, error);
    });
}

WorkspaceStore::DraftSave DraftWriter::writeAndWait(qint64 specId,
                                                    const QByteArray& content,
                                                    const QList<QByteArray>& knownHashes,
                                                    QString* error)
{
    auto outcome = WorkspaceStore::DraftSave::Failed;
    QMetaObject::invokeMethod(
        m_worker,
        [&] { outcome = m_worker->write(specId, content, knownHashes, error); },
        Qt::BlockingQueuedConnection);
    return outcome;
}
