#include "WorkspaceSchema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

private:
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
}

QTEST_GUILESS_MAIN(TestWorkspaceSchema)
#include "TestWorkspaceSchema.moc"
