#include "RemoteContext.h"
#include "SandboxConnections.h"
#include "SandboxWorkspaceFixture.h"
#include "SpecProvider.h"
#include "SpecPull.h"
#include "SyncJournal.h"
#include "WorkspaceStore.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>

namespace {

/// More specs than one slice can record on any machine, once a few of them are made slow.
constexpr int kBulkSpecs = 2000;
/// Longer than a slice (about 10 ms): a spec that takes this long to record is the last of its
/// slice, so the test knows where slices end whatever the speed of the machine.
constexpr unsigned long kLongerThanASliceMs = 30;

QString bulkId(int i)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

QString bulkName(int i)
{
    return QStringLiteral("Bulk %1").arg(i, 4, 10, QLatin1Char('0'));
}

QByteArray bulkYaml(int i)
{
    return QStringLiteral("spec:\n  name: bulk-%1\n  rows: %1\n  columns:\n    - id\n    - value\n").arg(i).toUtf8();
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

/// Follows a pull from the outside, as the window would: a zero timer counts the turns of the
/// event loop, and each spec the pull records (added or changed) notes the turn it came in.
/// The specs recorded at `slowRanks` (0 = the first recorded) take longer than a slice, so a
/// slice ends right after each of them.
class PullWatch : public QObject
{
public:
    PullWatch(WorkspaceStore* store, const QSet<int>& slowRanks)
        : m_slowRanks(slowRanks)
    {
        connect(store, &WorkspaceStore::specAdded, this, [this](const SpecRecord& spec) { onRecorded(spec.id); });
        connect(store, &WorkspaceStore::specChanged, this, [this](qint64 specId) { onRecorded(specId); });
        m_ticker.setInterval(0);
        connect(&m_ticker, &QTimer::timeout, this, [this] {
            ++turns;
            if (onTurn) {
                onTurn();
            }
        });
        m_ticker.start();
    }

    int recorded() const { return static_cast<int>(turnOfRecord.size()); }

    int turns = 0;
    /// For each spec recorded, in order: the turns of the event loop counted by then.
    QList<int> turnOfRecord;
    QList<qint64> recordedIds;
    std::function<void()> onTurn;
    /// Called while the pull records, right after the spec of this rank.
    std::function<void(int rank)> onRecord;

private:
    void onRecorded(qint64 specId)
    {
        const int rank = recorded();
        turnOfRecord << turns;
        recordedIds << specId;
        if (onRecord) {
            onRecord(rank);
        }
        if (m_slowRanks.contains(rank)) {
            QThread::msleep(kLongerThanASliceMs);
        }
    }

    QSet<int> m_slowRanks;
    QTimer m_ticker;
};

} // namespace

/// SpecPull recording a long list against the sandbox: a slice at a time, one transaction each,
/// with the event loop running between slices; local edits kept; a cancel that stops at the next
/// slice and leaves only complete specs behind.
class TestSpecPull : public QObject, private SandboxWorkspaceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void recordsEveryListedSpecSliceBySlice();
    void keepsLocalEditsWhilePullingThousands();
    void cancelBetweenSlicesStopsWithCompleteSpecs();
    void cancelFromARecordingSlotSendsNothingMore();
    void cancelWhileListingRecordsNothing();
    void twoPullsOnOneThreadBothRecordEverything();
    void aListWithoutTextNeverEmptiesAStoredText();

private:
    /// Rows of the collection as a second connection sees them: only what is committed.
    int committedRows(qint64 collectionId) const;
    /// Rows of the collection as the pull's own connection sees them.
    int recordedRows(qint64 collectionId) const;
    /// Every remote spec of the collection is whole: hashes of its texts, base = text, one pull
    /// snapshot of the text when the server sent one, and the bulk specs' exact server text.
    void verifyCompleteRows(qint64 collectionId);
    SpecPull::Summary pullAll(SpecProvider* provider, bool withVersions = false);
    qint64 specIdOf(const QString& remoteId) const;
    int listGets() const;

    Connection m_connection;
    std::unique_ptr<SpecProvider> m_provider;
    int m_listed = 0; ///< specs the sandbox lists: its seeds and the bulk
    QString m_observerName;
};

