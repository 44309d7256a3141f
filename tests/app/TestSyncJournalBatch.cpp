#include "SyncJournal.h"
#include "WorkspaceStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
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

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    qint64 m_specId = 0;
};

void TestSyncJournalBatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkspaceStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->path(), &error), qPrintable(error));
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO collections (name, type) VALUES ('df', 'remote')")));
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO specs (collection_id, title, kind, content, base_content, remote_id, created_at, updated_at) "
        "VALUES (1, 'One', 'dataframer', 'spec: {a: 1}', 'spec: {}', 'r1', '', '')")));
    m_specId = query.lastInsertId().toLongLong();
}

void TestSyncJournalBatch::cleanup()
{
    m_store.reset();
    m_dir.reset();
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
    SyncJournal journal(m_store.get());
    QSignalSpy announced(m_store.get(), &WorkspaceStore::specChanged);
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
    SyncJournal journal(m_store.get());
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
    SyncJournal journal(m_store.get());
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
