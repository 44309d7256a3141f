#include "WorkspaceSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// A query the app runs at every start, copied from where it lives, and the index it must use.
struct StartQuery
{
    const char* name;
    QString sql;
    QVariantList values;
    const char* plan; ///< in EXPLAIN QUERY PLAN's words
};

const QList<StartQuery>& startQueries()
{
    // SyncJournal's summary columns and its draft rule (SyncJournal.cpp: columns(), and
    // DraftText.cpp: kDiffersFromBase).
    static const QString differs
        = QStringLiteral("(CASE WHEN content_hash IS NOT NULL AND base_hash IS NOT NULL "
                         "THEN content_hash != base_hash ELSE base_content IS NULL OR content != base_content END)");
    static const QString journalColumns
        = QStringLiteral("id, collection_id, remote_id, title, remote_status, sync_state, sync_message, "
                         "sync_content_hash IS NOT NULL AND sync_content_hash = content_hash, %1, "
                         "base_revision, base_version_count, theirs_revision, theirs_version_count")
              .arg(differs);
    static const QList<StartQuery> queries {
        // WorkspaceStore::specSummaries(): the tree, collection by collection.
        {"tree",
         QStringLiteral("SELECT id, collection_id, title, kind, file_path, updated_at, remote_id, remote_status, "
                        "remote_detail FROM specs WHERE collection_id = ? ORDER BY title COLLATE NOCASE, id"),
         {1},
         "COVERING INDEX specs_tree"},
        // SyncJournal::unsyncedSummaries(): the tree's sync states.
        {"unsynced",
         QStringLiteral("SELECT %1 FROM specs WHERE remote_id IS NOT NULL AND (sync_state IS NOT NULL OR %2) "
                        "ORDER BY collection_id, title COLLATE NOCASE, id")
             .arg(journalColumns, differs),
         {},
         "INDEX specs_sync"},
        // SyncJournal::queuedSpecs(): the syncs to retry.
        {"queued",
         QStringLiteral("SELECT id FROM specs WHERE remote_id IS NOT NULL AND sync_state = 'queued'"),
         {},
         "COVERING INDEX specs_sync"},
        // SyncJournal::requeueInterrupted(), from the SyncEngine's constructor.
        {"requeue",
         QStringLiteral("UPDATE specs SET sync_state = 'queued', sync_message = ? "
                        "WHERE remote_id IS NOT NULL AND sync_state = 'syncing'"),
         {QStringLiteral("A sync was interrupted; it runs again and checks the server first.")},
         "INDEX specs_sync"},
        // SyncJournal::summaries(), which SyncEngine::pendingSpecs() reads.
        {"summaries",
         QStringLiteral("SELECT %1 FROM specs WHERE remote_id IS NOT NULL AND (? = 0 OR collection_id = ?) "
                        "ORDER BY collection_id, title COLLATE NOCASE, id")
             .arg(journalColumns),
         {0, 0},
         "INDEX specs_sync"},
    };
    return queries;
}

} // namespace

class TestWorkspaceSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void upgradesAnEmptyDatabase();
    void upgradeIsIdempotent();
    void refusesANewerSchema();
    void upgradesAVersionOneWorkspace();
    void upgradesAVersionFourWorkspaceWithCoveringIndexes();
    void startQueriesUseTheCoveringIndexes_data();
    void startQueriesUseTheCoveringIndexes();

private:
    /// What EXPLAIN QUERY PLAN says of `sql`, one line per step.
    QStringList planOf(const QString& sql, const QVariantList& values);
    /// Every row of the table, in rowid order.
    QList<QVariantList> rowsOf(const QString& table);
    /// The columns of an index, as PRAGMA index_xinfo lists its keys.
    QStringList indexColumns(const QString& index);
    void verifyStartQueryPlans();

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

void TestWorkspaceSchema::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-test"));
    m_db.setDatabaseName(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    QVERIFY(m_db.open());
}

void TestWorkspaceSchema::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("schema-test"));
}

void TestWorkspaceSchema::upgradesAnEmptyDatabase()
{
    QCOMPARE(WorkspaceSchema::versionOf(m_db), 0);
    QString error;
    QVERIFY2(WorkspaceSchema::upgrade(m_db, &error), qPrintable(error));
    QCOMPARE(WorkspaceSchema::versionOf(m_db), WorkspaceSchema::currentVersion());
    QVERIFY(m_db.tables().contains(QStringLiteral("specs")));
    QVERIFY(m_db.tables().contains(QStringLiteral("collections")));
}

