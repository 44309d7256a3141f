#include "WalCheckpointer.h"

#include "WorkspaceStore.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

namespace {

sqlite3* handleOf(const QSqlDatabase& db)
{
    if (!db.isOpen() || db.driver() == nullptr) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

/// Lives on the thread and owns its connection.
class WalCheckpointer::Worker : public QObject
{
public:
    explicit Worker(const QString& databasePath)
        : m_databasePath(databasePath)
    {
    }

    /// Returns the log's pages and the pages copied back, or -1 and -1.
    std::pair<int, int> checkpoint()
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            db.setDatabaseName(m_databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.isOpen() && !db.open()) {
            qCWarning(lcStore) << "the checkpoint thread could not open the workspace:" << db.lastError().text();
            return {-1, -1};
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
            qCWarning(lcStore) << "a checkpoint failed:" << query.lastError().text();
            return {-1, -1};
        }
        return {query.value(1).toInt(), query.value(2).toInt()};
    }

    void close()
    {
        if (QSqlDatabase::contains(m_connectionName)) {
            QSqlDatabase::database(m_connectionName, false).close();
            QSqlDatabase::removeDatabase(m_connectionName);
        }
    }

private:
    QString m_databasePath;
    QString m_connectionName = QStringLiteral("checkpoints-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

WalCheckpointer::WalCheckpointer(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("WalCheckpointer"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

WalCheckpointer::~WalCheckpointer()
{
    for (const QString& name : std::as_const(m_watched)) {
        if (sqlite3* connection
            = QSqlDatabase::contains(name) ? handleOf(QSqlDatabase::database(name, false)) : nullptr) {
            sqlite3_wal_autocheckpoint(connection, kPagesBeforeCheckpoint);
        }
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void WalCheckpointer::watch(const QSqlDatabase& db)
{
    sqlite3* connection = handleOf(db);
    if (connection == nullptr) {
        return;
    }
    // Replaces the hook behind SQLite's automatic checkpoints (they are one and the same).
    sqlite3_wal_hook(connection, &WalCheckpointer::afterCommit, this);
    m_watched.append(db.connectionName());
}

int WalCheckpointer::afterCommit(void* checkpointer, sqlite3* /*connection*/, const char* /*schema*/, int logPages)
{
    if (logPages >= kPagesBeforeCheckpoint) {
        static_cast<WalCheckpointer*>(checkpointer)->requestCheckpoint();
    }
    return SQLITE_OK;
}

void WalCheckpointer::requestCheckpoint()
{
    if (m_requested.exchange(true)) {
        return;
    }
    QMetaObject::invokeMethod(m_worker, [this] {
        m_requested = false;
        const auto [logPages, copiedPages] = m_worker->checkpoint();
        Q_EMIT checkpointed(logPages, copiedPages);
    });
}
