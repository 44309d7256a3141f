#include "WorkspaceSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Step N turns a version N-1 database into version N. Never edit a shipped step: add one.
const QList<QStringList>& upgradeSteps()
{
    static const QList<QStringList> steps {
        // 1: collections of specs, their bytes, and a small key/value table for workspace facts.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE collections ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " type TEXT NOT NULL,"
                           " position INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE specs ("
                           " id INTEGER PRIMARY KEY,"
                           " collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,"
                           " title TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " content BLOB NOT NULL,"
                           " file_path TEXT,"
                           " file_synced_hash BLOB,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX specs_by_collection ON specs(collection_id)"),
            QStringLiteral("CREATE UNIQUE INDEX specs_by_file ON specs(file_path) WHERE file_path IS NOT NULL"),
        },
        // 2: the content's SHA-256 beside it, so "is the file on disk in sync?" reads two small
        // columns instead of megabytes of content. NULL for rows written before this step.
        {
            QStringLiteral("ALTER TABLE specs ADD COLUMN content_hash BLOB"),
        },
        // 3: connections to the three APIs (secrets live in the keychain, never here), what each
        // remote spec is on its server, the server text a local edit started from (its base),
        // and the versions the server keeps.
        {
            QStringLiteral("CREATE TABLE connections ("
                           " id INTEGER PRIMARY KEY,"
                           " collection_id INTEGER NOT NULL UNIQUE REFERENCES collections(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL UNIQUE,"
                           " api TEXT NOT NULL,"
                           " base_url TEXT NOT NULL,"
                           " settings TEXT NOT NULL DEFAULT '{}')"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN remote_id TEXT"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN remote_status TEXT"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN remote_detail TEXT"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN base_content BLOB"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN base_revision TEXT"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN fetched_at TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX specs_by_remote ON specs(collection_id, remote_id) "
                           "WHERE remote_id IS NOT NULL"),
            QStringLiteral("CREATE TABLE spec_versions ("
                           " id INTEGER PRIMARY KEY,"
                           " spec_id INTEGER NOT NULL REFERENCES specs(id) ON DELETE CASCADE,"
                           " origin TEXT NOT NULL,"
                           " number INTEGER NOT NULL,"
                           " content BLOB NOT NULL,"
                           " created_at TEXT,"
                           " author TEXT,"
                           " recorded_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX spec_versions_by_number ON spec_versions(spec_id, origin, number)"),
        },
        // 4: the sync journal. Beside the base (step 3), the DataFramer version count it had, the
        // base's hash, the sync state with its message (and the text it was about), the server's
        // text while in conflict, and the hash of a draft whose write may have reached the server.
        {
            QStringLiteral("ALTER TABLE specs ADD COLUMN base_version_count INTEGER"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN base_hash BLOB"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN sync_state TEXT"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN sync_message TEXT"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN sync_content_hash BLOB"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN theirs_content BLOB"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN theirs_revision TEXT"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN theirs_version_count INTEGER"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN pending_write_hash BLOB"),
        },
        // 5: what the tree and the sync journal read at every start, in two covering indexes.
        // The columns added by steps 2 to 4 sit after the content and the base in each row, so
        // reading them from the table walks the overflow pages of both texts: 5,000 specs made
        // that 30 MB read at every start.
        {
            QStringLiteral("CREATE INDEX specs_tree ON specs(collection_id, title COLLATE NOCASE, id, kind, "
                           "file_path, updated_at, remote_id, remote_status, remote_detail)"),
            QStringLiteral("CREATE INDEX specs_sync ON specs(collection_id, title COLLATE NOCASE, id, remote_id, "
                           "remote_status, sync_state, sync_message, sync_content_hash, content_hash, base_hash, "
                           "base_revision, base_version_count, theirs_revision, theirs_version_count) "
                           "WHERE remote_id IS NOT NULL"),
        },
        // 6: integrity across processes and faults.
        // - sync_leases: which process is writing a spec to its server (the owner's host, PID and
        //   start time, and a heartbeat), so two SpecDesk processes never send the same draft.
        // - pending_write_at: when the write named by pending_write_hash left, so the next sync
        //   knows how long the server may still be processing it.
        // - pending_write_content: the text of that write, so it is recognised on the server
        //   although Scale GP and Adobe reformat what they store (the hash alone cannot say).
        // - sync_error_kind: why the last sync stopped at an error (e.g. "refused", "invalid"),
        //   so a draft the server refused is not sent again until it changes.
        // - specs_awaiting_text: remote specs the workspace knows only from a listing and whose
        //   text it never received; a listing must never stand in for the text. A table of its
        //   own, since a column after `content` would make every summary walk the text's pages.
        {
            QStringLiteral("CREATE TABLE sync_leases ("
                           " spec_id INTEGER PRIMARY KEY REFERENCES specs(id) ON DELETE CASCADE,"
                           " owner TEXT NOT NULL,"
                           " host TEXT NOT NULL,"
                           " pid INTEGER NOT NULL,"
                           " process_started TEXT NOT NULL,"
                           " acquired_at INTEGER NOT NULL,"
                           " heartbeat_at INTEGER NOT NULL)"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN pending_write_at INTEGER"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN pending_write_content BLOB"),
            QStringLiteral("ALTER TABLE specs ADD COLUMN sync_error_kind TEXT"),
            QStringLiteral("CREATE TABLE specs_awaiting_text ("
                           " spec_id INTEGER PRIMARY KEY REFERENCES specs(id) ON DELETE CASCADE)"),
        },
        // 7: drafts written as splices (DraftText). Each autosave appends one row, in which the
        // bytes [splice_start, splice_end) of the text before it become `replacement`, instead of
        // writing a 10 MB text again; specs.content keeps the last full text and content_hash the
        // hash of the text with every splice applied. Whatever writes the full text, in any
        // process or code path, drops the splices in the same statement (the trigger). Existing
        // drafts have no splices: nothing to convert.
        {
            QStringLiteral("CREATE TABLE draft_splices ("
                           " id INTEGER PRIMARY KEY,"
                           " spec_id INTEGER NOT NULL REFERENCES specs(id) ON DELETE CASCADE,"
                           " splice_start INTEGER NOT NULL,"
                           " splice_end INTEGER NOT NULL,"
                           " replacement BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX draft_splices_by_spec ON draft_splices(spec_id, id)"),
            QStringLiteral("CREATE TRIGGER specs_full_text_drops_splices AFTER UPDATE OF content ON specs "
                           "BEGIN DELETE FROM draft_splices WHERE spec_id = NEW.id; END"),
        },
        // 8: one spec's facts and one spec's timeline without its texts. Every column added after
        // step 1 sits behind the content (and the base) in the row, so reading a hash of a 10 MB
        // spec walked 20 MB of overflow pages, and listing 31 versions walked all 31 texts; each
        // autosave did both several times. Queries name these indexes (INDEXED BY), as SQLite
        // prefers the rowid and cannot know how far the row's texts reach.
        {
            QStringLiteral("CREATE INDEX specs_meta ON specs(id, collection_id, title, kind, file_path, updated_at, "
                           "remote_id, remote_status, remote_detail, content_hash, base_hash, file_synced_hash, "
                           "sync_state, sync_message, sync_content_hash, base_revision, base_version_count, "
                           "theirs_revision, theirs_version_count)"),
            QStringLiteral("CREATE INDEX spec_versions_timeline ON spec_versions(spec_id, origin, number, created_at, "
                           "recorded_at, author)"),
        },
        // 9: find across specs. A trigram index of each spec's full text finds any piece of three
        // characters or more, case-insensitively, without reading the texts. SpecSearch keeps it
        // up to date itself, on its own thread, just before it searches: index upkeep in
        // triggers made every write of a text (a pull of 5,000 specs on the GUI thread) slower.
        // spec_search_indexed remembers which text of each spec the index holds.
        {
            QStringLiteral("CREATE VIRTUAL TABLE spec_search USING fts5(content, tokenize='trigram')"),
            QStringLiteral("CREATE TABLE spec_search_indexed (spec_id INTEGER PRIMARY KEY, content_hash BLOB)"),
        },
    };
    return steps;
}

bool exec(QSqlQuery& query, const QString& sql, QString* error)
{
    if (query.exec(sql)) {
        return true;
    }
    *error = QCoreApplication::translate("WorkspaceSchema", "Could not upgrade the workspace database: %1")
                 .arg(query.lastError().text());
    return false;
}

} // namespace

namespace WorkspaceSchema {

int currentVersion()
{
    return static_cast<int>(upgradeSteps().size());
}

int versionOf(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

bool upgrade(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"), error)) {
        return false;
    }
    int version = versionOf(db);
    if (version > currentVersion()) {
        *error = QCoreApplication::translate(
                     "WorkspaceSchema",
                     "This workspace was written by a newer SpecDesk (schema %1; this build knows %2). "
                     "Update SpecDesk to open it.")
                     .arg(version)
                     .arg(currentVersion());
        return false;
    }
    for (; version < currentVersion(); ++version) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QStringList statements = upgradeSteps().at(version);
        statements << QStringLiteral("DELETE FROM schema_version")
                   << QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version + 1);
        for (const QString& sql : std::as_const(statements)) {
            if (!exec(query, sql, error)) {
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace WorkspaceSchema
