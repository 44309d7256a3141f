#pragma once

#include <QByteArray>
#include <QObject>
#include <QThread>

class WorkspaceStore;

/// Writes drafts into the workspace on a thread of its own, so committing a 10 MB spec (with its
/// fsync) never freezes typing. It keeps its own connection to the same SQLite file (WAL lets
/// the GUI's connection read meanwhile). Writes run in the order they were asked for.
class DraftWriter : public QObject
{
    Q_OBJECT

public:
    explicit DraftWriter(const QString& workspaceDirectory, QObject* parent = nullptr);
    ~DraftWriter() override;

    /// Queues a write and returns at once; written() reports how it went.
    void writeLater(qint64 specId, const QByteArray& content);
    /// Writes now and waits until it is on disk; for closing a tab or quitting.
    bool writeAndWait(qint64 specId, const QByteArray& content, QString* error);

Q_SIGNALS:
    void written(qint64 specId, bool ok, const QString& error);

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker;
};
