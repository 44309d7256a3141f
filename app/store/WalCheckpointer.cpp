#include "WalCheckpointer.h"

#include "WorkspaceStore.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
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

WalCheckpointer::WalCheckpointer(const QString& workspaceDirectory, QObject* parent)
    : QObject(parent)
    , m_thread(std::make_unique<WorkspaceThread>(workspaceDirectory))
{
}

WalCheckpointer::~WalCheckpointer()
{
    // First: a checkpoint running now ends, and none queued runs, while this object is whole.
    m_thread.reset();
    for (const QString& name : std::as_const(m_watched)) {
        if (sqlite3* connection
            = QSqlDatabase::contains(name) ? handleOf(QSqlDatabase::database(name, false)) : nullptr) {
            sqlite3_wal_autocheckpoint(connection, kPagesBeforeCheckpoint);
        }
    }
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
    m_thread->post([this](WorkspaceStore* store, const QString& openError) {
        m_requested = false;
        if (!store) {
            qCWarning(lcStore) << "the checkpoint thread could not open the workspace:" << openError;
            Q_EMIT checkpointed(-1, -1);
            return;
        }
        QSqlQuery query(store->database());
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
            qCWarning(lcStore) << "a checkpoint failed:" << query.lastError().text();
            Q_EMIT checkpointed(-1, -1);
            return;
        }
        Q_EMIT checkpointed(query.value(1).toInt(), query.value(2).toInt());
    });
}
