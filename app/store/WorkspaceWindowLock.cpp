#include "WorkspaceWindowLock.h"

#include <QCoreApplication>
#include <QDir>

WorkspaceWindowLock::WorkspaceWindowLock(const QString& workspaceDirectory)
    : m_lock(QDir(workspaceDirectory).filePath(QStringLiteral("specdesk-window.lock")))
{
    // Held for as long as the window is open, however long: only the owner's death frees it.
    m_lock.setStaleLockTime(0);
}

bool WorkspaceWindowLock::tryLock(QString* whyNot)
{
    if (m_lock.tryLock()) {
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock.error() == QLockFile::LockFailedError && m_lock.getLockInfo(&pid, &host, &application)) {
        *whyNot = QCoreApplication::translate("WorkspaceWindowLock",
                                              "SpecDesk is already open on this workspace (process %1 on %2). "
                                              "Switch to that window, or start SpecDesk with --workspace DIR "
                                              "to use another workspace.")
                      .arg(pid)
                      .arg(host);
        return false;
    }
    *whyNot = QCoreApplication::translate("WorkspaceWindowLock",
                                          "SpecDesk could not lock its workspace folder, so it cannot tell "
                                          "whether another SpecDesk window uses it. Check that the folder is "
                                          "writable.");
    return false;
}
