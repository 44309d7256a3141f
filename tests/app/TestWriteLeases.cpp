#include "OneRemoteSpecWorkspace.h"
#include "SyncJournal.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
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

    OneRemoteSpecWorkspace m_workspace;
    WorkspaceStore* m_store = nullptr;
    qint64 m_specId = 0;
};

void TestWriteLeases::init()
{
    QString error;
    QVERIFY2(m_workspace.open("spec: {}", QVariant(), QStringLiteral("syncing"), &error), qPrintable(error));
    m_store = m_workspace.store.get();
    m_specId = m_workspace.specId;
}

void TestWriteLeases::cleanup()
{
    m_store = nullptr;
    m_workspace.close();
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
    SyncJournal first(m_store);
    SyncJournal second(m_store);
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
    SyncJournal journal(m_store);
    QVERIFY(!journal.leases().liveHolder(m_specId));
    WriteLeases::Holder holder;
    QVERIFY(journal.leases().tryAcquire(m_specId, &holder));
}

void TestWriteLeases::interruptedSyncIsRequeuedOnlyWithoutALiveOwner()
{
    // Alive: this very process, as another owner.
    plantLease(QCoreApplication::applicationPid());
    SyncJournal(m_store).requeueInterrupted();
    QCOMPARE(stateOf(m_specId), QStringLiteral("syncing"));
    // Dead: queued again, to be checked against the server.
    plantLease(pidOfAnEndedProcess());
    SyncJournal(m_store).requeueInterrupted();
    QCOMPARE(stateOf(m_specId), QStringLiteral("queued"));
}

QTEST_GUILESS_MAIN(TestWriteLeases)
#include "TestWriteLeases.moc"
