#include "WorkspaceStore.h"

#include "DraftText.h"
#include "PreparedQuery.h"
#include "StoreQuery.h"
#include "WalCheckpointer.h"
#include "WorkspaceSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <variant>

// Warnings by default; QT_LOGGING_RULES="specdesk.store.info=true" shows which workspace was opened.
Q_LOGGING_CATEGORY(lcStore, "specdesk.store", QtWarningMsg)

namespace {

const char* const kSpecColumns
    = "id, collection_id, title, kind, file_path, updated_at, remote_id, remote_status, remote_detail, "
      "NOT EXISTS (SELECT 1 FROM specs_awaiting_text WHERE spec_id = specs.id)";
/// A spec's facts without its texts: the index holds them all (schema step 8), so reading them
/// never walks the pages of a text that may be megabytes long.
const char* const kSpecsMeta = "specs INDEXED BY specs_meta";

using StoreQuery::hashOf;
using StoreQuery::nowUtc;

SpecRecord specFromRow(const QSqlQuery& query)
{
    SpecRecord spec;
    spec.id = query.value(0).toLongLong();
    spec.collectionId = query.value(1).toLongLong();
    spec.title = query.value(2).toString();
    if (!SpecKinds::fromId(query.value(3).toString(), &spec.kind)) {
        spec.kind = SpecKind::PlainYaml;
    }
    spec.filePath = query.value(4).toString();
    spec.updatedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    spec.remoteId = query.value(6).toString();
    spec.remoteStatus = RemoteStatuses::fromId(query.value(7).toString());
    spec.remoteDetail = query.value(8).toString();
    spec.contentReceived = query.value(9).toBool();
    return spec;
}

} // namespace

