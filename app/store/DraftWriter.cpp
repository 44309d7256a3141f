#include "DraftWriter.h"

#include "WorkerPriority.h"

#include <QHash>

#include <memory>

/// Lives on the writer thread and owns that thread's database connection.
class DraftWriter::Worker : public QObject
{
public:
    explicit Worker(const QString& directory)
        : m_directory(directory)
    {
    }

    WorkspaceStore::DraftSave write(qint64 specId,
                                    const QByteArray& content,
                                    QList<QByteArray> knownHashes,
                                    const QList<quint64>& earlierWrites,
                                    quint64 number,
                                    QByteArray* hash,
                                    QString* error)
    {
        // Hashing and comparing a 10 MB draft must not take the CPU from the window.
        WorkerPriority::lower();
        // An earlier write lands before this one, or fails and leaves the text before it.
        for (const quint64 earlier : earlierWrites) {
            const auto found = m_hashes.constFind(earlier);
            if (found != m_hashes.cend()) {
                knownHashes.append(found->hash);
            }
        }
        // Writes of this spec the caller no longer waits for are never named again.
        for (auto it = m_hashes.begin(); it != m_hashes.end();) {
            it = it->specId == specId && !earlierWrites.contains(it.key()) ? m_hashes.erase(it) : std::next(it);
        }
        WorkspaceStore::DraftSave outcome = WorkspaceStore::DraftSave::Failed;
        if (openStore(error)) {
            outcome = m_store->saveDraft(specId, content, knownHashes, error, hash);
        }
        if (number != 0 && !hash->isEmpty()) {
            m_hashes.insert(number, {specId, *hash});
        }
        return outcome;
    }

    void rememberStored(qint64 specId, const QByteArray& hash, const QByteArray& text)
    {
        if (openStore(nullptr)) {
            m_store->rememberStoredDraft(specId, hash, text);
        }
    }

    void close() { m_store.reset(); }

private:
    bool openStore(QString* error)
    {
        if (!m_store) {
            m_store = std::make_unique<WorkspaceStore>();
            if (!m_store->open(m_directory, error)) {
                m_store.reset();
            }
        }
        return m_store != nullptr;
    }

    struct WriteHash
    {
        qint64 specId;
        QByteArray hash;
    };

    QString m_directory;
    std::unique_ptr<WorkspaceStore> m_store;
    /// The hashes of the writes made, by number, until a later write of the spec no longer
    /// names them.
    QHash<quint64, WriteHash> m_hashes;
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

quint64 DraftWriter::writeLater(qint64 specId,
                                const QByteArray& content,
                                const QList<QByteArray>& knownHashes,
                                const QList<quint64>& earlierWrites)
{
    const quint64 number = ++m_lastWrite;
    QMetaObject::invokeMethod(m_worker, [this, specId, content, knownHashes, earlierWrites, number] {
        QString error;
        QByteArray hash;
        const WorkspaceStore::DraftSave outcome
            = m_worker->write(specId, content, knownHashes, earlierWrites, number, &hash, &error);
        Q_EMIT written(specId, hash, outcome, error, number);
    });
    return number;
}

void DraftWriter::rememberStored(qint64 specId, const QByteArray& hash, const QByteArray& text)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, specId, hash, text] { worker->rememberStored(specId, hash, text); });
}

WorkspaceStore::DraftSave DraftWriter::writeAndWait(qint64 specId,
                                                    const QByteArray& content,
                                                    const QList<QByteArray>& knownHashes,
                                                    QString* error,
                                                    const QList<quint64>& earlierWrites,
                                                    QByteArray* writtenHash)
{
    auto outcome = WorkspaceStore::DraftSave::Failed;
    QByteArray hash;
    QMetaObject::invokeMethod(
        m_worker,
        [&] { outcome = m_worker->write(specId, content, knownHashes, earlierWrites, 0, &hash, error); },
        Qt::BlockingQueuedConnection);
    if (writtenHash) {
        *writtenHash = hash;
    }
    return outcome;
}
