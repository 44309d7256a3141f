#include "PreparedQuery.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

/// The statements the store keeps per connection: reused with new values, never shared with a
/// caller further up, reset so no read stays open, not kept when they hold a large value or
/// failed to prepare, and gone with their connection.
class TestPreparedQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reusedWithNewValues();
    void nestedUseGetsAQueryOfItsOwn();
    void leavesNoReadOpen();
    void largeValuesAreNotKept();
    void failedPrepareIsReportedAndNotKept();
    void reopenedConnectionPreparesAgain();

private:
    QSqlDatabase open(const QString& name) const;
    QString nameOf(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_db;
};

namespace {
const QString kConnection = QStringLiteral("prepared-test");
const QString kOther = QStringLiteral("prepared-test-other");
const QString kNameById = QStringLiteral("SELECT name FROM items WHERE id = ?");
} // namespace

QSqlDatabase TestPreparedQuery::open(const QString& name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_dir->filePath(QStringLiteral("test.sqlite")));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qFatal("could not open the test database");
    }
    return db;
}

void TestPreparedQuery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = open(kConnection);
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
    QVERIFY(setup.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, data BLOB)")));
    for (int id = 1; id <= 5; ++id) {
        QVERIFY(setup.exec(QStringLiteral("INSERT INTO items (id, name) VALUES (%1, 'item %1')").arg(id)));
    }
}

void TestPreparedQuery::cleanup()
{
    for (const QString& name : {kConnection, kOther}) {
        PreparedQuery::forget(name);
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
        }
    }
    m_db = {};
    QSqlDatabase::removeDatabase(kConnection);
    QSqlDatabase::removeDatabase(kOther);
    m_dir.reset();
}

QString TestPreparedQuery::nameOf(qint64 id)
{
    PreparedQuery query(m_db, kNameById);
    query->addBindValue(id);
    if (!query.run(nullptr) || !query->next()) {
        return {};
    }
    return query->value(0).toString();
}

void TestPreparedQuery::reusedWithNewValues()
{
    QCOMPARE(nameOf(2), QStringLiteral("item 2"));
    const QSqlQuery* first = nullptr;
    {
        PreparedQuery query(m_db, kNameById);
        first = &*query;
    }
    QCOMPARE(nameOf(4), QStringLiteral("item 4"));
    QCOMPARE(nameOf(9), QString());
    QCOMPARE(nameOf(1), QStringLiteral("item 1"));
    PreparedQuery again(m_db, kNameById);
    QCOMPARE(&*again, first);
    QCOMPARE(PreparedQuery::keptCount(kConnection), 1);
}

void TestPreparedQuery::nestedUseGetsAQueryOfItsOwn()
{
    PreparedQuery all(m_db, QStringLiteral("SELECT id FROM items ORDER BY id"));
    QVERIFY(all.run(nullptr));
    QStringList names;
    while (all->next()) {
        // The same SQL as the loop's own, run while the loop still reads its rows.
        PreparedQuery nested(m_db, QStringLiteral("SELECT id FROM items ORDER BY id"));
        QVERIFY(&*nested != &*all);
        QVERIFY(nested.run(nullptr));
        QVERIFY(nested->next());
        QCOMPARE(nested->value(0).toInt(), 1);
        names << nameOf(all->value(0).toLongLong());
    }
    QCOMPARE(names.size(), 5);
    QCOMPARE(names.constLast(), QStringLiteral("item 5"));
}

void TestPreparedQuery::leavesNoReadOpen()
{
    {
        PreparedQuery all(m_db, QStringLiteral("SELECT id FROM items ORDER BY id"));
        QVERIFY(all.run(nullptr));
        QVERIFY(all->next()); // one row of five: the statement is not at its end
    }
    // Another connection writes and truncates the log: an open read would hold it (busy = 1).
    QSqlDatabase other = open(kOther);
    QSqlQuery write(other);
    QVERIFY(write.exec(QStringLiteral("INSERT INTO items (id, name) VALUES (6, 'item 6')")));
    QVERIFY(write.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QVERIFY(write.next());
    QCOMPARE(write.value(0).toInt(), 0);
    // And this connection, reading again, sees the new row.
    QCOMPARE(nameOf(6), QStringLiteral("item 6"));
}

void TestPreparedQuery::largeValuesAreNotKept()
{
    const QString update = QStringLiteral("UPDATE items SET data = ? WHERE id = ?");
    {
        PreparedQuery small(m_db, update);
        small->addBindValue(QByteArray(100, 'x'));
        small->addBindValue(1);
        QVERIFY(small.run(nullptr));
    }
    QCOMPARE(PreparedQuery::keptCount(kConnection), 1);
    {
        PreparedQuery large(m_db, update);
        large->addBindValue(QByteArray(PreparedQuery::kLargeValue, 'y'));
        large->addBindValue(1);
        QVERIFY(large.run(nullptr));
    }
    QCOMPARE(PreparedQuery::keptCount(kConnection), 0); // it would hold the bytes until its next run
    {
        PreparedQuery read(m_db, QStringLiteral("SELECT data FROM items WHERE id = ?"));
        read->addBindValue(1);
        QVERIFY(read.run(nullptr));
        QVERIFY(read->next());
        QCOMPARE(read.bytes(0).size(), PreparedQuery::kLargeValue);
    }
    QCOMPARE(PreparedQuery::keptCount(kConnection), 0);
}

void TestPreparedQuery::failedPrepareIsReportedAndNotKept()
{
    const QString sql = QStringLiteral("SELECT value FROM later WHERE id = ?");
    {
        PreparedQuery missing(m_db, sql);
        missing->addBindValue(1);
        QString error;
        QVERIFY(!missing.run(&error));
        QVERIFY2(!error.isEmpty(), "a failed statement says why");
    }
    QCOMPARE(PreparedQuery::keptCount(kConnection), 0);
    QSqlQuery create(m_db);
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE later (id INTEGER PRIMARY KEY, value TEXT)")));
    QVERIFY(create.exec(QStringLiteral("INSERT INTO later VALUES (1, 'now')")));
    PreparedQuery present(m_db, sql);
    present->addBindValue(1);
    QVERIFY(present.run(nullptr));
    QVERIFY(present->next());
    QCOMPARE(present->value(0).toString(), QStringLiteral("now"));
}

void TestPreparedQuery::reopenedConnectionPreparesAgain()
{
    QCOMPARE(nameOf(3), QStringLiteral("item 3"));
    // Closed and added again under the same name without forget(): a new driver.
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(kConnection);
    m_db = open(kConnection);
    QCOMPARE(nameOf(3), QStringLiteral("item 3"));
    PreparedQuery::forget(kConnection);
    QCOMPARE(PreparedQuery::keptCount(kConnection), 0);
    QCOMPARE(nameOf(5), QStringLiteral("item 5"));
}

QTEST_GUILESS_MAIN(TestPreparedQuery)
#include "TestPreparedQuery.moc"
