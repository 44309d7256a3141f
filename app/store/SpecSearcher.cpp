#include "SpecSearcher.h"

#include "WorkerPriority.h"
#include "WorkspaceStore.h"
#include "WorkspaceThread.h"

namespace {
constexpr int kMaxHits = 1000;
} // namespace

SpecSearcher::SpecSearcher(const QString& workspaceDirectory, QObject* parent)
    : QObject(parent)
    , m_thread(std::make_unique<WorkspaceThread>(workspaceDirectory))
{
    qRegisterMetaType<SpecSearch::Result>();
}

SpecSearcher::~SpecSearcher()
{
    // The search running now stops at its next spec; the thread waits for it as it goes.
    if (m_cancel) {
        m_cancel->store(true);
    }
}

quint64 SpecSearcher::search(const QString& text)
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 number = ++m_last;
    m_thread->post([this, text, number, cancel = m_cancel](WorkspaceStore* store, const QString& openError) {
        // Reading every spec must not take the CPU from the window.
        WorkerPriority::lower();
        SpecSearch::Result result;
        if (store) {
            result = SpecSearch::find(store->database(), text, kMaxHits, cancel.get());
        } else {
            result.error = openError;
        }
        if (!cancel->load()) {
            QMetaObject::invokeMethod(
                this, [this, number, result] { Q_EMIT found(number, result); }, Qt::QueuedConnection);
        }
    });
    return number;
}