void TestSpecPull::init()
{
    QString error;
    QVERIFY2(openWorkspace(&error), qPrintable(error));
    RetryPolicy fast;
    fast.firstDelayMs = 5;
    fast.maxDelayMs = 20;
    fast.timeoutMs = 20000;
    m_context->transport().setRetryPolicy(fast);
    m_connection = SandboxConnections::add(*m_context, *m_server, ApiKind::DataFramer, QStringLiteral("df"));
    m_provider = m_context->providerFor(m_connection);

    SpecJob* seeds = m_provider->listSpecs();
    QSignalSpy listed(seeds, &SpecJob::finished);
    QVERIFY(listed.wait(10000));
    QVERIFY(seeds->succeeded());
    const int seedCount = static_cast<int>(seeds->specs().size());
    seeds->deleteLater();
    for (int i = 0; i < kBulkSpecs; ++i) {
        QVERIFY(m_server->addDataFramerSpec(bulkId(i), bulkName(i), bulkYaml(i)));
    }
    m_listed = seedCount + kBulkSpecs;
    m_server->clearRequests();

    m_observerName = QStringLiteral("observer-") + QString::fromLatin1(QTest::currentTestFunction());
    QSqlDatabase observer = QSqlDatabase::cloneDatabase(m_store->database(), m_observerName);
    QVERIFY(observer.open());
}

void TestSpecPull::cleanup()
{
    if (QSqlDatabase::contains(m_observerName)) {
        QSqlDatabase::database(m_observerName, false).close();
        QSqlDatabase::removeDatabase(m_observerName);
    }
    m_provider.reset();
    closeWorkspace();
}

