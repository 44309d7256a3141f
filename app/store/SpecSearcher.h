#pragma once

#include "SpecSearch.h"

#include <QObject>

#include <atomic>
#include <memory>

class WorkspaceThread;

/// Runs SpecSearch on a thread of its own with its own connection to the workspace, so typing
/// into Find in All Specs never waits for the database. A new search stops the one before it.
class SpecSearcher : public QObject
{
    Q_OBJECT

public:
    explicit SpecSearcher(const QString& workspaceDirectory, QObject* parent = nullptr);
    ~SpecSearcher() override;

    /// Starts searching for `text`; found() brings the answer with the number returned here.
    quint64 search(const QString& text);

Q_SIGNALS:
    void found(quint64 number, const SpecSearch::Result& result);

private:
    quint64 m_last = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::unique_ptr<WorkspaceThread> m_thread;
};
