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

QTEST_GUILESS_MAIN(TestWorkspaceSchema)
#include "TestWorkspaceSchema.moc"