int TestSpecPull::committedRows(qint64 collectionId) const
{
    QSqlQuery query(QSqlDatabase::database(m_observerName, false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM specs WHERE collection_id = ?"));
    query.addBindValue(collectionId);
    if (!query.exec() || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

int TestSpecPull::recordedRows(qint64 collectionId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM specs WHERE collection_id = ?"));
    query.addBindValue(collectionId);
    if (!query.exec() || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestSpecPull::verifyCompleteRows(qint64 collectionId)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral(
        "SELECT remote_id, title, content, content_hash, base_content, base_hash, remote_status, fetched_at, "
        "(SELECT COUNT(*) FROM spec_versions v WHERE v.spec_id = specs.id AND v.origin = 'pull'), "
        "(SELECT content FROM spec_versions v WHERE v.spec_id = specs.id AND v.origin = 'pull') "
        "FROM specs WHERE collection_id = ?"));
    query.addBindValue(collectionId);
    QVERIFY(query.exec());
    int rows = 0;
    while (query.next()) {
        ++rows;
        const QString remoteId = query.value(0).toString();
        const QByteArray content = query.value(2).toByteArray();
        QVERIFY2(!remoteId.isEmpty(), "a remote spec without its id");
        QVERIFY2(!query.value(1).toString().isEmpty(), qPrintable(remoteId));
        QCOMPARE(query.value(3).toByteArray(), sha256(content));
        QCOMPARE(query.value(4).toByteArray(), content);
        QCOMPARE(query.value(5).toByteArray(), sha256(content));
        QVERIFY2(!query.value(6).isNull(), qPrintable(remoteId));
        QVERIFY2(!query.value(7).isNull(), qPrintable(remoteId));
        if (!content.isEmpty()) {
            QCOMPARE(query.value(8).toInt(), 1);
            QCOMPARE(query.value(9).toByteArray(), content);
        }
        if (remoteId.startsWith(QLatin1String("00000000-0000-4000-8000-"))) {
            const int i = QStringView(remoteId).mid(24).toInt();
            QCOMPARE(content, bulkYaml(i));
            QCOMPARE(query.value(1).toString(), bulkName(i));
            QCOMPARE(query.value(6).toString(), QStringLiteral("ready"));
        }
    }
    QCOMPARE(rows, recordedRows(collectionId));
}

SpecPull::Summary TestSpecPull::pullAll(SpecProvider* provider, bool withVersions)
{
    SpecPull pull(provider, &m_context->specs());
    QSignalSpy finished(&pull, &SpecPull::finished);
    pull.start({}, withVersions);
    [&] {
        QVERIFY(finished.wait(60000));
        QVERIFY2(!pull.error().isError(), qPrintable(pull.error().message));
    }();
    return pull.summary();
}

qint64 TestSpecPull::specIdOf(const QString& remoteId) const
{
    const std::optional<SpecRecord> spec = m_context->specs().specByRemoteId(m_connection, remoteId);
    return spec ? spec->id : 0;
}

int TestSpecPull::listGets() const
{
    int gets = 0;
    for (const RecordedRequest& request : m_server->requests()) {
        if (request.method == "GET" && request.path == QLatin1String("/api/dataframer/specs/")) {
            ++gets;
        }
    }
    return gets;
}

// Crash trials: a DataFramer list carries no `content_yaml`, and recording it emptied the text and
// the base of every synced spec; a kill before the fetch that follows left them empty for good.
void TestSpecPull::aListWithoutTextNeverEmptiesAStoredText()
{
    const QString fetchedId = bulkId(0);
    SpecPull fetch(m_provider.get(), &m_context->specs());
    QSignalSpy fetched(&fetch, &SpecPull::finished);
    fetch.start({fetchedId});
    QVERIFY(fetched.wait(10000));
    const qint64 fetchedSpec = specIdOf(fetchedId);
    QCOMPARE(m_store->spec(fetchedSpec)->content, bulkYaml(0));

    m_server->setDataFramerListsContent(false);
    pullAll(m_provider.get(), false);
    const std::optional<SpecRecord> kept = m_store->spec(fetchedSpec);
    QCOMPARE(kept->content, bulkYaml(0));
    QVERIFY(kept->contentReceived);
    QCOMPARE(m_context->specs().baseContent(fetchedSpec), bulkYaml(0));
    // A spec known from the list alone has no text yet, and says so.
    const std::optional<SpecRecord> listedOnly = m_store->spec(specIdOf(bulkId(1)));
    QVERIFY(listedOnly);
    QVERIFY(!listedOnly->contentReceived);
    QVERIFY(listedOnly->content.isEmpty());
    // Once fetched, it has.
    SpecPull second(m_provider.get(), &m_context->specs());
    QSignalSpy secondDone(&second, &SpecPull::finished);
    second.start({bulkId(1)});
    QVERIFY(secondDone.wait(10000));
    QVERIFY(m_store->spec(specIdOf(bulkId(1)))->contentReceived);
    QCOMPARE(m_store->spec(specIdOf(bulkId(1)))->content, bulkYaml(1));
}

void TestSpecPull::recordsEveryListedSpecSliceBySlice()
{
    const qint64 collection = m_connection.collectionId;
    SpecPull pull(m_provider.get(), &m_context->specs());
    // Slices end after the first spec and after the middle one, whatever the machine's speed.
    PullWatch watch(m_store.get(), {0, kBulkSpecs / 2});
    int committedMidSlice = -1;
    int recordedMidSlice = -1;
    watch.onRecord = [&](int rank) {
        if (rank == 1) { // the first spec of the second slice
            committedMidSlice = committedRows(collection);
            recordedMidSlice = recordedRows(collection);
        }
    };
    int turnsWhileRecording = 0;
    QStringList uncommittedBetweenSlices;
    watch.onTurn = [&] {
        if (watch.recorded() == 0 || watch.recorded() == m_listed) {
            return;
        }
        ++turnsWhileRecording;
        const int committed = committedRows(collection);
        const int recorded = recordedRows(collection);
        if (committed != recorded) {
            uncommittedBetweenSlices << QStringLiteral("%1 of %2").arg(committed).arg(recorded);
        }
    };
    QSignalSpy finished(&pull, &SpecPull::finished);
    pull.start({}, false);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.count(), 1);
    QVERIFY2(!pull.error().isError(), qPrintable(pull.error().message));

    // Everything listed is recorded, once, as the server sent it.
    QCOMPARE(pull.summary().added, m_listed);
    QCOMPARE(pull.summary().updated + pull.summary().unchanged + pull.summary().keptLocalEdits, 0);
    QVERIFY(pull.summary().failedIds.isEmpty());
    QCOMPARE(watch.recorded(), m_listed);
    QCOMPARE(recordedRows(collection), m_listed);
    QCOMPARE(committedRows(collection), m_listed);
    verifyCompleteRows(collection);
    for (int i : {0, kBulkSpecs / 2, kBulkSpecs - 1}) {
        QCOMPARE(m_store->spec(specIdOf(bulkId(i)))->content, bulkYaml(i));
    }
    // The list carries the texts: one request, no fetch per spec.
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(listGets(), 1);

    // The event loop ran between slices, not once the whole list was recorded...
    QVERIFY2(watch.turnOfRecord.at(1) > watch.turnOfRecord.at(0), "no turn of the event loop after the first slice");
    QVERIFY2(watch.turnOfRecord.at(kBulkSpecs / 2 + 1) > watch.turnOfRecord.at(kBulkSpecs / 2),
             "no turn of the event loop after a slice in the middle");
    QVERIFY(turnsWhileRecording > 0);
    // ...and at each of those turns, everything recorded was committed: a slice is a transaction
    // that ends with the slice, while a spec within a slice is not a transaction of its own.
    QVERIFY2(uncommittedBetweenSlices.isEmpty(), qPrintable(uncommittedBetweenSlices.join(QStringLiteral(", "))));
    QCOMPARE(recordedMidSlice, 2);
    QCOMPARE(committedMidSlice, 1);
}

void TestSpecPull::keepsLocalEditsWhilePullingThousands()
{
    QCOMPARE(pullAll(m_provider.get()).added, m_listed);
    const QList<int> mine {0, kBulkSpecs / 2, kBulkSpecs - 1};
    const QList<int> theirsOnly {1, kBulkSpecs / 2 + 1, kBulkSpecs - 2};
    for (int i : mine) {
        QVERIFY(m_store->saveSpecContent(specIdOf(bulkId(i)), bulkYaml(i) + "# mine\n", nullptr));
    }
    for (int i : mine + theirsOnly) {
        QVERIFY(m_server->putDataFramerContentAsColleague(bulkId(i), bulkYaml(i) + "# theirs\n"));
    }

    SpecPull pull(m_provider.get(), &m_context->specs());
    PullWatch watch(m_store.get(), {0, kBulkSpecs / 2}); // the edits fall in different slices
    QSignalSpy finished(&pull, &SpecPull::finished);
    pull.start({}, false);
    QVERIFY(finished.wait(60000));
    QVERIFY2(!pull.error().isError(), qPrintable(pull.error().message));
    QVERIFY(watch.turnOfRecord.at(1) > watch.turnOfRecord.at(0));

    QCOMPARE(pull.summary().added, 0);
    QCOMPARE(pull.summary().keptLocalEdits, int(mine.size()));
    QCOMPARE(pull.summary().updated, int(theirsOnly.size()));
    QCOMPARE(pull.summary().unchanged, m_listed - int(mine.size() + theirsOnly.size()));
    SyncJournal journal(m_store.get());
    for (int i : mine) {
        const qint64 specId = specIdOf(bulkId(i));
        QCOMPARE(m_store->spec(specId)->content, bulkYaml(i) + "# mine\n");
        QCOMPARE(m_context->specs().baseContent(specId), bulkYaml(i)); // the base the edit began from
        QCOMPARE(journal.summary(specId)->state, SyncState::Draft);
        // The server's new text is kept in the history all the same.
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("SELECT content FROM spec_versions WHERE spec_id = %1 AND origin = 'pull' "
                                          "ORDER BY number DESC LIMIT 1")
                               .arg(specId)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toByteArray(), bulkYaml(i) + "# theirs\n");
    }
    for (int i : theirsOnly) {
        const qint64 specId = specIdOf(bulkId(i));
        QCOMPARE(m_store->spec(specId)->content, bulkYaml(i) + "# theirs\n");
        QCOMPARE(m_context->specs().baseContent(specId), bulkYaml(i) + "# theirs\n");
        QCOMPARE(journal.summary(specId)->state, SyncState::Synced);
    }
    QCOMPARE(m_store->spec(specIdOf(bulkId(2)))->content, bulkYaml(2));
    QCOMPARE(recordedRows(m_connection.collectionId), m_listed);
}

void TestSpecPull::cancelBetweenSlicesStopsWithCompleteSpecs()
{
    const qint64 collection = m_connection.collectionId;
    SpecPull pull(m_provider.get(), &m_context->specs());
    PullWatch watch(m_store.get(), {20}); // the first slice ends by the 21st spec
    int recordedAtCancel = -1;
    watch.onTurn = [&] {
        if (recordedAtCancel < 0 && watch.recorded() > 0) {
            recordedAtCancel = watch.recorded();
            pull.cancel();
        }
    };
    QSignalSpy finished(&pull, &SpecPull::finished);
    pull.start({}, true); // with versions: a fetch per spec would follow the list
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(pull.error().kind, RemoteError::Kind::Cancelled);
    QVERIFY(!pull.error().message.isEmpty());
    QVERIFY(recordedAtCancel > 0 && recordedAtCancel <= 21);

    // Stopped at the next slice: nothing recorded after the cancel, nothing fetched.
    QCOMPARE(watch.recorded(), recordedAtCancel);
    QCOMPARE(pull.summary().added, recordedAtCancel);
    QCOMPARE(recordedRows(collection), recordedAtCancel);
    QCOMPARE(committedRows(collection), recordedAtCancel);
    verifyCompleteRows(collection);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(listGets(), 1);
    QSqlQuery versions(m_store->database());
    QVERIFY(versions.exec(QStringLiteral("SELECT COUNT(*) FROM spec_versions WHERE origin = 'server'")));
    QVERIFY(versions.next());
    QCOMPARE(versions.value(0).toInt(), 0);
    // A slice still asked for when the cancel came finds nothing left to do.
    const int turns = watch.turns;
    QTRY_VERIFY(watch.turns > turns + 100);
    QCOMPARE(recordedRows(collection), recordedAtCancel);
    QCOMPARE(finished.count(), 1);

    // What the cancelled pull left is a sound start for the next one.
    const SpecPull::Summary again = pullAll(m_provider.get());
    QCOMPARE(again.added, m_listed - recordedAtCancel);
    QCOMPARE(again.unchanged, recordedAtCancel);
    QCOMPARE(recordedRows(collection), m_listed);
    verifyCompleteRows(collection);
}

void TestSpecPull::cancelFromARecordingSlotSendsNothingMore()
{
    // A slot of a signal the store emits while a slice records (the tree's, a window's) may
    // cancel the pull then: the slice stops there and no fetch follows.
    const qint64 collection = m_connection.collectionId;
    SpecPull pull(m_provider.get(), &m_context->specs());
    PullWatch watch(m_store.get(), {});
    const int cancelRank = 10; // a bulk spec: Ready, so it would be fetched for its versions
    watch.onRecord = [&](int rank) {
        if (rank == cancelRank) {
            pull.cancel();
        }
    };
    QSignalSpy finished(&pull, &SpecPull::finished);
    pull.start({}, true);
    QVERIFY(finished.wait(60000));
    QCOMPARE(pull.error().kind, RemoteError::Kind::Cancelled);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(listGets(), 1);
    QCOMPARE(watch.recorded(), cancelRank + 1);
    QCOMPARE(pull.summary().added, cancelRank + 1);
    QCOMPARE(pull.summary().updated + pull.summary().unchanged, 0);
    QCOMPARE(committedRows(collection), cancelRank + 1);
    verifyCompleteRows(collection);
    QSqlQuery versions(m_store->database());
    QVERIFY(versions.exec(QStringLiteral("SELECT COUNT(*) FROM spec_versions WHERE origin = 'server'")));
    QVERIFY(versions.next());
    QCOMPARE(versions.value(0).toInt(), 0);
}

void TestSpecPull::cancelWhileListingRecordsNothing()
{
    SandboxFault slowList;
    slowList.kind = SandboxFault::Kind::Delay;
    slowList.method = "GET";
    slowList.pathContains = QStringLiteral("/api/dataframer/specs/");
    slowList.delayMs = 2000;
    m_server->addFault(slowList);
    SpecPull pull(m_provider.get(), &m_context->specs());
    QSignalSpy finished(&pull, &SpecPull::finished);
    pull.start({}, false);
    QTRY_COMPARE(m_server->requests().size(), 1);
    pull.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(pull.error().kind, RemoteError::Kind::Cancelled);
    QCOMPARE(pull.summary().added, 0);
    QCOMPARE(recordedRows(m_connection.collectionId), 0);
}

void TestSpecPull::twoPullsOnOneThreadBothRecordEverything()
{
    // Two connections to the same sandbox: two collections filled by two pulls at once, which
    // take turns on one thread and one workspace connection.
    const Connection other = SandboxConnections::add(*m_context, *m_server, ApiKind::DataFramer, QStringLiteral("df2"));
    std::unique_ptr<SpecProvider> otherProvider = m_context->providerFor(other);
    SpecPull first(m_provider.get(), &m_context->specs());
    SpecPull second(otherProvider.get(), &m_context->specs());
    PullWatch watch(m_store.get(), {0, kBulkSpecs});
    QSignalSpy firstFinished(&first, &SpecPull::finished);
    QSignalSpy secondFinished(&second, &SpecPull::finished);
    first.start({}, false);
    second.start({}, false);
    QTRY_VERIFY_WITH_TIMEOUT(firstFinished.count() == 1 && secondFinished.count() == 1, 60000);
    QVERIFY2(!first.error().isError(), qPrintable(first.error().message));
    QVERIFY2(!second.error().isError(), qPrintable(second.error().message));
    QCOMPARE(first.summary().added, m_listed);
    QCOMPARE(second.summary().added, m_listed);
    QCOMPARE(watch.recorded(), 2 * m_listed);
    for (const qint64 collection : {m_connection.collectionId, other.collectionId}) {
        QCOMPARE(recordedRows(collection), m_listed);
        QCOMPARE(committedRows(collection), m_listed);
        verifyCompleteRows(collection);
    }
    QCOMPARE(listGets(), 2);
}

QTEST_GUILESS_MAIN(TestSpecPull)
#include "TestSpecPull.moc"
