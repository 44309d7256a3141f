#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

class WorkspaceStore;

/// Notices when another connection changed the workspace: specdesk-cli, or this process's own
/// draft writer and sync journal, which each keep a connection of their own.
///
/// SQLite's `PRAGMA data_version` on the store's connection moves whenever any other connection
/// commits. Reading it costs little, but nothing reads it on a timer: the database and its
/// write-ahead log are watched with QFileSystemWatcher (inotify), and a burst of writes is read
/// once, about 150 ms after it began. So an idle workspace costs no CPU at all. check() reads it
/// at once, for when the window comes to the front.
class WorkspaceWatcher : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceWatcher(WorkspaceStore* store, QObject* parent = nullptr);

    /// Reads data_version now; emits changed() (and WorkspaceStore::changedByOthers()) if it moved.
    void check();

Q_SIGNALS:
    void changed();

private:
    void onPathChanged();
    /// Watches the files again after SQLite replaced or recreated them (the log after the last
    /// connection closed, for one), which drops them from inotify.
    void watchFiles();
    qint64 dataVersion() const;

    WorkspaceStore* m_store;
    QFileSystemWatcher m_files;
    QTimer m_debounce;
    qint64 m_version = -1;
};
