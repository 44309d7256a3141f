#pragma once

#include <QLockFile>
#include <QString>

/// One SpecDesk window per workspace. Two windows on one workspace would each keep the same
/// drafts in their editors and write them over each other's typing, so a second one is refused
/// with a sentence saying which process holds the workspace. The lock is a file in the
/// workspace folder; a lock left by a process that died (a crash, `kill -9`) is taken over.
/// The CLI takes no such lock: it works beside the window, and the sync leases keep the two
/// from sending the same draft.
class WorkspaceWindowLock
{
public:
    explicit WorkspaceWindowLock(const QString& workspaceDirectory);

    /// True when this process now holds the workspace; otherwise `whyNot` says who does.
    bool tryLock(QString* whyNot);

private:
    QLockFile m_lock;
};
