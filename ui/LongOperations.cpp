#include "LongOperations.h"

LongOperations::LongOperations(QObject* parent)
    : QObject(parent)
{
}

int LongOperations::begin(const QString& text, std::function<void()> cancel)
{
    Operation operation;
    operation.id = m_nextId++;
    operation.text = text;
    operation.cancel = std::move(cancel);
    m_operations.append(operation);
    Q_EMIT changed();
    return operation.id;
}

void LongOperations::update(int id, qint64 done, qint64 total)
{
    for (Operation& operation : m_operations) {
        if (operation.id == id) {
            operation.done = done;
            operation.total = total;
            Q_EMIT changed();
            return;
        }
    }
}

void LongOperations::finish(int id)
{
    const qsizetype removed = m_operations.removeIf([id](const Operation& operation) { return operation.id == id; });
    if (removed > 0) {
        Q_EMIT changed();
    }
}

void LongOperations::cancelNewest()
{
    if (!m_operations.isEmpty() && m_operations.last().cancel) {
        // A copy: cancelling may finish the operation, and with it the list entry, at once.
        const std::function<void()> cancel = m_operations.last().cancel;
        cancel();
    }
}
