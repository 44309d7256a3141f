#pragma once

#include "WorkspaceStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

/// A temporary workspace holding one remote DataFramer spec, written straight into its row, for
/// the tests of the sync journal and its leases.
struct OneRemoteSpecWorkspace
{
    /// `base` and `syncState` may be null (no base, no stored state).
    bool open(const QByteArray& content, const QVariant& base, const QVariant& syncState, QString* error)
    {
        dir = std::make_unique<QTemporaryDir>();
        store = std::make_unique<WorkspaceStore>();
        if (!store->open(dir->path(), error)) {
            return false;
        }
        QSqlQuery query(store->database());
        if (!query.exec(QStringLiteral("INSERT INTO collections (name, type) VALUES ('df', 'remote')"))) {
            *error = query.lastError().text();
            return false;
        }
        const QVariant collectionId = query.lastInsertId();
        // Texts as TEXT, as the app stores them.
        query.prepare(QStringLiteral(
            "INSERT INTO specs (collection_id, title, kind, content, base_content, remote_id, created_at, updated_at, "
            "sync_state) VALUES (?, 'One', 'dataframer', ?, ?, 'r1', '', '', ?)"));
        query.addBindValue(collectionId);
        query.addBindValue(QString::fromUtf8(content));
        query.addBindValue(base);
        query.addBindValue(syncState);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        specId = query.lastInsertId().toLongLong();
        return true;
    }

    /// The store before its folder.
    void close()
    {
        store.reset();
        dir.reset();
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<WorkspaceStore> store;
    qint64 specId = 0;
};
