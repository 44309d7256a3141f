#include "RemoteSpecStore.h"

#include "DraftText.h"
#include "PreparedQuery.h"
#include "ServerVersions.h"
#include "StoreQuery.h"
#include "WorkspaceStore.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace {

using StoreQuery::blob;
using StoreQuery::hashOf;
using StoreQuery::nowUtc;

QString titleOf(const RemoteSpec& spec)
{
    return spec.name.trimmed().isEmpty() ? spec.id : spec.name;
}

void setSynchronous(const QSqlDatabase& db, bool waitForDisk)
{
    // WorkspaceStore::open() sets FULL: a draft's commit waits for the disk.
    PreparedQuery(db,
                  waitForDisk ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"))
        .run(nullptr);
}

/// While it lives, commits hold only what a server sent, which the next fetch brings again: like
/// the sync journal's, they survive a crash or a kill (WAL) without waiting for the disk. With a
/// disk sync for each, recording the versions a sync found cost 0.9 of 2.7 s for 1,000 specs.
class ServerCopyCommits
{
public:
    explicit ServerCopyCommits(QSqlDatabase db)
        : m_db(std::move(db))
    {
        setSynchronous(m_db, false);
    }
    ~ServerCopyCommits() { setSynchronous(m_db, true); }
    ServerCopyCommits(const ServerCopyCommits&) = delete;
    ServerCopyCommits& operator=(const ServerCopyCommits&) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

RemoteSpecStore::RemoteSpecStore(WorkspaceStore* store)
    : m_store(store)
{
}

std::optional<RemoteSpecStore::Outcome>
RemoteSpecStore::record(const Connection& connection, const RemoteSpec& spec, QString* error)
{
    QSqlDatabase db = m_store->database();
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id, base_content IS NOT NULL AND NOT %1, %2 FROM specs "
                                "WHERE collection_id = ? AND remote_id = ?")
                     .arg(QLatin1String(DraftText::kDiffersFromBase), QLatin1String(DraftText::kIsText)));
    find.addBindValue(hashOf(spec.content));
    find.addBindValue(blob(spec.content));
    find.addBindValue(connection.collectionId);
    find.addBindValue(spec.id);
    if (!StoreQuery::run(find, error)) {
        return std::nullopt;
    }
    const QString now = nowUtc();
    if (!find.next()) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO specs (collection_id, title, kind, content, content_hash, base_content, base_revision, "
            "remote_id, remote_status, remote_detail, fetched_at, created_at, updated_at, base_hash, "
            "base_version_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(connection.collectionId);
        insert.addBindValue(titleOf(spec));
        insert.addBindValue(SpecKinds::id(ApiKinds::specKind(connection.api)));
        insert.addBindValue(blob(spec.content));
        insert.addBindValue(hashOf(spec.content));
        insert.addBindValue(blob(spec.content));
        insert.addBindValue(spec.revision);
        insert.addBindValue(spec.id);
        insert.addBindValue(RemoteStatuses::id(spec.status));
        insert.addBindValue(spec.statusDetail);
        insert.addBindValue(now);
        insert.addBindValue(now);
        insert.addBindValue(now);
        insert.addBindValue(hashOf(spec.content));
        insert.addBindValue(spec.hasVersions ? QVariant(int(spec.versions.size())) : QVariant());
        if (!StoreQuery::run(insert, error)) {
            return std::nullopt;
        }
        Outcome outcome {insert.lastInsertId().toLongLong(), Recorded::Added};
        if (spec.hasContent) {
            addSnapshot(outcome.specId, QStringLiteral("pull"), spec.content);
        } else if (!markAwaitingText(outcome.specId, true, error)) {
            return std::nullopt;
        }
        if (std::optional<SpecRecord> summary = m_store->specSummary(outcome.specId)) {
            Q_EMIT m_store->specAdded(*summary);
        }
        return outcome;
    }

    Outcome outcome {find.value(0).toLongLong(), Recorded::Updated};
    const bool clean = find.value(1).toBool();
    const bool sameText = find.value(2).toBool();
    QSqlQuery update(db);
    // A listing without the text (DataFramer's list) updates only what it carries: the text and
    // the base stay as they are, or a killed pull or a list refresh would leave empty copies.
    if (clean && spec.hasContent) {
        update.prepare(QStringLiteral(
            "UPDATE specs SET title = ?, remote_status = ?, remote_detail = ?, fetched_at = ?, content = ?, "
            "content_hash = ?, base_content = ?, base_revision = ?, updated_at = ?, base_hash = ?, "
            "base_version_count = COALESCE(?, base_version_count) WHERE id = ?"));
        update.addBindValue(titleOf(spec));
        update.addBindValue(RemoteStatuses::id(spec.status));
        update.addBindValue(spec.statusDetail);
        update.addBindValue(now);
        update.addBindValue(blob(spec.content));
        update.addBindValue(hashOf(spec.content));
        update.addBindValue(blob(spec.content));
        update.addBindValue(spec.revision);
        update.addBindValue(now);
        update.addBindValue(hashOf(spec.content));
        update.addBindValue(spec.hasVersions ? QVariant(int(spec.versions.size())) : QVariant());
        update.addBindValue(outcome.specId);
        outcome.recorded = sameText ? Recorded::Unchanged : Recorded::Updated;
    } else {
        update.prepare(
            QStringLiteral("UPDATE specs SET title = ?, remote_status = ?, remote_detail = ?, fetched_at = ? "
                           "WHERE id = ?"));
        update.addBindValue(titleOf(spec));
        update.addBindValue(RemoteStatuses::id(spec.status));
        update.addBindValue(spec.statusDetail);
        update.addBindValue(now);
        update.addBindValue(outcome.specId);
        outcome.recorded = clean ? Recorded::Unchanged : Recorded::KeptLocalEdits;
    }
    if (!StoreQuery::run(update, error)) {
        return std::nullopt;
    }
    if (spec.hasContent && !markAwaitingText(outcome.specId, false, error)) {
        return std::nullopt;
    }
    if (spec.hasContent && (outcome.recorded == Recorded::Updated || !latestSnapshotIs(outcome.specId, spec.content))) {
        // Each new server text a pull brings is kept, with local edits or without.
        addSnapshot(outcome.specId, QStringLiteral("pull"), spec.content);
    }
    m_store->announceSpecChanged(outcome.specId);
    return outcome;
}

