#include "SyncJournal.h"

#include "DraftText.h"
#include "PreparedQuery.h"
#include "ServerVersions.h"
#include "StoreQuery.h"
#include "WalCheckpointer.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

namespace {

using StoreQuery::blob;
using StoreQuery::hashOf;
using StoreQuery::nowUtc;

QVariant countOrNull(int count)
{
    return count >= 0 ? QVariant(count) : QVariant();
}

// Whether the text differs from its base compares their hashes, which the index specs_sync
// holds; the texts themselves are read only for rows written before the hashes existed.
using DraftText::kDiffersFromBase;

const QString& columns()
{
    static const QString text
        = QStringLiteral("id, collection_id, remote_id, title, remote_status, sync_state, sync_message, "
                         "sync_content_hash IS NOT NULL AND sync_content_hash = content_hash, %1, "
                         "base_revision, base_version_count, theirs_revision, theirs_version_count")
              .arg(QLatin1String(kDiffersFromBase));
    return text;
}

QVariant errorKindId(SyncErrorKind kind)
{
    switch (kind) {
    case SyncErrorKind::Refused:
        return QStringLiteral("refused");
    case SyncErrorKind::Invalid:
        return QStringLiteral("invalid");
    case SyncErrorKind::None:
        break;
    }
    return {};
}

SyncErrorKind errorKindFromId(const QString& id)
{
    if (id == QLatin1String("refused")) {
        return SyncErrorKind::Refused;
    }
    return id == QLatin1String("invalid") ? SyncErrorKind::Invalid : SyncErrorKind::None;
}

SyncRecord recordFromRow(const QSqlQuery& query)
{
    SyncRecord record;
    record.specId = query.value(0).toLongLong();
    record.collectionId = query.value(1).toLongLong();
    record.remoteId = query.value(2).toString();
    record.title = query.value(3).toString();
    record.remoteStatus = RemoteStatuses::fromId(query.value(4).toString());
    SyncState stored = SyncState::Synced;
    const bool hasStored = SyncStates::fromId(query.value(5).toString(), &stored);
    record.message = query.value(6).toString();
    const bool stillApplies = query.value(7).toBool();
    record.state = SyncJournal::effectiveState(stored, hasStored, stillApplies, query.value(8).toBool());
    // A note on a draft ("merged with the server's changes") lasts while the text is the same.
    const bool draftNote = record.state == SyncState::Draft && hasStored && stored == SyncState::Draft && stillApplies;
    if (record.state == SyncState::Synced || (record.state == SyncState::Draft && !draftNote)) {
        record.message.clear();
    }
    record.baseRevision = query.value(9).toString();
    record.baseVersionCount = query.value(10).isNull() ? -1 : query.value(10).toInt();
    record.theirsRevision = query.value(11).toString();
    record.theirsVersionCount = query.value(12).isNull() ? -1 : query.value(12).toInt();
    return record;
}

} // namespace

