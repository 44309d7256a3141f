#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

/// The window's long operations (loading a connection, syncing many specs) with their
/// progress and a way to cancel each, so the status bar can show one strip for all of them.
class LongOperations : public QObject
{
    Q_OBJECT

public:
    struct Operation
    {
        int id = 0;
        QString text; ///< "Loading Sandbox DataFramer…"
        qint64 done = 0;
        qint64 total = -1; ///< -1 while unknown
        std::function<void()> cancel;
    };

    explicit LongOperations(QObject* parent = nullptr);

    /// Starts tracking an operation; `cancel` asks it to stop (it still calls finish()).
    int begin(const QString& text, std::function<void()> cancel);
    void update(int id, qint64 done, qint64 total);
    void finish(int id);
    /// Asks the newest operation to stop.
    void cancelNewest();

    bool isEmpty() const { return m_operations.isEmpty(); }
    qsizetype count() const { return m_operations.size(); }
    /// The operation the status bar shows: the newest.
    Operation newest() const { return m_operations.isEmpty() ? Operation {} : m_operations.last(); }

Q_SIGNALS:
    void changed();

private:
    QList<Operation> m_operations;
    int m_nextId = 1;
};