class WorkspaceStore::Private
{
public:
    QString connectionName = QStringLiteral("workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString directory;
    std::unique_ptr<WalCheckpointer> checkpointer;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    /// The last draft text saveDraft() wrote for a spec, with its hash: what the next splice is
    /// measured from, without reading the text back. A big text is kept as its fingerprint.
    struct LastDraft
    {
        qint64 specId = 0;
        QByteArray hash;
        std::variant<QByteArray, DraftText::Fingerprint> text;
    };
    /// Most recent first. A few specs: each costs a copy of its text (or its fingerprint), and
    /// one missing costs a read of the text at its next save.
    QList<LastDraft> lastDrafts;
    /// From this size a text is remembered by its fingerprint: its copy would be megabytes.
    static constexpr qsizetype kFingerprintFrom = 1024 * 1024;

    /// One spec by id; the content (possibly megabytes) is read only when asked for.
    std::optional<SpecRecord> findSpec(qint64 specId, bool withContent) const
    {
        // The row and the text from one state of the workspace.
        std::optional<StoreQuery::Snapshot> snapshot;
        if (withContent) {
            snapshot.emplace(db());
        }
        SpecRecord spec;
        {
            static const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                           .arg(QLatin1String(kSpecColumns), QLatin1String(kSpecsMeta));
            PreparedQuery query(db(), sql);
            query->addBindValue(specId);
            if (!query.run(nullptr) || !query->next()) {
                return std::nullopt;
            }
            spec = specFromRow(*query);
        }
        if (withContent) {
            std::optional<QByteArray> text = DraftText::read(db(), specId);
            if (!text) {
                return std::nullopt;
            }
            spec.content = std::move(*text);
        }
        return spec;
    }

    /// saveDraft() inside its transaction: decides, then appends a splice or writes the text.
    DraftSave writeDraft(qint64 specId,
                         const QByteArray& content,
                         const QByteArray& hash,
                         const QList<QByteArray>& knownHashes,
                         QString* error);

    const LastDraft* lastDraft(qint64 specId, const QByteArray& hash) const
    {
        for (const LastDraft& last : lastDrafts) {
            if (last.specId == specId && last.hash == hash) {
                return &last;
            }
        }
        return nullptr;
    }

    /// The splice from the last text remembered under `hash` to `content`, if one is.
    std::optional<DraftText::Splice>
    spliceFromLast(qint64 specId, const QByteArray& hash, const QByteArray& content) const
    {
        const LastDraft* last = lastDraft(specId, hash);
        if (!last) {
            return std::nullopt;
        }
        if (const auto* text = std::get_if<QByteArray>(&last->text)) {
            return DraftText::between(*text, content);
        }
        return std::get<DraftText::Fingerprint>(last->text).spliceTo(content);
    }

    void rememberDraft(qint64 specId, const QByteArray& hash, const QByteArray& text)
    {
        constexpr qsizetype kSpecsRemembered = 4;
        lastDrafts.removeIf([specId](const LastDraft& last) { return last.specId == specId; });
        if (text.size() >= kFingerprintFrom) {
            lastDrafts.prepend({specId, hash, DraftText::Fingerprint(text)});
        } else {
            lastDrafts.prepend({specId, hash, text});
        }
        if (lastDrafts.size() > kSpecsRemembered) {
            lastDrafts.removeLast();
        }
    }

    bool run(QSqlQuery& query, QString* error) const { return StoreQuery::run(query, error); }
};

WorkspaceStore::WorkspaceStore(QObject* parent)
    : QObject(parent)
    , m_d(std::make_unique<Private>())
{
}

WorkspaceStore::~WorkspaceStore()
{
    m_d->checkpointer.reset();
    if (QSqlDatabase::contains(m_d->connectionName)) {
        PreparedQuery::forget(m_d->connectionName);
        QSqlDatabase::database(m_d->connectionName, false).close();
        QSqlDatabase::removeDatabase(m_d->connectionName);
    }
}

QString WorkspaceStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString WorkspaceStore::databaseFileName()
{
    return QStringLiteral("workspace.sqlite");
}

bool WorkspaceStore::open(const QString& directory, QString* error)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("Could not create the workspace folder %1.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    m_d->directory = QDir(directory).absolutePath();
    const QString path = QDir(m_d->directory).filePath(databaseFileName());
    if (openReadWrite(path, error)) {
        qCInfo(lcStore) << "workspace opened at" << m_d->directory;
        return true;
    }
    // A workspace on a read-only disk, in a folder without write permission, or a copy someone
    // shared: it can still be read (show, history, diff, validate), and every change says why not.
    QString readOnlyError;
    if (QFileInfo::exists(path) && openReadOnly(path, &readOnlyError)) {
        qCInfo(lcStore) << "workspace opened read-only at" << m_d->directory << "because:" << *error;
        error->clear();
        return true;
    }
    return false;
}

bool WorkspaceStore::openReadWrite(const QString& path, QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_d->connectionName);
    db.setDatabaseName(path);
    // Wait for another process's write instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("Could not open the workspace database: %1").arg(StoreQuery::plainMessage(db.lastError()));
        return false;
    }
    // WAL lets the GUI and the CLI share the file; FULL syncs each commit, so a power cut
    // after a save returns cannot take that save away.
    QSqlQuery pragma(db);
    for (const QString& sql : {QStringLiteral("PRAGMA journal_mode=WAL"),
                               QStringLiteral("PRAGMA synchronous=FULL"),
                               QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (!pragma.exec(sql)
            || (sql.contains(QLatin1String("journal_mode")) && pragma.next()
                && pragma.value(0).toString() != QLatin1String("wal"))) {
            *error
                = tr("Could not set up the workspace database: %1").arg(StoreQuery::plainMessage(pragma.lastError()));
            pragma.finish();
            db.close();
            return false;
        }
    }
    pragma.finish();
    if (!checkIntegrity(db, error) || !WorkspaceSchema::upgrade(db, error)) {
        db.close();
        return false;
    }
    return true;
}

bool WorkspaceStore::openReadOnly(const QString& path, QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_d->connectionName, false);
    // Read-only first, which still sees a write-ahead log left beside the file; where SQLite
    // cannot even keep its shared-memory index there, as an immutable file.
    const QString uri = QUrl::fromLocalFile(path).toString();
    const QStringList names {path, uri + QStringLiteral("?immutable=1")};
    for (const QString& name : names) {
        db.close();
        db.setDatabaseName(name);
        db.setConnectOptions(name == path ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                          : QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open() || WorkspaceSchema::versionOf(db) <= 0) {
            continue;
        }
        if (WorkspaceSchema::versionOf(db) != WorkspaceSchema::currentVersion()) {
            *error = tr("This workspace is read-only and was written by another SpecDesk version, so it "
                        "cannot be brought up to date.");
            db.close();
            return false;
        }
        if (!checkIntegrity(db, error)) {
            db.close();
            return false;
        }
        m_readOnly = true;
        return true;
    }
    *error = StoreQuery::plainMessage(db.lastError());
    db.close();
    return false;
}

