#include "OneRemoteSpecWorkspace.h"
#include "SyncJournal.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

/// The journal's batches, which make the few writes a sync does between two requests one
/// commit: nothing is seen by other connections or announced before the commit, a journal
/// transaction that fails inside undoes only itself, the Syncing mark waits for no change, and
/// work left for later joins the next batch.
class TestSyncJournalBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void batchIsOneCommitAnnouncedAfterIt();
    void failedTransactionInsideUndoesOnlyItself();
    void markSyncingOnlyWhileTheRowIsAsRead();
    void markSyncingRefusedOnceAWriteIsPending();
    void markSyncingRefusedOnceTheBaseRevisionMoved();
    void deferredWorkJoinsTheNextBatch();
    void deferredWorkIsCommittedByItselfSoon();
    void deferredWorkWaitsOutABusyDatabase();

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

void TestSyncJournalBatch::markSyncingRefusedOnceTheBaseRevisionMoved()
{
    // A sync elsewhere that found nothing to send rebases on the same text, at the server's
    // newer revision: what this one fetched before it is older than the base now.
    SyncJournal journal(m_store);
    SyncJournal elsewhere(m_store);
    const QByteArray base = journal.record(m_specId)->baseContent;
    RemoteSpec server;
    server.revision = QStringLiteral("2026-12-07T05:00:00.000Z");
    QVERIFY(elsewhere.rebase(m_specId, server, 2, base, std::nullopt, SyncState::Queued));
    const std::optional<SyncRecord> before = journal.record(m_specId);
    QVERIFY(before);
    server.revision = QStringLiteral("2026-12-07T06:00:00.000Z");
    QVERIFY(elsewhere.rebase(m_specId, server, 3, base, std::nullopt, SyncState::Queued));
    QVERIFY(!journal.markSyncing(m_specId, *before));
    QVERIFY(journal.markSyncing(m_specId, *journal.record(m_specId)));
}

void TestSyncJournalBatch::markSyncingRefusedOnceAWriteIsPending()
{
    // A sync elsewhere that sent a write and failed to learn its fate may leave the state as it
    // was; its pending write still says that what was fetched before it may be stale.
    SyncJournal journal(m_store);
    QVERIFY(journal.setState(m_specId, SyncState::Queued));
    const std::optional<SyncRecord> before = journal.record(m_specId);
    QVERIFY(before);
    SyncJournal elsewhere(m_store);
    QVERIFY(elsewhere.markPendingWrite(m_specId, "spec: {a: 1}"));
    QVERIFY(elsewhere.setState(m_specId, SyncState::Queued));
    QVERIFY(!journal.markSyncing(m_specId, *before));
    QCOMPARE(stateOf(), QStringLiteral("queued"));
}

void TestSyncJournalBatch::deferredWorkWaitsOutABusyDatabase()
{
    SyncJournal journal(m_store);
    journal.deferToNextBatch([&journal, this] { QVERIFY(journal.setState(m_specId, SyncState::Synced)); });
    // Another process holds the write lock past the busy timeout: the work waits, it is not lost.
    QSqlQuery lock(m_store->database());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    journal.flushDeferred();
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    QCOMPARE(stateOf(), QString());
    QTRY_COMPARE(stateOf(), QStringLiteral("synced"));
}

void TestSyncJournalBatch::deferredWorkJoinsTheNextBatch()
{
    SyncJournal journal(m_store);
    QSignalSpy announced(m_store, &WorkspaceStore::specChanged);
    journal.deferToNextBatch([&journal, this] { QVERIFY(journal.setState(m_specId, SyncState::Synced)); });
    QCOMPARE(stateOf(), QString()); // not yet
    {
        SyncJournal::Batch batch(journal);
        // Run first, inside the batch's transaction: not visible until its commit.
        QCOMPARE(stateOf(), QString());
        QVERIFY(journal.markPendingWrite(m_specId, "spec: {a: 1}"));
    }
    QCOMPARE(stateOf(), QStringLiteral("synced"));
    QCOMPARE(announced.size(), 1);
    // Run once: a later batch does not run it again.
    QVERIFY(journal.setState(m_specId, SyncState::Queued));
    {
        SyncJournal::Batch batch(journal);
    }
    QCOMPARE(stateOf(), QStringLiteral("queued"));
}

void TestSyncJournalBatch::deferredWorkIsCommittedByItselfSoon()
{
    {
        SyncJournal journal(m_store);
        journal.deferToNextBatch([&journal, this] { QVERIFY(journal.setState(m_specId, SyncState::Synced)); });
        QTRY_COMPARE(stateOf(), QStringLiteral("synced"));
    }
    {
        SyncJournal journal(m_store);
        journal.deferToNextBatch([&journal, this] { QVERIFY(journal.setState(m_specId, SyncState::Queued)); });
        journal.flushDeferred();
        QCOMPARE(stateOf(), QStringLiteral("queued"));
    }
    {
        // A journal closed first journals what it was left.
        SyncJournal journal(m_store);
        journal.deferToNextBatch([&journal, this] { QVERIFY(journal.setState(m_specId, SyncState::Synced)); });
    }
    QCOMPARE(stateOf(), QStringLiteral("synced"));
}

QTEST_GUILESS_MAIN(TestSyncJournalBatch)
#include "TestSyncJournalBatch.moc"