SyncJournal::SyncJournal(WorkspaceStore* store)
    : m_store(store)
    , m_connectionName(QStringLiteral("sync-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_leases(m_connectionName)
{
    m_deferredTimer.setSingleShot(true);
    m_deferredTimer.callOnTimeout([this] { flushDeferred(); });
    QSqlDatabase journal = QSqlDatabase::cloneDatabase(store->database(), m_connectionName);
    if (!journal.open()) {
        qCWarning(lcStore) << "the sync journal could not open its connection:" << journal.lastError().text();
        return;
    }
    QSqlQuery pragma(journal);
    for (const QString& sql : {QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON")}) {
        pragma.exec(sql);
    }
    if (WalCheckpointer* checkpointer = store->walCheckpointer()) {
        checkpointer->watch(journal);
    }
}

SyncJournal::~SyncJournal()
{
    // Committed, but told to no one: the window that would hear it may be half torn down.
    m_announcing = false;
    flushDeferred();
    if (QSqlDatabase::contains(m_connectionName)) {
        m_leases.releaseAll();
        PreparedQuery::forget(m_connectionName);
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase SyncJournal::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

SyncState
SyncJournal::effectiveState(SyncState stored, bool hasStoredState, bool errorStillApplies, bool differsFromBase)
{
    if (hasStoredState
        && (stored == SyncState::Queued || stored == SyncState::Syncing || stored == SyncState::Conflict)) {
        return stored;
    }
    if (hasStoredState && stored == SyncState::Error && errorStillApplies) {
        return stored;
    }
    return differsFromBase ? SyncState::Draft : SyncState::Synced;
}

std::optional<SyncRecord> SyncJournal::record(qint64 specId) const
{
    // One statement reads one state of the workspace, the row with its draft; only a draft that
    // autosave left with splices (typing in progress) takes a snapshot, to read them with it.
    bool spliced = false;
    std::optional<SyncRecord> record = readRow(specId, &spliced);
    if (!record || !spliced) {
        return record;
    }
    const StoreQuery::Snapshot snapshot(db());
    record = readRow(specId, &spliced);
    std::optional<QByteArray> content = record ? DraftText::read(db(), specId) : std::nullopt;
    if (!content) {
        return std::nullopt;
    }
    record->content = std::move(*content);
    return record;
}

std::optional<SyncRecord> SyncJournal::readRow(qint64 specId, bool* spliced) const
{
    static const QString sql
        = QStringLiteral("SELECT %1, base_content, theirs_content, pending_write_hash, pending_write_content, "
                         "pending_write_at, sync_error_kind, (SELECT COUNT(*) FROM spec_versions WHERE spec_id = "
                         "specs.id AND origin = 'server'), content_hash, base_hash, sync_state, "
                         "sync_content_hash, %2 FROM specs WHERE id = ? AND remote_id IS NOT NULL")
              .arg(columns(), QLatin1String(DraftText::kTextUnlessSpliced));
    PreparedQuery query(db(), sql);
    query->addBindValue(specId);
    if (!query.run(nullptr) || !query->next()) {
        return std::nullopt;
    }
    SyncRecord record = recordFromRow(*query);
    record.baseContent = query.bytes(13);
    record.theirsContent = query.bytes(14);
    record.pendingWriteHash = query->value(15).toByteArray();
    record.pendingWriteContent = query.bytes(16);
    record.pendingWriteAtMs = query->value(17).toLongLong();
    if (record.state == SyncState::Error) {
        record.errorKind = errorKindFromId(query->value(18).toString());
    }
    record.serverVersionCount = query->value(19).toInt();
    // In markSyncing()'s order.
    record.seenRow = {query->value(20),
                      query->value(21),
                      query->value(22),
                      query->value(23),
                      query->value(18),
                      query->value(15),
                      query->value(17),
                      query->value(9),
                      query->value(10)};
    *spliced = query->value(25).toBool();
    record.content = query.bytes(24);
    return record;
}

std::optional<SyncRecord> SyncJournal::summary(qint64 specId) const
{
    // Through the index of a spec's facts (schema step 8): the texts are read only for a row
    // without hashes, so a 10 MB draft's autosave costs the tree no walk through its pages.
    static const QString sql
        = QStringLiteral("SELECT %1 FROM specs INDEXED BY specs_meta WHERE id = ? AND remote_id IS NOT NULL")
              .arg(columns());
    PreparedQuery query(db(), sql);
    query->addBindValue(specId);
    if (!query.run(nullptr) || !query->next()) {
        return std::nullopt;
    }
    return recordFromRow(*query);
}

QList<SyncRecord> SyncJournal::summaries(qint64 collectionId) const
{
    QSqlQuery query(db());
    query.setForwardOnly(true); // thousands of rows, read once: no cache of them all
    query.prepare(QStringLiteral("SELECT %1 FROM specs WHERE remote_id IS NOT NULL AND (? = 0 OR collection_id = ?) "
                                 "ORDER BY collection_id, title COLLATE NOCASE, id")
                      .arg(columns()));
    query.addBindValue(collectionId);
    query.addBindValue(collectionId);
    QList<SyncRecord> records;
    if (!StoreQuery::run(query, nullptr)) {
        return records;
    }
    while (query.next()) {
        records << recordFromRow(query);
    }
    return records;
}

QList<SyncRecord> SyncJournal::unsyncedSummaries() const
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    // A spec may be other than Synced (effectiveState()) with a stored state, or as a draft.
    query.prepare(QStringLiteral("SELECT %1 FROM specs WHERE remote_id IS NOT NULL AND (sync_state IS NOT NULL OR %2) "
                                 "ORDER BY collection_id, title COLLATE NOCASE, id")
                      .arg(columns(), QLatin1String(kDiffersFromBase)));
    QList<SyncRecord> records;
    if (!StoreQuery::run(query, nullptr)) {
        return records;
    }
    while (query.next()) {
        SyncRecord record = recordFromRow(query);
        if (record.state != SyncState::Synced) {
            records << record;
        }
    }
    return records;
}

QList<qint64> SyncJournal::queuedSpecs() const
{
    // A stored Queued always stands (effectiveState()), so the state column alone answers.
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM specs WHERE remote_id IS NOT NULL AND sync_state = 'queued'"));
    QList<qint64> queued;
    if (!StoreQuery::run(query, nullptr)) {
        return queued;
    }
    while (query.next()) {
        queued << query.value(0).toLongLong();
    }
    return queued;
}

int SyncJournal::run(const QString& sql, const QVariantList& values, qint64 specId)
{
    PreparedQuery query(db(), sql);
    for (const QVariant& value : values) {
        query->addBindValue(value);
    }
    if (!query.run(nullptr)) {
        return -1;
    }
    announce(specId);
    return query->numRowsAffected();
}

void SyncJournal::announce(qint64 specId)
{
    // Listeners read through other connections: inside a transaction they would see the state
    // from before it, so they hear of it once it is committed.
    if (m_transactionDepth > 0) {
        if (!m_announceOnCommit.contains(specId)) { // once per spec and commit: each makes the tree read it
            m_announceOnCommit << specId;
        }
        return;
    }
    if (m_announcing) {
        m_store->announceSpecChanged(specId);
    }
}

bool SyncJournal::beginTransaction()
{
    const QString sql = m_transactionDepth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT journal_%1").arg(m_transactionDepth);
    PreparedQuery begin(db(), sql);
    if (!begin.run(nullptr)) {
        return false;
    }
    ++m_transactionDepth;
    return true;
}

bool SyncJournal::endTransaction(bool commit)
{
    if (m_transactionDepth == 0) {
        return false;
    }
    const int depth = --m_transactionDepth;
    if (depth > 0) {
        const QString savepoint = QStringLiteral("journal_%1").arg(depth);
        if (commit && PreparedQuery(db(), QStringLiteral("RELEASE ") + savepoint).run(nullptr)) {
            return true;
        }
        PreparedQuery(db(), QStringLiteral("ROLLBACK TO ") + savepoint).run(nullptr);
        PreparedQuery(db(), QStringLiteral("RELEASE ") + savepoint).run(nullptr);
        return false;
    }
    const bool committed = commit && PreparedQuery(db(), QStringLiteral("COMMIT")).run(nullptr);
    if (!committed) {
        PreparedQuery(db(), QStringLiteral("ROLLBACK")).run(nullptr);
    }
    const QList<qint64> changed = std::exchange(m_announceOnCommit, {});
    std::vector<std::function<void()>> deferred = std::exchange(m_deferredInTransaction, {});
    if (!committed && !deferred.empty()) {
        // Undone with the transaction it joined: it is journalled again, soon.
        m_deferred.insert(m_deferred.begin(), deferred.begin(), deferred.end());
        m_deferredTimer.start(kDeferredWorkMs);
    }
    if (committed && m_announcing) {
        for (const qint64 specId : changed) {
            m_store->announceSpecChanged(specId);
        }
    }
    for (const std::function<void()>& action : std::exchange(m_afterTransaction, {})) {
        action();
    }
    return committed;
}

void SyncJournal::afterTransaction(std::function<void()> action)
{
    if (m_transactionDepth == 0) {
        action();
        return;
    }
    m_afterTransaction.push_back(std::move(action));
}

void SyncJournal::deferToNextBatch(std::function<void()> work)
{
    m_deferred.push_back(std::move(work));
    if (!m_deferredTimer.isActive()) {
        m_deferredTimer.start(kDeferredWorkMs);
    }
}

void SyncJournal::flushDeferred()
{
    if (m_deferred.empty()) {
        return;
    }
    if (m_transactionDepth > 0) {
        runDeferred();
        return;
    }
    Batch batch(*this); // runs it
    if (!batch.commit() && !m_deferred.empty()) {
        m_deferredTimer.start(kDeferredWorkMs); // the database was busy: again, soon
    }
}

void SyncJournal::runDeferred()
{
    m_deferredTimer.stop();
    for (std::function<void()>& work : std::exchange(m_deferred, {})) {
        work();
        // Kept until the transaction commits (endTransaction), to run again if it does not.
        m_deferredInTransaction.push_back(std::move(work));
    }
}

SyncJournal::Batch::Batch(SyncJournal& journal)
    : m_journal(journal)
    , m_open(journal.beginTransaction())
{
    if (m_open && m_journal.m_transactionDepth == 1) {
        m_journal.runDeferred();
    }
}

SyncJournal::Batch::~Batch()
{
    commit();
}

bool SyncJournal::Batch::commit()
{
    return std::exchange(m_open, false) && m_journal.endTransaction(true);
}

bool SyncJournal::insertSnapshot(qint64 specId, const QString& origin)
{
    // The spec's text as it is now in this transaction joins the local history.
    const std::optional<QByteArray> content = DraftText::read(db(), specId);
    if (!content) {
        return false;
    }
    PreparedQuery snapshot(db(),
                           QStringLiteral("INSERT INTO spec_versions (spec_id, origin, number, content, created_at, "
                                          "recorded_at) VALUES (?, ?, (SELECT COALESCE(MAX(number), 0) + 1 FROM "
                                          "spec_versions WHERE spec_id = ? AND origin = ?), ?, ?, ?)"));
    const QString now = nowUtc();
    for (const QVariant& value : QVariantList {specId, origin, specId, origin, blob(*content), now, now}) {
        snapshot->addBindValue(value);
    }
    return snapshot.run(nullptr);
}

bool SyncJournal::setState(qint64 specId, SyncState state, const QString& message, SyncErrorKind errorKind)
{
    // The pending write is left alone: it is marked just before a write leaves
    // (markPendingWrite) and cleared only once the server's state is journalled (rebase), so a
    // later run still recognises a write that a crash or a kill interrupted.
    return run(QStringLiteral("UPDATE specs SET sync_state = ?, sync_message = ?, sync_error_kind = ?, "
                              "sync_content_hash = content_hash WHERE id = ?"),
               {SyncStates::id(state), message, errorKindId(errorKind), specId},
               specId)
           >= 0;
}

QList<qint64> SyncJournal::refusedSpecs(qint64 collectionId) const
{
    // The error stands while the draft is the text it was about (effectiveState()).
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM specs WHERE remote_id IS NOT NULL AND (? = 0 OR collection_id = ?) "
                                 "AND sync_state = 'error' AND sync_content_hash = content_hash "
                                 "AND sync_error_kind = 'refused' ORDER BY collection_id, title COLLATE NOCASE, id"));
    query.addBindValue(collectionId);
    query.addBindValue(collectionId);
    QList<qint64> refused;
    if (!StoreQuery::run(query, nullptr)) {
        return refused;
    }
    while (query.next()) {
        refused << query.value(0).toLongLong();
    }
    return refused;
}

bool SyncJournal::markSyncing(qint64 specId, const SyncRecord& seen)
{
    if (seen.seenRow.size() != 9) {
        return false;
    }
    // IS, not =: a column that was NULL must still be NULL.
    QVariantList values {SyncStates::id(SyncState::Syncing), specId};
    values << seen.seenRow;
    return run(QStringLiteral("UPDATE specs SET sync_state = ?, sync_message = NULL, sync_error_kind = NULL, "
                              "sync_content_hash = content_hash WHERE id = ? AND content_hash IS ? AND base_hash IS ? "
                              "AND sync_state IS ? AND sync_content_hash IS ? AND sync_error_kind IS ? "
                              "AND pending_write_hash IS ? AND pending_write_at IS ? AND base_revision IS ? "
                              "AND base_version_count IS ?"),
               values,
               specId)
           == 1;
}

bool SyncJournal::markPendingWrite(qint64 specId, const QByteArray& content)
{
    return run(QStringLiteral("UPDATE specs SET pending_write_hash = ?, pending_write_content = ?, pending_write_at = "
                              "? WHERE id = ?"),
               {hashOf(content), blob(content), QDateTime::currentMSecsSinceEpoch(), specId},
               specId)
           >= 0;
}

bool SyncJournal::markPendingWriteAnswered(qint64 specId)
{
    return run(QStringLiteral("UPDATE specs SET pending_write_at = NULL WHERE id = ?"), {specId}, specId) >= 0;
}

bool SyncJournal::clearPendingWrite(qint64 specId)
{
    return run(QStringLiteral("UPDATE specs SET pending_write_hash = NULL, pending_write_content = NULL, "
                              "pending_write_at = NULL WHERE id = ?"),
               {specId},
               specId)
           >= 0;
}

bool SyncJournal::rebase(qint64 specId,
                         const RemoteSpec& server,
                         int versionCount,
                         const QByteArray& baseText,
                         const std::optional<QByteArray>& newContent,
                         SyncState state,
                         const QString& message,
                         const QString& snapshotOrigin,
                         const QByteArray& expectedDraft,
                         const std::optional<RemoteVersion>& newServerVersion)
{
    QString sql
        = QStringLiteral("UPDATE specs SET title = COALESCE(NULLIF(?, ''), title), base_content = ?, base_hash = ?, "
                         "base_revision = ?, "
                         "base_version_count = COALESCE(?, base_version_count), remote_status = ?, remote_detail = ?, "
                         "sync_state = ?, sync_message = ?, sync_error_kind = NULL, theirs_content = NULL, "
                         "theirs_revision = NULL, theirs_version_count = NULL, pending_write_hash = NULL, "
                         "pending_write_content = NULL, pending_write_at = NULL");
    // The server's name too: a spec renamed there (or by this sync) shows its new name.
    QVariantList values {server.name.trimmed(),
                         blob(baseText),
                         hashOf(baseText),
                         server.revision,
                         countOrNull(versionCount),
                         RemoteStatuses::id(server.status),
                         server.statusDetail,
                         SyncStates::id(state),
                         message};
    if (newContent) {
        sql += QStringLiteral(", content = ?, content_hash = ?, updated_at = ?");
        values << blob(*newContent) << hashOf(*newContent) << nowUtc();
    }
    sql += QStringLiteral(", sync_content_hash = %1 WHERE id = ?")
               .arg(newContent ? QStringLiteral("?") : QStringLiteral("content_hash"));
    if (newContent) {
        values << hashOf(*newContent);
    }
    values << specId;
    if (newContent) {
        sql += QStringLiteral(" AND %1").arg(QLatin1String(DraftText::kIsText));
        values << hashOf(expectedDraft) << blob(expectedDraft);
    }
    if (!beginTransaction()) {
        return false;
    }
    // The synced text joins the local history in the same transaction as the new base.
    if (!snapshotOrigin.isEmpty() && !insertSnapshot(specId, snapshotOrigin)) {
        return endTransaction(false);
    }
    if (newServerVersion && !ServerVersions::insert(db(), specId, *newServerVersion, nullptr)) {
        return endTransaction(false);
    }
    if (run(sql, values, specId) != 1) {
        return endTransaction(false);
    }
    return endTransaction(true);
}

bool SyncJournal::replaceServerVersions(qint64 specId, const QList<RemoteVersion>& versions)
{
    if (!beginTransaction()) {
        return false;
    }
    const bool replaced = ServerVersions::replace(db(), specId, versions, nullptr);
    announce(specId);
    return endTransaction(replaced);
}

bool SyncJournal::markConflict(qint64 specId, const RemoteSpec& theirs, int versionCount, const QString& message)
{
    return run(QStringLiteral("UPDATE specs SET sync_state = 'conflict', sync_message = ?, sync_error_kind = NULL, "
                              "theirs_content = ?, theirs_revision = ?, theirs_version_count = ?, "
                              "pending_write_hash = NULL, pending_write_content = NULL, pending_write_at = NULL, "
                              "sync_content_hash = content_hash WHERE id = ?"),
               {message, blob(theirs.content), theirs.revision, countOrNull(versionCount), specId},
               specId)
           >= 0;
}

bool SyncJournal::storeDraft(qint64 specId, const QByteArray& content)
{
    QString error;
    return m_store->saveSpecContent(specId, content, &error);
}

bool SyncJournal::resolveConflict(qint64 specId, Resolution resolution, const QByteArray& text)
{
    const std::optional<SyncRecord> current = record(specId);
    if (!current || current->state != SyncState::Conflict) {
        return false;
    }
    QByteArray content = current->content;
    if (resolution == Resolution::TakeTheirs) {
        content = current->theirsContent;
    } else if (resolution == Resolution::UseText) {
        content = text;
    }
    if (!beginTransaction()) {
        return false;
    }
    // The resolution and its snapshot in the history are one change: both or neither.
    const bool resolved
        = run(QStringLiteral(
                  "UPDATE specs SET base_content = theirs_content, base_hash = ?, base_revision = theirs_revision, "
                  "base_version_count = COALESCE(theirs_version_count, base_version_count), content = ?, "
                  "content_hash = ?, updated_at = ?, theirs_content = NULL, theirs_revision = NULL, "
                  "theirs_version_count = NULL, sync_state = NULL, sync_message = NULL, sync_error_kind = NULL, "
                  "sync_content_hash = NULL, pending_write_hash = NULL, pending_write_content = NULL, "
                  "pending_write_at = NULL WHERE id = ? AND sync_state = 'conflict'"),
              {hashOf(current->theirsContent), blob(content), hashOf(content), nowUtc(), specId},
              specId)
          == 1;
    return endTransaction(resolved && insertSnapshot(specId, QStringLiteral("resolution")));
}

void SyncJournal::requeueInterrupted()
{
    // Only remote specs have a state; saying so lets this look through the index specs_sync
    // instead of every row, at every start.
    QSqlQuery syncing(db());
    syncing.setForwardOnly(true);
    syncing.prepare(QStringLiteral("SELECT id FROM specs WHERE remote_id IS NOT NULL AND sync_state = 'syncing'"));
    QList<qint64> interrupted;
    if (StoreQuery::run(syncing, nullptr)) {
        while (syncing.next()) {
            interrupted << syncing.value(0).toLongLong();
        }
    }
    const QString message = QCoreApplication::translate(
        "SyncJournal", "A sync was interrupted; it runs again and checks the server first.");
    for (const qint64 specId : std::as_const(interrupted)) {
        if (m_leases.liveHolder(specId)) {
            continue; // another SpecDesk is syncing it now
        }
        QSqlQuery requeue(db());
        requeue.prepare(QStringLiteral("UPDATE specs SET sync_state = 'queued', sync_message = ? "
                                       "WHERE id = ? AND sync_state = 'syncing'"));
        requeue.addBindValue(message);
        requeue.addBindValue(specId);
        StoreQuery::run(requeue, nullptr);
    }
}
