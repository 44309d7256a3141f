#include "OneRemoteSpecWorkspace.h"
#include "SyncJournal.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

/// The journal's batches, which make the few writes a sync does between two requests one
/// commit: nothing is seen by other connections or announced before the commit, a journal
/// transaction that fails inside undoes only itself, and the Syncing mark waits for no change.
class TestSyncJournalBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void batchIsOneCommitAnnouncedAfterIt();
    void failedTransactionInsideUndoesOnlyItself();
    void markSyncingOnlyWhileTheRowIsAsRead();

private:
    QString stateOf() const;
    int serverVersionsOf() const;

    OneRemoteSpecWorkspace m_workspace;
    WorkspaceStore* m_store = nullptr;
    qint64 m_specId = 0;
};

void TestSyncJournalBatch::init()
{
    QString error;
    QVERIFY2(m_workspace.open("spec: {a: 1}", QStringLiteral("spec: {}"), QVariant(), &error), qPrintable(error));
    m_store = m_workspace.store.get();
    m_specId = m_workspace.specId;
}

void TestSyncJournalBatch::cleanup()
{
    m_store = nullptr;
    m_workspace.close();
}

QString TestSyncJournalBatch::stateOf() const
{
    // Through the store's own connection, as the tree and the other processes read.
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT sync_state FROM specs WHERE id = ?"));
    query.addBindValue(m_specId);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("?");
}

int TestSyncJournalBatch::serverVersionsOf() const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM spec_versions WHERE spec_id = ? AND origin = 'server'"));
    query.addBindValue(m_specId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void TestSyncJournalBatch::batchIsOneCommitAnnouncedAfterIt()
{
    SyncJournal journal(m_store);
    QSignalSpy announced(m_store, &WorkspaceStore::specChanged);
    bool toldAfterCommit = false;
    {
        SyncJournal::Batch batch(journal);
        QVERIFY(journal.setState(m_specId, SyncState::Syncing));
        RemoteVersion version;
        version.number = 1;
        version.content = "spec: {}";
        QVERIFY(journal.replaceServerVersions(m_specId, {version}));
        journal.afterTransaction([&] { toldAfterCommit = stateOf() == QLatin1String("syncing"); });
        // Inside the batch nothing is visible elsewhere, nor announced, nor told.
        QCOMPARE(stateOf(), QString());
        QCOMPARE(serverVersionsOf(), 0);
        QCOMPARE(announced.size(), 0);
        QVERIFY(!toldAfterCommit);
    }
    QCOMPARE(stateOf(), QStringLiteral("syncing"));
    QCOMPARE(serverVersionsOf(), 1);
    QVERIFY(toldAfterCommit);
    QVERIFY(!announced.isEmpty());
    QCOMPARE(announced.first().first().toLongLong(), m_specId);
}

void TestSyncJournalBatch::failedTransactionInsideUndoesOnlyItself()
{
    SyncJournal journal(m_store);
    {
        SyncJournal::Batch batch(journal);
        QVERIFY(journal.setState(m_specId, SyncState::Syncing));
        // A merge onto a draft that is no longer the one expected changes nothing, itself
        // included, while the rest of the batch stands.
        RemoteSpec server;
        server.content = "spec: {b: 2}";
        QVERIFY(!journal.rebase(m_specId,
                                server,
                                1,
                                server.content,
                                QByteArray("spec: {merged: 1}"),
                                SyncState::Draft,
                                {},
                                QStringLiteral("sync"),
                                QByteArray("not the draft")));
    }
    QCOMPARE(stateOf(), QStringLiteral("syncing"));
    const std::optional<SyncRecord> record = journal.record(m_specId);
    QVERIFY(record);
    QCOMPARE(record->content, QByteArray("spec: {a: 1}"));
    QCOMPARE(record->baseContent, QByteArray("spec: {}"));
    QSqlQuery snapshots(m_store->database());
    QVERIFY(snapshots.exec(QStringLiteral("SELECT COUNT(*) FROM spec_versions")) && snapshots.next());
    QCOMPARE(snapshots.value(0).toInt(), 0);
}

void TestSyncJournalBatch::markSyncingOnlyWhileTheRowIsAsRead()
{
    SyncJournal journal(m_store);
    const std::optional<SyncRecord> seen = journal.record(m_specId);
    QVERIFY(seen);
    QVERIFY(journal.markSyncing(m_specId, *seen));
    QCOMPARE(stateOf(), QStringLiteral("syncing"));

    QVERIFY(journal.setState(m_specId, SyncState::Queued));
    const std::optional<SyncRecord> before = journal.record(m_specId);
    // Typed meanwhile (another connection, as the autosave writes): the mark is not made.
    QString error;
    QVERIFY(m_store->saveSpecContent(m_specId, "spec: {a: 2}", &error));
    QVERIFY(!journal.markSyncing(m_specId, *before));
    QCOMPARE(stateOf(), QStringLiteral("queued"));
    QVERIFY(journal.markSyncing(m_specId, *journal.record(m_specId)));
    QCOMPARE(stateOf(), QStringLiteral("syncing"));
}

QTEST_GUILESS_MAIN(TestSyncJournalBatch)
#include "TestSyncJournalBatch.moc"
