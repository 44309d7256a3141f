#include "DiskFileWatcher.h"

#include <QFileInfo>

namespace {

QString folderOf(const QString& filePath)
{
    return QFileInfo(filePath).absolutePath();
}

} // namespace

DiskFileWatcher::DiskFileWatcher(QObject* parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(100);
    connect(&m_settle, &QTimer::timeout, this, &DiskFileWatcher::reportSettled);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DiskFileWatcher::onFileEvent);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &DiskFileWatcher::onFolderEvent);
}

void DiskFileWatcher::watch(const QString& filePath)
{
    if (m_files.contains(filePath)) {
        return;
    }
    m_files.insert(filePath, lookAt(filePath));
    const QString folder = folderOf(filePath);
    if (m_folders[folder]++ == 0 && QFileInfo(folder).isDir()) {
        m_watcher.addPath(folder);
    }
    rewatch(filePath);
}

void DiskFileWatcher::unwatch(const QString& filePath)
{
    if (!m_files.remove(filePath)) {
        return;
    }
    m_due.remove(filePath);
    if (m_watcher.files().contains(filePath)) {
        m_watcher.removePath(filePath);
    }
    const QString folder = folderOf(filePath);
    if (--m_folders[folder] == 0) {
        m_folders.remove(folder);
        if (m_watcher.directories().contains(folder)) {
            m_watcher.removePath(folder);
        }
    }
}

QStringList DiskFileWatcher::watchedFiles() const
{
    return m_files.keys();
}

void DiskFileWatcher::setSettleDelayMs(int delayMs)
{
    m_settle.setInterval(delayMs);
}

DiskFileWatcher::Look DiskFileWatcher::lookAt(const QString& filePath)
{
    const QFileInfo info(filePath);
    if (!info.exists()) {
        return {};
    }
    return {true, info.size(), info.lastModified(), info.metadataChangeTime()};
}

void DiskFileWatcher::onFileEvent(const QString& filePath)
{
    if (!m_files.contains(filePath)) {
        return;
    }
    // A file written in place keeps its watch; one replaced or deleted lost it.
    rewatch(filePath);
    schedule(filePath);
}

void DiskFileWatcher::onFolderEvent(const QString& folder)
{
    // Folders change for every file in them; only a watched file that looks different counts.
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (folderOf(it.key()) == folder) {
            rewatch(it.key());
            if (lookAt(it.key()) != it.value()) {
                schedule(it.key());
            }
        }
    }
}

void DiskFileWatcher::rewatch(const QString& filePath)
{
    if (QFileInfo::exists(filePath) && !m_watcher.files().contains(filePath)) {
        m_watcher.addPath(filePath);
    }
}

void DiskFileWatcher::schedule(const QString& filePath)
{
    m_due.insert(filePath);
    // Each event restarts the wait: the file is reported once its writer is quiet.
    m_settle.start();
}

void DiskFileWatcher::reportSettled()
{
    const QSet<QString> due = std::exchange(m_due, {});
    for (const QString& filePath : due) {
        if (!m_files.contains(filePath)) {
            continue;
        }
        m_files[filePath] = lookAt(filePath);
        Q_EMIT fileChanged(filePath);
    }
}
