#include "WorkspaceWatcher.h"

#include "WorkspaceStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace {

// Long enough to read a burst of commits (a sync of many specs) once, short enough to feel live.
constexpr int kDebounceMs = 150;

} // namespace

WorkspaceWatcher::WorkspaceWatcher(WorkspaceStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &WorkspaceWatcher::check);
    connect(&m_files, &QFileSystemWatcher::fileChanged, this, &WorkspaceWatcher::onPathChanged);
    // The folder tells when the log file comes back after it was removed.
    connect(&m_files, &QFileSystemWatcher::directoryChanged, this, &WorkspaceWatcher::onPathChanged);
    m_version = dataVersion();
    if (!m_store->directory().isEmpty()) {
        m_files.addPath(m_store->directory());
    }
    watchFiles();
}

void WorkspaceWatcher::watchFiles()
{
    const QString database = QDir(m_store->directory()).filePath(WorkspaceStore::databaseFileName());
    const QStringList watched = m_files.files();
    for (const QString& path : {database, QString(database + QStringLiteral("-wal"))}) {
        if (!watched.contains(path) && QFileInfo::exists(path)) {
            m_files.addPath(path);
        }
    }
}

void WorkspaceWatcher::onPathChanged()
{
    watchFiles();
    // Not restarted by later events: a long run of writes is still read every 150 ms.
    if (!m_debounce.isActive()) {
        m_debounce.start();
    }
}

void WorkspaceWatcher::check()
{
    m_debounce.stop();
    const qint64 version = dataVersion();
    if (version < 0 || version == m_version) {
        return;
    }
    m_version = version;
    Q_EMIT changed();
    m_store->announceChangedByOthers();
}

qint64 WorkspaceWatcher::dataVersion() const
{
    if (!m_store->isOpen()) {
        return -1;
    }
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}