bool RemoteSpecStore::markAwaitingText(qint64 specId, bool awaiting, QString* error)
{
    QSqlQuery query(m_store->database());
    query.prepare(awaiting ? QStringLiteral("INSERT OR IGNORE INTO specs_awaiting_text (spec_id) VALUES (?)")
                           : QStringLiteral("DELETE FROM specs_awaiting_text WHERE spec_id = ?"));
    query.addBindValue(specId);
    return StoreQuery::run(query, error);
}

bool RemoteSpecStore::beginBatch(QString* error)
{
    QSqlDatabase db = m_store->database();
    // A batch holds what a server sent (ServerCopyCommits): only a power cut can take its
    // commit, until the next commit synced to disk (any draft) syncs it too.
    setSynchronous(db, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        setSynchronous(db, true);
        return false;
    }
    return true;
}

bool RemoteSpecStore::commitBatch(QString* error)
{
    QSqlDatabase db = m_store->database();
    const bool committed = db.commit();
    if (!committed) {
        *error = db.lastError().text();
        db.rollback();
    }
    setSynchronous(db, true);
    return committed;
}

bool RemoteSpecStore::replaceServerVersions(qint64 specId, const QList<RemoteVersion>& versions, QString* error)
{
    QSqlDatabase db = m_store->database();
    const ServerCopyCommits serverCopy(db);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!ServerVersions::replace(db, specId, versions, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool RemoteSpecStore::addSnapshot(qint64 specId, const QString& origin, const QByteArray& content, QString* error)
{
    QSqlQuery insert(m_store->database());
    insert.prepare(QStringLiteral(
        "INSERT INTO spec_versions (spec_id, origin, number, content, created_at, recorded_at) VALUES (?, ?, "
        "(SELECT COALESCE(MAX(number), 0) + 1 FROM spec_versions WHERE spec_id = ? AND origin = ?), ?, ?, ?)"));
    const QString now = nowUtc();
    insert.addBindValue(specId);
    insert.addBindValue(origin);
    insert.addBindValue(specId);
    insert.addBindValue(origin);
    insert.addBindValue(blob(content));
    insert.addBindValue(now);
    insert.addBindValue(now);
    return StoreQuery::run(insert, error);
}

bool RemoteSpecStore::latestSnapshotIs(qint64 specId, const QByteArray& content) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT content = ? FROM spec_versions WHERE spec_id = ? AND origin = 'pull' "
                                 "ORDER BY number DESC LIMIT 1"));
    query.addBindValue(blob(content));
    query.addBindValue(specId);
    return StoreQuery::run(query, nullptr) && query.next() && query.value(0).toBool();
}

QList<RemoteVersion> RemoteSpecStore::serverVersions(qint64 specId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT number, content, created_at, author FROM spec_versions "
                                 "WHERE spec_id = ? AND origin = 'server' ORDER BY number"));
    query.addBindValue(specId);
    QList<RemoteVersion> versions;
    if (!StoreQuery::run(query, nullptr)) {
        return versions;
    }
    while (query.next()) {
        versions << RemoteVersion {query.value(0).toInt(),
                                   query.value(1).toByteArray(),
                                   QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs),
                                   query.value(3).toString()};
    }
    return versions;
}

std::optional<SpecRecord> RemoteSpecStore::specByRemoteId(const Connection& connection, const QString& remoteId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT id FROM specs WHERE collection_id = ? AND remote_id = ?"));
    query.addBindValue(connection.collectionId);
    query.addBindValue(remoteId);
    if (!StoreQuery::run(query, nullptr) || !query.next()) {
        return std::nullopt;
    }
    return m_store->spec(query.value(0).toLongLong());
}

QByteArray RemoteSpecStore::baseContent(qint64 specId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT base_content FROM specs WHERE id = ?"));
    query.addBindValue(specId);
    if (!StoreQuery::run(query, nullptr) || !query.next()) {
        return {};
    }
    return query.value(0).toByteArray();
}

QString RemoteSpecStore::baseRevision(qint64 specId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT base_revision FROM specs WHERE id = ?"));
    query.addBindValue(specId);
    if (!StoreQuery::run(query, nullptr) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

bool RemoteSpecStore::hasLocalEdits(qint64 specId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT base_content IS NOT NULL AND %1 FROM specs WHERE id = ?")
                      .arg(QLatin1String(DraftText::kDiffersFromBase)));
    query.addBindValue(specId);
    return StoreQuery::run(query, nullptr) && query.next() && query.value(0).toBool();
}
