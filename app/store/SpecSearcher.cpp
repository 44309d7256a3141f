#include "SpecSearcher.h"

#include "WorkerPriority.h"
#include "WorkspaceStore.h"

/// Lives on the search thread and owns that thread's database connection.
class SpecSearcher::Worker : public QObject
{
public:
    explicit Worker(const QString& directory)
        : m_directory(directory)
    {
    }

    SpecSearch::Result search(const QString& text, const std::atomic<bool>* cancelled)
    {
        WorkerPriority::lower();
        if (!m_store) {
            m_store = std::make_unique<WorkspaceStore>();
            SpecSearch::Result failed;
            if (!m_store->open(m_directory, &failed.error)) {
                m_store.reset();
                return failed;
            }
        }
        return SpecSearch::find(m_store->database(), text, kMaxHits, cancelled);
    }

    void close() { m_store.reset(); }

private:
    static constexpr int kMaxHits = 1000;
    QString m_directory;
    std::unique_ptr<WorkspaceStore> m_store;
};

SpecSearcher::SpecSearcher(const QString& workspaceDirectory, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(workspaceDirectory))
{
    qRegisterMetaType<SpecSearch::Result>();
    m_thread.setObjectName(QStringLiteral("SpecSearcher"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

SpecSearcher::~SpecSearcher()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

quint64 SpecSearcher::search(const QString& text)
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 number = ++m_last;
    QMetaObject::invokeMethod(m_worker, [this, text, number, cancel = m_cancel] {
        const SpecSearch::Result result = m_worker->search(text, cancel.get());
        if (!cancel->load()) {
            Q_EMIT found(number, result);
        }
    });
    return number;
}