void TestWorkspaceSchema::upgradeIsIdempotent()
{
    QString error;
    QVERIFY(WorkspaceSchema::upgrade(m_db, &error));
    QVERIFY2(WorkspaceSchema::upgrade(m_db, &error), qPrintable(error));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestWorkspaceSchema::refusesANewerSchema()
{
    QString error;
    QVERIFY(WorkspaceSchema::upgrade(m_db, &error));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
    QVERIFY(!WorkspaceSchema::upgrade(m_db, &error));
    QVERIFY(error.contains(QStringLiteral("newer SpecDesk")));
    QCOMPARE(WorkspaceSchema::versionOf(m_db), 999);
}

void TestWorkspaceSchema::upgradesAVersionOneWorkspace()
{
    // A workspace written by the first release: version 1, no content_hash column.
    QSqlQuery query(m_db);
    for (const char* sql :
         {"CREATE TABLE schema_version (version INTEGER NOT NULL)",
          "INSERT INTO schema_version VALUES (1)",
          "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
          "CREATE TABLE collections (id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,"
          " position INTEGER NOT NULL DEFAULT 0)",
          "CREATE TABLE specs (id INTEGER PRIMARY KEY, collection_id INTEGER NOT NULL, title TEXT NOT NULL,"
          " kind TEXT NOT NULL, content BLOB NOT NULL, file_path TEXT, file_synced_hash BLOB,"
          " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
          "INSERT INTO specs VALUES (1, 1, 't', 'yaml', 'a: 1', NULL, NULL, 'x', 'x')"}) {
        QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
    }
    QString error;
    QVERIFY2(WorkspaceSchema::upgrade(m_db, &error), qPrintable(error));
    QCOMPARE(WorkspaceSchema::versionOf(m_db), WorkspaceSchema::currentVersion());
    QVERIFY(query.exec(QStringLiteral("SELECT content, content_hash FROM specs")) && query.next());
    QCOMPARE(query.value(0).toByteArray(), QByteArray("a: 1"));
    QVERIFY(query.value(1).isNull());

    // Step 7: drafts had no splices, so there is nothing to convert; a full text written by any
    // path drops the splices of its spec (the trigger).
    const auto splices = [&query] {
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM draft_splices")) && query.next() ? query.value(0).toInt()
                                                                                                : -1;
    };
    QCOMPARE(splices(), 0);
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO draft_splices (spec_id, splice_start, splice_end, replacement) VALUES (1, 0, 0, 'x')")));
    QCOMPARE(splices(), 1);
    QVERIFY(query.exec(QStringLiteral("UPDATE specs SET content_hash = X'00' WHERE id = 1")));
    QCOMPARE(splices(), 1);
    QVERIFY(query.exec(QStringLiteral("UPDATE specs SET content = 'xa: 1' WHERE id = 1")));
    QCOMPARE(splices(), 0);
}

QStringList TestWorkspaceSchema::planOf(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_db);
    QStringList plan;
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        plan << query.lastError().text();
        return plan;
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        plan << query.lastError().text();
        return plan;
    }
    while (query.next()) {
        plan << query.value(3).toString();
    }
    return plan;
}

QList<QVariantList> TestWorkspaceSchema::rowsOf(const QString& table)
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < query.record().count(); ++column) {
            row << query.value(column);
        }
        rows << row;
    }
    return rows;
}

QStringList TestWorkspaceSchema::indexColumns(const QString& index)
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA index_xinfo(%1)").arg(index));
    QStringList columns;
    while (query.next()) {
        if (query.value(5).toInt() == 1) { // a key column, not the rowid
            columns << query.value(2).toString();
        }
    }
    return columns;
}

void TestWorkspaceSchema::verifyStartQueryPlans()
{
    for (const StartQuery& start : startQueries()) {
        const QStringList plan = planOf(start.sql, start.values);
        const QString text = plan.join(QStringLiteral(" / "));
        QVERIFY2(text.contains(QLatin1String(start.plan)), qPrintable(QLatin1String(start.name) + u": " + text));
        // The index gives the rows in the order asked for: no sort of every row at start.
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(QLatin1String(start.name) + u": " + text));
    }
}