bool WorkspaceStore::checkIntegrity(QSqlDatabase& db, QString* error)
{
    // A damaged page would otherwise surface later as a failed save, or as text that is quietly
    // missing; found at open, the user can still copy the folder away before anything is written.
    QSqlQuery check(db);
    if (check.exec(QStringLiteral("PRAGMA quick_check(1)")) && check.next()
        && check.value(0).toString() == QLatin1String("ok")) {
        return true;
    }
    const QString detail
        = check.lastError().isValid() ? StoreQuery::plainMessage(check.lastError()) : check.value(0).toString();
    qCWarning(lcStore) << "workspace integrity check failed:" << detail;
    *error = tr("The workspace database in %1 is damaged (%2). Nothing was changed. Close SpecDesk, copy the "
                "folder somewhere safe, then move %3 out of it and start SpecDesk again for a fresh workspace; "
                "the copy can be recovered with sqlite3's .recover command.")
                 .arg(QDir::toNativeSeparators(m_d->directory), detail, databaseFileName());
    return false;
}

bool WorkspaceStore::isOpen() const
{
    return m_d->db().isOpen();
}

QString WorkspaceStore::directory() const
{
    return m_d->directory;
}

QList<CollectionRecord> WorkspaceStore::collections() const
{
    QSqlQuery query(m_d->db());
    query.prepare(QStringLiteral("SELECT id, name, type FROM collections ORDER BY position, id"));
    QList<CollectionRecord> result;
    if (!m_d->run(query, nullptr)) {
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    return result;
}

std::optional<CollectionRecord> WorkspaceStore::collectionByType(const QString& type) const
{
    for (const CollectionRecord& collection : collections()) {
        if (collection.type == type) {
            return collection;
        }
    }
    return std::nullopt;
}

qint64 WorkspaceStore::addCollection(const QString& name, const QString& type, QString* error)
{
    QSqlQuery query(m_d->db());
    query.prepare(QStringLiteral("INSERT INTO collections (name, type, position) "
                                 "VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM collections))"));
    query.addBindValue(name);
    query.addBindValue(type);
    if (!m_d->run(query, error)) {
        return 0;
    }
    const CollectionRecord collection {query.lastInsertId().toLongLong(), name, type};
    Q_EMIT collectionAdded(collection);
    return collection.id;
}

QList<SpecRecord> WorkspaceStore::specSummaries(qint64 collectionId) const
{
    QSqlQuery query(m_d->db());
    query.setForwardOnly(true); // thousands of rows, read once: no cache of them all
    query.prepare(QStringLiteral("SELECT %1 FROM specs WHERE collection_id = ? ORDER BY title COLLATE NOCASE, id")
                      .arg(QLatin1String(kSpecColumns)));
    query.addBindValue(collectionId);
    QList<SpecRecord> result;
    if (!m_d->run(query, nullptr)) {
        return result;
    }
    while (query.next()) {
        result.append(specFromRow(query));
    }
    return result;
}

std::optional<SpecRecord> WorkspaceStore::spec(qint64 specId) const
{
    return m_d->findSpec(specId, true);
}

std::optional<SpecRecord> WorkspaceStore::specSummary(qint64 specId) const
{
    return m_d->findSpec(specId, false);
}

std::optional<SpecRecord> WorkspaceStore::specByFilePath(const QString& filePath) const
{
    QSqlQuery query(m_d->db());
    query.prepare(QStringLiteral("SELECT id FROM specs WHERE file_path = ?"));
    query.addBindValue(filePath);
    if (!m_d->run(query, nullptr) || !query.next()) {
        return std::nullopt;
    }
    return specSummary(query.value(0).toLongLong());
}

qint64 WorkspaceStore::addSpec(const SpecRecord& spec, QString* error)
{
    QSqlQuery query(m_d->db());
    query.prepare(QStringLiteral("INSERT INTO specs (collection_id, title, kind, content, content_hash, file_path, "
                                 "file_synced_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowUtc();
    query.addBindValue(spec.collectionId);
    query.addBindValue(spec.title);
    query.addBindValue(SpecKinds::id(spec.kind));
    // A BLOB keeps the bytes exactly; an empty QByteArray would bind as NULL.
    query.addBindValue(StoreQuery::blob(spec.content));
    query.addBindValue(hashOf(spec.content));
    query.addBindValue(spec.filePath.isEmpty() ? QVariant() : QVariant(spec.filePath));
    query.addBindValue(spec.filePath.isEmpty() ? QVariant() : QVariant(hashOf(spec.content)));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!m_d->run(query, error)) {
        return 0;
    }
    SpecRecord summary = spec;
    summary.id = query.lastInsertId().toLongLong();
    summary.content.clear();
    summary.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    Q_EMIT specAdded(summary);
    return summary.id;
}

bool WorkspaceStore::saveSpecContent(qint64 specId, const QByteArray& content, QString* error)
{
    QSqlQuery query(m_d->db());
    query.prepare(QStringLiteral("UPDATE specs SET content = ?, content_hash = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(StoreQuery::blob(content));
    query.addBindValue(hashOf(content));
    query.addBindValue(nowUtc());
    query.addBindValue(specId);
    if (!m_d->run(query, error)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error) {
            *error = tr("This spec is no longer in the workspace.");
        }
        return false;
    }
    Q_EMIT specChanged(specId);
    return true;
}

WorkspaceStore::DraftSave WorkspaceStore::saveDraft(qint64 specId,
                                                    const QByteArray& content,
                                                    const QList<QByteArray>& knownHashes,
                                                    QString* error,
                                                    QByteArray* writtenHash)
{
    const QByteArray hash = hashOf(content);
    if (writtenHash) {
        *writtenHash = hash;
    }
    // The check and the write in one transaction that takes the write lock at once, so nothing
    // another process commits can slip between them, and a kill leaves the old text or the new.
    QSqlQuery transaction(m_d->db());
    if (!transaction.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        qCWarning(lcStore) << "workspace query failed:" << transaction.lastError().text();
        if (error) {
            *error = StoreQuery::plainMessage(transaction.lastError());
        }
        return DraftSave::Failed;
    }
    DraftSave outcome = m_d->writeDraft(specId, content, hash, knownHashes, error);
    if (outcome == DraftSave::Saved && !transaction.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcStore) << "workspace query failed:" << transaction.lastError().text();
        if (error) {
            *error = StoreQuery::plainMessage(transaction.lastError());
        }
        outcome = DraftSave::Failed;
    }
    if (outcome != DraftSave::Saved) {
        QSqlQuery rollback(m_d->db());
        rollback.exec(QStringLiteral("ROLLBACK"));
        return outcome;
    }
    m_d->rememberDraft(specId, hash, content);
    Q_EMIT specChanged(specId);
    return DraftSave::Saved;
}

WorkspaceStore::DraftSave WorkspaceStore::Private::writeDraft(qint64 specId,
                                                              const QByteArray& content,
                                                              const QByteArray& hash,
                                                              const QList<QByteArray>& knownHashes,
                                                              QString* error)
{
    // Splices need the stored hashes (DraftText): a row from before them is written whole. The
    // hashes come from the index and the base is tested in a branch: no text is read.
    QSqlQuery row(db());
    row.prepare(
        QStringLiteral("SELECT content_hash, content_hash IS NOT NULL AND CASE WHEN base_hash IS NOT NULL THEN 1 "
                       "ELSE base_content IS NULL END, "
                       "(SELECT COUNT(*) FROM draft_splices WHERE spec_id = specs.id), "
                       "(SELECT COALESCE(SUM(length(replacement)), 0) FROM draft_splices WHERE spec_id = specs.id) "
                       "FROM %1 WHERE id = ?")
            .arg(QLatin1String(kSpecsMeta)));
    row.addBindValue(specId);
    if (!run(row, error)) {
        return DraftSave::Failed;
    }
    if (!row.next()) {
        if (error) {
            *error = WorkspaceStore::tr("This spec is no longer in the workspace.");
        }
        return DraftSave::Failed;
    }
    const QByteArray stored = row.value(0).toByteArray();
    const bool spliceable = row.value(1).toBool();
    const qint64 spliceCount = row.value(2).toLongLong();
    const qint64 spliceBytes = row.value(3).toLongLong();
    row.finish();
    // A row from before hashes were kept can only have been written by an editor that knew it.
    if (!stored.isEmpty() && stored != hash && !knownHashes.contains(stored)) {
        qCInfo(lcStore) << "draft of spec" << specId << "not written: changed by another process";
        return DraftSave::ChangedElsewhere;
    }
    if (stored == hash) {
        return DraftSave::Saved; // already there, from this writer or another
    }
    const QString now = nowUtc();
    std::optional<DraftText::Splice> splice;
    if (spliceable) {
        splice = spliceFromLast(specId, stored, content);
        if (!splice) {
            if (const std::optional<QByteArray> before = DraftText::read(db(), specId)) {
                splice = DraftText::between(*before, content);
            }
        }
    }
    if (splice) {
        if (!DraftText::shouldCompact(content.size(), spliceCount + 1, spliceBytes + splice->replacement.size())) {
            // Same-sized values in the row: SQLite writes only the pages that changed, never
            // the text's own.
            QSqlQuery append(db());
            append.prepare(QStringLiteral("INSERT INTO draft_splices (spec_id, splice_start, splice_end, replacement) "
                                          "VALUES (?, ?, ?, ?)"));
            append.addBindValue(specId);
            append.addBindValue(qint64(splice->start));
            append.addBindValue(qint64(splice->end));
            append.addBindValue(StoreQuery::blob(splice->replacement));
            QSqlQuery update(db());
            update.prepare(QStringLiteral("UPDATE specs SET content_hash = ?, updated_at = ? WHERE id = ?"));
            update.addBindValue(hash);
            update.addBindValue(now);
            update.addBindValue(specId);
            return run(append, error) && run(update, error) ? DraftSave::Saved : DraftSave::Failed;
        }
    }
    // The whole text, which drops the splices (the trigger of schema step 7).
    QSqlQuery write(db());
    write.prepare(QStringLiteral("UPDATE specs SET content = ?, content_hash = ?, updated_at = ? WHERE id = ?"));
    write.addBindValue(StoreQuery::blob(content));
    write.addBindValue(hash);
    write.addBindValue(now);
    write.addBindValue(specId);
    return run(write, error) ? DraftSave::Saved : DraftSave::Failed;
}

void WorkspaceStore::rememberStoredDraft(qint64 specId, const QByteArray& hash, const QByteArray& text)
{
    if (!m_d->lastDraft(specId, hash)) {
        m_d->rememberDraft(specId, hash, text);
    }
}

QByteArray WorkspaceStore::contentHash(qint64 specId) const
{
    QSqlQuery query(m_d->db());
    query.prepare(
        QStringLiteral("SELECT COALESCE(content_hash, X'') FROM %1 WHERE id = ?").arg(QLatin1String(kSpecsMeta)));
    query.addBindValue(specId);
    if (!m_d->run(query, nullptr) || !query.next()) {
        return {};
    }
    const QByteArray hash = query.value(0).toByteArray();
    if (!hash.isEmpty()) {
        return hash;
    }
    // Written before the hash column existed.
    const std::optional<SpecRecord> full = spec(specId);
    return full ? hashOf(full->content) : QByteArray();
}

QByteArray WorkspaceStore::specsFingerprint() const
{
    // One row, joined in SQLite (in rowid order) and read as bytes: no per-spec object is built,
    // no text converted. The two flags stand for the sync
    // state a draft or its base changes (draft versus synced, an error still about this text).
    QSqlQuery query(m_d->db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT CAST(group_concat(id || char(31) || collection_id || char(31) || title || char(31) || kind || char(31) "
        "|| IFNULL(file_path, '') || char(31) || IFNULL(remote_id, '') || char(31) || IFNULL(remote_status, '') "
        "|| char(31) || IFNULL(remote_detail, '') || char(31) || IFNULL(sync_state, '') || char(31) "
        "|| IFNULL(sync_message, '') || char(31) || (content_hash IS base_hash) || (sync_content_hash IS "
        "content_hash) || NOT EXISTS (SELECT 1 FROM specs_awaiting_text WHERE spec_id = specs.id), char(30)) AS BLOB) "
        "FROM specs INDEXED BY specs_meta"));
    if (!m_d->run(query, nullptr) || !query.next()) {
        return {};
    }
    return hashOf(query.value(0).toByteArray());
}

bool WorkspaceStore::setSpecFile(qint64 specId, const QString& filePath, const QByteArray& fileContent, QString* error)
{
    QSqlQuery query(m_d->db());
    query.prepare(QStringLiteral("UPDATE specs SET file_path = ?, file_synced_hash = ? WHERE id = ?"));
    query.addBindValue(filePath);
    query.addBindValue(hashOf(fileContent));
    query.addBindValue(specId);
    if (!m_d->run(query, error)) {
        return false;
    }
    Q_EMIT specChanged(specId);
    return true;
}

bool WorkspaceStore::setSpecKind(qint64 specId, SpecKind kind, QString* error)
{
    QSqlQuery query(m_d->db());
    query.prepare(QStringLiteral("UPDATE specs SET kind = ? WHERE id = ?"));
    query.addBindValue(SpecKinds::id(kind));
    query.addBindValue(specId);
    if (!m_d->run(query, error)) {
        return false;
    }
    Q_EMIT specChanged(specId);
    return true;
}

bool WorkspaceStore::isSpecFileInSync(qint64 specId) const
{
    QSqlQuery query(m_d->db());
    query.prepare(
        QStringLiteral("SELECT content_hash, file_synced_hash FROM %1 WHERE id = ?").arg(QLatin1String(kSpecsMeta)));
    query.addBindValue(specId);
    if (!m_d->run(query, nullptr) || !query.next()) {
        return false;
    }
    QByteArray hash = query.value(0).toByteArray();
    const QByteArray fileHash = query.value(1).toByteArray();
    if (hash.isEmpty()) {
        // Written before the hash column existed: hash the content once.
        const std::optional<SpecRecord> full = spec(specId);
        hash = full ? hashOf(full->content) : QByteArray();
    }
    return !fileHash.isEmpty() && hash == fileHash;
}

bool WorkspaceStore::isSpecFileBase(qint64 specId, const QByteArray& text) const
{
    QSqlQuery query(m_d->db());
    query.prepare(QStringLiteral("SELECT file_synced_hash FROM %1 WHERE id = ?").arg(QLatin1String(kSpecsMeta)));
    query.addBindValue(specId);
    if (!m_d->run(query, nullptr) || !query.next()) {
        return false;
    }
    const QByteArray fileHash = query.value(0).toByteArray();
    return !fileHash.isEmpty() && fileHash == hashOf(text);
}

bool WorkspaceStore::removeCollection(qint64 collectionId, QString* error)
{
    QSqlQuery query(m_d->db());
    query.prepare(QStringLiteral("DELETE FROM collections WHERE id = ?"));
    query.addBindValue(collectionId);
    if (!m_d->run(query, error)) {
        return false;
    }
    Q_EMIT collectionRemoved(collectionId);
    return true;
}

QSqlDatabase WorkspaceStore::database() const
{
    return m_d->db();
}

void WorkspaceStore::checkpointOffThread()
{
    if (m_d->checkpointer || !isOpen() || m_readOnly) {
        return;
    }
    m_d->checkpointer = std::make_unique<WalCheckpointer>(m_d->directory);
    m_d->checkpointer->watch(database());
}

WalCheckpointer* WorkspaceStore::walCheckpointer() const
{
    return m_d->checkpointer.get();
}

QString WorkspaceStore::workspaceId()
{
    QString id = metaValue(QStringLiteral("workspace_id"));
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        if (!setMetaValue(QStringLiteral("workspace_id"), id, &error)) {
            qCWarning(lcStore) << "could not record the workspace id:" << error;
        }
    }
    return id;
}

QString WorkspaceStore::metaValue(const QString& key) const
{
    QSqlQuery query(m_d->db());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!m_d->run(query, nullptr) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

bool WorkspaceStore::setMetaValue(const QString& key, const QString& value, QString* error)
{
    QSqlQuery query(m_d->db());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return m_d->run(query, error);
}
