#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

/// Tells when a watched file changed on disk, however it changed: written in place, replaced
/// by a rename (editors, `sed -i` and QSaveFile write a new file and move it over the old one),
/// deleted, moved away, or created again.
///
/// QFileSystemWatcher alone loses a file replaced by a rename: it watched the old inode, which
/// is gone. So the folder of each file is watched too; when its entries change, a file that is
/// back is watched again, and any watched file that looks different is reported.
///
/// Reports settle for a moment first, so a writer that truncates and then writes, or deletes and
/// then creates, is reported once, after it is done.
class DiskFileWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DiskFileWatcher(QObject* parent = nullptr);

    /// Starts watching an absolute path, even one that does not exist (yet).
    void watch(const QString& filePath);
    void unwatch(const QString& filePath);
    QStringList watchedFiles() const;
    /// How long a file must stay quiet before it is reported; 100 ms by default.
    void setSettleDelayMs(int delayMs);

Q_SIGNALS:
    /// The file's content, presence or identity changed. It may be gone now.
    void fileChanged(const QString& filePath);

private:
    /// What a folder event is compared against: a rename swaps the inode, and with it the
    /// change time, even when size and modification time are copied over.
    struct Look
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        QDateTime changed;

        bool operator==(const Look& other) const = default;
    };

    static Look lookAt(const QString& filePath);
    void onFileEvent(const QString& filePath);
    void onFolderEvent(const QString& folder);
    /// Asks QFileSystemWatcher to watch the file again when it exists and is not watched.
    void rewatch(const QString& filePath);
    void schedule(const QString& filePath);
    void reportSettled();

    QFileSystemWatcher m_watcher;
    QHash<QString, Look> m_files;
    /// How many watched files each watched folder holds.
    QHash<QString, int> m_folders;
    QSet<QString> m_due;
    QTimer m_settle;
};
