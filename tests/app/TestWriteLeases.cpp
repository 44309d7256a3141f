#include "SyncJournal.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// The write leases that keep two SpecDesk processes from sending the same draft: one owner at a
/// time, a live owner is reported, a dead one is taken over, and an interrupted sync is queued
/// again only when nobody alive is running it.
class TestWriteLeases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void oneOwnerAtATime();
    void leaseOfADeadProcessIsTakenOver();
    void interruptedSyncIsRequeuedOnlyWithoutALiveOwner();

private:
    /// Plants a lease as if a process with that PID held it.
    void plantLease(qint64 pid);
    QString stateOf(qint64 specId) const;
    static qint64 pidOfAnEndedProcess();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    qint64 m_specId = 0;
};

void TestWriteLeases::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkspaceStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->path(), &error), qPrintable(error));
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO collections (name, type) VALUES ('df', 'remote')")));
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO specs (collection_id, title, kind, content, remote_id, created_at, updated_at, sync_state) "
        "VALUES (1, 'One', 'dataframer', 'spec: {}', 'r1', '', '', 'syncing')")));
    m_specId = query.lastInsertId().toLongLong();
}

void TestWriteLeases::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestWriteLeases::pidOfAnEndedProcess()
{
    QProcess ended;
    ended.start(QStringLiteral("true"));
    ended.waitForFinished(10000);
    return ended.processId();
}

void TestWriteLeases::plantLease(qint64 pid)
{
    const ProcessIdentity& self = ProcessIdentity::current();
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_leases (spec_id, owner, host, pid, process_started, "
                                 "acquired_at, heartbeat_at) VALUES (?, 'planted', ?, ?, '', 0, 0)"));
    query.addBindValue(m_specId);
    query.addBindValue(self.host);
    query.addBindValue(pid);
    QVERIFY(query.exec());
}

QString TestWriteLeases::stateOf(qint64 specId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT sync_state FROM specs WHERE id = ?"));
    query.addBindValue(specId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void TestWriteLeases::oneOwnerAtATime()
{
    SyncJournal first(m_store.get());
    SyncJournal second(m_store.get());
    WriteLeases::Holder holder;
    QVERIFY(first.leases().tryAcquire(m_specId, &holder));
    QVERIFY(first.leases().tryAcquire(m_specId, &holder)); // again: still its own
    QVERIFY(!second.leases().tryAcquire(m_specId, &holder));
    QCOMPARE(holder.process.pid, QCoreApplication::applicationPid());
    QVERIFY(second.leases().liveHolder(m_specId));
    first.leases().release(m_specId);
    QVERIFY(!second.leases().liveHolder(m_specId));
    QVERIFY(second.leases().tryAcquire(m_specId, &holder));
    QVERIFY(!first.leases().tryAcquire(m_specId, &holder));
}

void TestWriteLeases::leaseOfADeadProcessIsTakenOver()
{
    plantLease(pidOfAnEndedProcess());
    SyncJournal journal(m_store.get());
    QVERIFY(!journal.leases().liveHolder(m_specId));
    WriteLeases::Holder holder;
    QVERIFY(journal.leases().tryAcquire(m_specId, &holder));
}

void TestWriteLeases::interruptedSyncIsRequeuedOnlyWithoutALiveOwner()
{
    // Alive: this very process, as another owner.
    plantLease(QCoreApplication::applicationPid());
    SyncJournal(m_store.get()).requeueInterrupted();
    QCOMPARE(stateOf(m_specId), QStringLiteral("syncing"));
    // Dead: queued again, to be checked against the server.
    plantLease(pidOfAnEndedProcess());
    SyncJournal(m_store.get()).requeueInterrupted();
    QCOMPARE(stateOf(m_specId), QStringLiteral("queued"));
}

QTEST_GUILESS_MAIN(TestWriteLeases)
#include "TestWriteLeases.moc"