void TestWorkspaceSchema::upgradesAVersionFourWorkspaceWithCoveringIndexes()
{
    // A workspace written by the release before step 5: the tables as steps 1 to 4 left them,
    // with local and remote specs, texts large enough for overflow pages, rows from before the
    // hashes, every sync state, versions and a connection.
    QSqlQuery query(m_db);
    for (const char* sql :
         {"CREATE TABLE schema_version (version INTEGER NOT NULL)",
          "INSERT INTO schema_version VALUES (4)",
          "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
          "CREATE TABLE collections (id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,"
          " position INTEGER NOT NULL DEFAULT 0)",
          "CREATE TABLE specs (id INTEGER PRIMARY KEY,"
          " collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE, title TEXT NOT NULL,"
          " kind TEXT NOT NULL, content BLOB NOT NULL, file_path TEXT, file_synced_hash BLOB,"
          " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, content_hash BLOB, remote_id TEXT,"
          " remote_status TEXT, remote_detail TEXT, base_content BLOB, base_revision TEXT, fetched_at TEXT,"
          " base_version_count INTEGER, base_hash BLOB, sync_state TEXT, sync_message TEXT,"
          " sync_content_hash BLOB, theirs_content BLOB, theirs_revision TEXT, theirs_version_count INTEGER,"
          " pending_write_hash BLOB)",
          "CREATE INDEX specs_by_collection ON specs(collection_id)",
          "CREATE UNIQUE INDEX specs_by_file ON specs(file_path) WHERE file_path IS NOT NULL",
          "CREATE TABLE connections (id INTEGER PRIMARY KEY,"
          " collection_id INTEGER NOT NULL UNIQUE REFERENCES collections(id) ON DELETE CASCADE,"
          " name TEXT NOT NULL UNIQUE, api TEXT NOT NULL, base_url TEXT NOT NULL, settings TEXT NOT NULL DEFAULT '{}')",
          "CREATE UNIQUE INDEX specs_by_remote ON specs(collection_id, remote_id) WHERE remote_id IS NOT NULL",
          "CREATE TABLE spec_versions (id INTEGER PRIMARY KEY,"
          " spec_id INTEGER NOT NULL REFERENCES specs(id) ON DELETE CASCADE, origin TEXT NOT NULL,"
          " number INTEGER NOT NULL, content BLOB NOT NULL, created_at TEXT, author TEXT, recorded_at TEXT NOT NULL)",
          "CREATE UNIQUE INDEX spec_versions_by_number ON spec_versions(spec_id, origin, number)",
          "INSERT INTO meta VALUES ('workspace_id', 'w-4')",
          "INSERT INTO collections VALUES (1, 'Local', 'local', 0), (2, 'DataFramer', 'remote', 1)",
          "INSERT INTO connections VALUES (1, 2, 'df', 'dataframer', 'https://df.example', '{}')"}) {
        QVERIFY2(query.exec(QString::fromLatin1(sql)), qPrintable(query.lastError().text()));
    }
    static const QStringList states {QString(),
                                     QStringLiteral("draft"),
                                     QStringLiteral("queued"),
                                     QStringLiteral("syncing"),
                                     QStringLiteral("error"),
                                     QStringLiteral("conflict")};
    QVERIFY(query.prepare(QStringLiteral(
        "INSERT INTO specs (collection_id, title, kind, content, file_path, created_at, updated_at, content_hash, "
        "remote_id, remote_status, base_content, base_revision, base_version_count, base_hash, sync_state, "
        "sync_message, sync_content_hash, theirs_content, pending_write_hash) "
        "VALUES (?, ?, 'dataframer', ?, ?, 't', 't', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (int i = 0; i < 120; ++i) {
        const bool remote = i % 3 != 0;
        const QByteArray content = QByteArray("spec: ") + QByteArray::number(i) + "\n"
                                   + QByteArray(i % 10 == 0 ? 20000 : 40, 'x'); // some span overflow pages
        const QByteArray base = i % 4 == 0 ? content + "# older\n" : content;
        const QVariant hash = i % 5 == 0 ? QVariant(QMetaType(QMetaType::QByteArray)) // from before step 2
                                         : QVariant(QByteArray::number(i).repeated(8));
        const QString state = states.at(i % states.size());
        for (const QVariant& value :
             {QVariant(remote ? 2 : 1),
              QVariant(QStringLiteral("%1 spec %2")
                           .arg(i % 2 == 0 ? QStringLiteral("Alpha") : QStringLiteral("beta"))
                           .arg(i)),
              QVariant(content),
              remote ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QStringLiteral("/specs/%1.yaml").arg(i)),
              hash,
              remote ? QVariant(QStringLiteral("remote-%1").arg(i)) : QVariant(QMetaType(QMetaType::QString)),
              remote ? QVariant(QStringLiteral("ready")) : QVariant(QMetaType(QMetaType::QString)),
              remote ? QVariant(base) : QVariant(QMetaType(QMetaType::QByteArray)),
              remote ? QVariant(QStringLiteral("r%1").arg(i)) : QVariant(QMetaType(QMetaType::QString)),
              remote ? QVariant(i % 7) : QVariant(QMetaType(QMetaType::Int)),
              remote && i % 2 == 0 ? hash : QVariant(QMetaType(QMetaType::QByteArray)), // from before step 4
              remote && !state.isEmpty() ? QVariant(state) : QVariant(QMetaType(QMetaType::QString)),
              remote && !state.isEmpty() ? QVariant(QStringLiteral("note %1").arg(i))
                                         : QVariant(QMetaType(QMetaType::QString)),
              remote && !state.isEmpty() ? hash : QVariant(QMetaType(QMetaType::QByteArray)),
              remote && state == QLatin1String("conflict") ? QVariant(content + "# theirs\n")
                                                           : QVariant(QMetaType(QMetaType::QByteArray)),
              remote && state == QLatin1String("syncing") ? hash : QVariant(QMetaType(QMetaType::QByteArray))}) {
            query.addBindValue(value);
        }
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY(query.exec(QStringLiteral("INSERT INTO spec_versions (spec_id, origin, number, content, recorded_at) "
                                      "SELECT id, 'pull', 1, content, 't' FROM specs WHERE remote_id IS NOT NULL")));
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE name IN ('specs_tree', 'specs_sync')")));
    QVERIFY(!query.next());
    const QStringList tables {QStringLiteral("meta"),
                              QStringLiteral("collections"),
                              QStringLiteral("connections"),
                              QStringLiteral("specs"),
                              QStringLiteral("spec_versions")};
    QMap<QString, QList<QVariantList>> before;
    for (const QString& table : tables) {
        before.insert(table, rowsOf(table));
    }
    QCOMPARE(before.value(QStringLiteral("specs")).size(), 120);
    query.finish();

    QString error;
    QVERIFY2(WorkspaceSchema::upgrade(m_db, &error), qPrintable(error));
    QCOMPARE(WorkspaceSchema::versionOf(m_db), WorkspaceSchema::currentVersion());
    QVERIFY(WorkspaceSchema::currentVersion() >= 5);

    // Every row is kept, byte for byte, and the new indexes agree with the table. Later steps
    // add columns at the end of a row; those start empty.
    for (const QString& table : tables) {
        const QList<QVariantList> after = rowsOf(table);
        const QList<QVariantList>& old = before[table];
        QCOMPARE(after.size(), old.size());
        for (qsizetype row = 0; row < after.size(); ++row) {
            QVERIFY2(after.at(row).mid(0, old.at(row).size()) == old.at(row), qPrintable(table));
            for (const QVariant& added : after.at(row).mid(old.at(row).size())) {
                QVERIFY2(added.isNull(), qPrintable(table));
            }
        }
    }
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));

    // specs_tree holds every column the tree reads; specs_sync, partial to remote specs, every
    // column the journal's summaries read but the two texts.
    QMap<QString, bool> partial;
    QVERIFY(query.exec(QStringLiteral("PRAGMA index_list(specs)")));
    while (query.next()) {
        partial.insert(query.value(1).toString(), query.value(4).toBool());
    }
    QVERIFY(partial.contains(QStringLiteral("specs_tree")));
    QVERIFY(partial.contains(QStringLiteral("specs_sync")));
    QVERIFY(!partial.value(QStringLiteral("specs_tree")));
    QVERIFY(partial.value(QStringLiteral("specs_sync")));
    const QStringList tree = indexColumns(QStringLiteral("specs_tree"));
    QCOMPARE(tree.mid(0, 3),
             (QStringList {QStringLiteral("collection_id"), QStringLiteral("title"), QStringLiteral("id")}));
    for (const char* column : {"kind", "file_path", "updated_at", "remote_id", "remote_status", "remote_detail"}) {
        QVERIFY2(tree.contains(QLatin1String(column)), column);
    }
    const QStringList sync = indexColumns(QStringLiteral("specs_sync"));
    QCOMPARE(sync.mid(0, 3),
             (QStringList {QStringLiteral("collection_id"), QStringLiteral("title"), QStringLiteral("id")}));
    for (const char* column : {"remote_id",
                               "remote_status",
                               "sync_state",
                               "sync_message",
                               "sync_content_hash",
                               "content_hash",
                               "base_hash",
                               "base_revision",
                               "base_version_count",
                               "theirs_revision",
                               "theirs_version_count"}) {
        QVERIFY2(sync.contains(QLatin1String(column)), column);
    }
    QVERIFY(!sync.contains(QStringLiteral("content")));
    QVERIFY(!sync.contains(QStringLiteral("base_content")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA index_xinfo(specs_tree)")) && query.next() && query.next());
    QCOMPARE(query.value(4).toString(), QStringLiteral("NOCASE")); // the tree's order: title COLLATE NOCASE
    query.finish();

    verifyStartQueryPlans();
}

void TestWorkspaceSchema::startQueriesUseTheCoveringIndexes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QString>("expected");
    for (const StartQuery& start : startQueries()) {
        QTest::newRow(start.name) << start.sql << start.values << QString::fromLatin1(start.plan);
    }
}

void TestWorkspaceSchema::startQueriesUseTheCoveringIndexes()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QFETCH(QString, expected);
    QString error;
    QVERIFY2(WorkspaceSchema::upgrade(m_db, &error), qPrintable(error));
    const QString plan = planOf(sql, values).join(QStringLiteral(" / "));
    QVERIFY2(plan.contains(expected), qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestWorkspaceSchema)
#include "TestWorkspaceSchema.moc"
