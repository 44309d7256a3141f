#include "MemorySecretStore.h"
#include "RemoteContext.h"
#include "SandboxConnections.h"
#include "SandboxServer.h"
#include "SecretsWait.h"
#include "SpecProvider.h"
#include "SpecPull.h"
#include "SyncEngine.h"
#include "WorkspaceStore.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace {

const QString kCustomerSupport = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
const QString kBilling = QStringLiteral("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e");
const QString kVersionsFull = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
const QString kClaims = QStringLiteral("6f1c0a52-3b0e-4a63-9d0f-1b2a7e9c4d11");
const QString kRestStorage = QStringLiteral("6499120c-0b15-42dc-936e-847ea3c24d72");

/// A keychain that takes its time, as Secret Service over D-Bus may: every read answers from
/// the event loop after `delayMs`.
class SlowSecretStore : public MemorySecretStore
{
public:
    explicit SlowSecretStore(int delayMs)
        : m_delayMs(delayMs)
    {
    }

    void read(const QString& key, ReadCallback done) override
    {
        QTimer::singleShot(m_delayMs, this, [this, key, done] { MemorySecretStore::read(key, done); });
    }

private:
    int m_delayMs;
};

int requestsTo(const SandboxServer& server, const QByteArray& method, const QString& remoteId)
{
    int count = 0;
    for (const RecordedRequest& request : server.requests()) {
        count += request.method == method && request.path.contains(remoteId) ? 1 : 0;
    }
    return count;
}

} // namespace

/// The sync engine against the sandbox over loopback, scenario by scenario, in the manner of
/// the Nextcloud client's syncOnce() fixtures: set up the workspace and the server, inject a
/// fault, sync once, then compare the workspace with the server and count versions and writes.
class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void editThenSyncWritesOnceAndRebases();
    void syncingASyncedSpecSendsNothing();
    void offlineEditThenReconnect();
    void restartWhileOffline();
    void dropBeforeStoreIsSentAgainOnce();
    void dropAfterStoreIsNotSentAgain();
    void serverErrorAfterStoreIsNotSentAgain();
    void unavailableAndRateLimitedAreRetried();
    void expiredTokenStopsTheConnectionOnce();
    void disjointConcurrentEditMergesForReview();
    void overlappingConcurrentEditIsAConflict();
    void textTypedDuringAMergeIsKept();
    void processingWhileEditingKeepsTheDraft();
    void versionLimitIsReportedAndNotRetried();
    void deletedOnTheServerKeepsTheDraft();
    void threeSpecsSyncAtOnceUnderLatency();
    void scaleGpAndAdobeSendTheirOwnWrites();
    void unsyncedSummariesAndQueuedSpecsAreSummariesFiltered();
    void draftByHashesAgreesWithComparingTexts();
    void pendingWriteLastsUntilRebase();
    void pendingWriteIsJournalledWhileTheWriteIsInFlight();
    void draftWithErrorsIsNotSent_data();
    void draftWithErrorsIsNotSent();
    void cleanMergeWithErrorsIsNotSent();
    void metadataEditIsNotSentAndSaysSo();
    void readOnlyScaleGpFieldIsNeverReportedSynced();
    void refusedDraftIsNotSentAgainUntilItChanges();
    void syncAllWithASlowKeychainWritesEveryDraftOnce();
    void persistentUnavailableReadCostsThePolicysAttempts();
    void persistentUnavailableWriteCostsThePolicysAttempts();
    void tricklingReadLeavesTheSpecQueued();
    void tricklingWriteIsCheckedBeforeSendingAgain();
    void syncElsewhereDuringTheFetchWritesOnce();

private:
    void openWorkspace();
    void addConnection(ApiKind api, const QString& name, const Credentials& credentials);
    qint64 pull(const QString& connectionName, const QString& remoteId);
    QList<SyncOutcome> syncOnce(const QList<qint64>& specIds = {});
    SyncRecord journalOf(qint64 specId);
    /// Records a spec as if the connection's server had sent it, without asking the server.
    qint64 recordLocally(const QString& connectionName, const QString& remoteId, const QByteArray& content);
    void save(qint64 specId, const QByteArray& content);
    /// As a row written before schema step 4 (base_hash) or step 2 (content_hash) has them.
    void nullHashes(qint64 specId, bool contentHash, bool baseHash);
    /// Each spec without a stored state is a draft exactly when its text differs from its base,
    /// compared byte for byte, in every read of the journal.
    void verifyDraftDecision(const QList<qint64>& specIds);
    static void compareRecords(const QList<SyncRecord>& actual, const QList<SyncRecord>& expected);
    static QByteArray edited(const QByteArray& yaml, const QByteArray& from, const QByteArray& to);
    /// The requests the server received that were not GETs.
    QList<RecordedRequest> writesReceived() const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<RemoteContext> m_context;
    std::unique_ptr<SyncEngine> m_engine;
    MemorySecretStore* m_secrets = nullptr;
    int m_keychainDelayMs = 0; ///< how late the secret store answers reads
};

void TestSyncEngine::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    openWorkspace();
    const SandboxCredentials& sandbox = m_server->credentials();
    addConnection(ApiKind::DataFramer, QStringLiteral("df"), {{QStringLiteral("token"), sandbox.dataFramerToken}});
    addConnection(ApiKind::ScaleGp, QStringLiteral("sgp"), {{QStringLiteral("apiKey"), sandbox.scaleGpApiKey}});
    addConnection(
        ApiKind::Adobe,
        QStringLiteral("aep"),
        {{QStringLiteral("accessToken"), sandbox.adobeAccessToken}, {QStringLiteral("apiKey"), sandbox.adobeApiKey}});
}

void TestSyncEngine::cleanup()
{
    m_engine.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
    m_server.reset();
}

void TestSyncEngine::openWorkspace()
{
    m_engine.reset();
    m_context.reset();
    m_store = std::make_unique<WorkspaceStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->path(), &error), qPrintable(error));
    m_secrets = m_keychainDelayMs > 0 ? new SlowSecretStore(m_keychainDelayMs) : new MemorySecretStore;
    m_context = std::make_unique<RemoteContext>(m_store.get(), m_secrets);
    RetryPolicy fast;
    fast.firstDelayMs = 5;
    fast.maxDelayMs = 20;
    fast.timeoutMs = 5000;
    m_context->transport().setRetryPolicy(fast);
    m_engine = std::make_unique<SyncEngine>(m_context.get());
}

void TestSyncEngine::addConnection(ApiKind api, const QString& name, const Credentials& credentials)
{
    SandboxConnections::add(*m_context, *m_server, api, name, credentials);
}

qint64 TestSyncEngine::pull(const QString& connectionName, const QString& remoteId)
{
    const Connection connection = *m_context->connections().connectionNamed(connectionName);
    std::unique_ptr<SpecProvider> provider = m_context->providerFor(connection);
    SpecPull pull(provider.get(), &m_context->specs());
    QSignalSpy finished(&pull, &SpecPull::finished);
    pull.start({remoteId});
    [&] { QVERIFY(finished.wait(10000)); }();
    return m_context->specs().specByRemoteId(connection, remoteId)->id;
}

QList<SyncOutcome> TestSyncEngine::syncOnce(const QList<qint64>& specIds)
{
    QSignalSpy idle(m_engine.get(), &SyncEngine::idle);
    m_engine->sync(specIds.isEmpty() ? m_engine->pendingSpecs() : specIds);
    if (m_engine->isBusy()) {
        [&] { QVERIFY(idle.wait(30000)); }();
    }
    return m_engine->takeOutcomes();
}

SyncRecord TestSyncEngine::journalOf(qint64 specId)
{
    return *m_engine->journal().record(specId);
}

qint64 TestSyncEngine::recordLocally(const QString& connectionName, const QString& remoteId, const QByteArray& content)
{
    const Connection connection = *m_context->connections().connectionNamed(connectionName);
    RemoteSpec spec;
    spec.id = remoteId;
    spec.name = remoteId;
    spec.content = content;
    spec.hasContent = true;
    spec.revision = QStringLiteral("2026-01-01T00:00:00Z");
    QString error;
    const std::optional<RemoteSpecStore::Outcome> outcome = m_context->specs().record(connection, spec, &error);
    [&] { QVERIFY2(outcome.has_value(), qPrintable(error)); }();
    return outcome ? outcome->specId : 0;
}

void TestSyncEngine::save(qint64 specId, const QByteArray& content)
{
    QString error;
    QVERIFY2(m_store->saveSpecContent(specId, content, &error), qPrintable(error));
}

void TestSyncEngine::nullHashes(qint64 specId, bool contentHash, bool baseHash)
{
    QSqlQuery query(m_store->database());
    if (contentHash) {
        QVERIFY(query.exec(QStringLiteral("UPDATE specs SET content_hash = NULL WHERE id = %1").arg(specId)));
    }
    if (baseHash) {
        QVERIFY(query.exec(QStringLiteral("UPDATE specs SET base_hash = NULL WHERE id = %1").arg(specId)));
    }
}

void TestSyncEngine::verifyDraftDecision(const QList<qint64>& specIds)
{
    // The rule before the hashes: compare the texts themselves.
    QSqlQuery texts(m_store->database());
    QVERIFY(texts.exec(QStringLiteral("SELECT id, base_content IS NULL OR content != base_content, "
                                      "content_hash IS NULL OR base_hash IS NULL FROM specs "
                                      "WHERE remote_id IS NOT NULL AND sync_state IS NULL")));
    QHash<qint64, bool> differs;
    int withoutHashes = 0;
    while (texts.next()) {
        differs.insert(texts.value(0).toLongLong(), texts.value(1).toBool());
        withoutHashes += texts.value(2).toBool() ? 1 : 0;
    }
    QVERIFY(withoutHashes > 0);
    SyncJournal& journal = m_engine->journal();
    QHash<qint64, SyncState> listed;
    for (const SyncRecord& record : journal.summaries()) {
        listed.insert(record.specId, record.state);
    }
    QSet<qint64> unsynced;
    for (const SyncRecord& record : journal.unsyncedSummaries()) {
        unsynced.insert(record.specId);
    }
    for (const qint64 specId : specIds) {
        QVERIFY(differs.contains(specId));
        const SyncRecord record = journalOf(specId);
        const QByteArray label = QByteArray::number(specId) + " " + record.remoteId.toUtf8();
        QCOMPARE(record.content != record.baseContent, differs.value(specId));
        const SyncState expected = differs.value(specId) ? SyncState::Draft : SyncState::Synced;
        QVERIFY2(record.state == expected, label.constData());
        QVERIFY2(journal.summary(specId)->state == expected, label.constData());
        QVERIFY2(listed.value(specId) == expected, label.constData());
        QVERIFY2(unsynced.contains(specId) == (expected == SyncState::Draft), label.constData());
    }
}

void TestSyncEngine::compareRecords(const QList<SyncRecord>& actual, const QList<SyncRecord>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const SyncRecord& a = actual.at(i);
        const SyncRecord& e = expected.at(i);
        QCOMPARE(a.specId, e.specId);
        QCOMPARE(a.collectionId, e.collectionId);
        QCOMPARE(a.remoteId, e.remoteId);
        QCOMPARE(a.title, e.title);
        QVERIFY(a.remoteStatus == e.remoteStatus);
        QVERIFY2(a.state == e.state, qPrintable(a.remoteId));
        QCOMPARE(a.message, e.message);
        QCOMPARE(a.baseRevision, e.baseRevision);
        QCOMPARE(a.baseVersionCount, e.baseVersionCount);
        QCOMPARE(a.theirsRevision, e.theirsRevision);
        QCOMPARE(a.theirsVersionCount, e.theirsVersionCount);
    }
}

QByteArray TestSyncEngine::edited(const QByteArray& yaml, const QByteArray& from, const QByteArray& to)
{
    QByteArray copy = yaml;
    copy.replace(from, to);
    return copy;
}

QList<RecordedRequest> TestSyncEngine::writesReceived() const
{
    QList<RecordedRequest> writes;
    for (const RecordedRequest& request : m_server->requests()) {
        if (request.method != "GET") {
            writes << request;
        }
    }
    return writes;
}

void TestSyncEngine::editThenSyncWritesOnceAndRebases()
{
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    QCOMPARE(journalOf(specId).state, SyncState::Synced);
    const QByteArray draft = edited(journalOf(specId).content, "positive: 35", "positive: 45") + "# my note\n";
    QVERIFY(m_store->saveSpecContent(specId, edited(draft, "negative: 25", "negative: 15"), nullptr));
    QCOMPARE(journalOf(specId).state, SyncState::Draft);

    const QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::Written);
    QCOMPARE(outcomes.first().writes, 1);
    const SyncRecord after = journalOf(specId);
    QCOMPARE(after.state, SyncState::Synced);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3);
    QCOMPARE(m_server->dataFramerLatestContent(kCustomerSupport), after.content);
    QCOMPARE(after.baseContent, after.content);
    QCOMPARE(after.baseVersionCount, 3);
    // The local history records the synced text.
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(
        QStringLiteral("SELECT COUNT(*) FROM spec_versions WHERE spec_id = %1 AND origin = 'sync'").arg(specId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestSyncEngine::syncingASyncedSpecSendsNothing()
{
    const qint64 specId = pull(QStringLiteral("df"), kBilling);
    m_server->clearRequests();
    const QList<SyncOutcome> outcomes = syncOnce({specId});
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::NothingToDo);
    for (const RecordedRequest& request : m_server->requests()) {
        QCOMPARE(request.method, QByteArray("GET"));
    }
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 1);
}

void TestSyncEngine::offlineEditThenReconnect()
{
    const qint64 specId = pull(QStringLiteral("df"), kBilling);
    const QByteArray draft = edited(journalOf(specId).content, "plan_change: 25", "plan_change: 30");
    QVERIFY(draft != journalOf(specId).content);
    QVERIFY(m_store->saveSpecContent(specId, edited(draft, "login_problem: 20", "login_problem: 15"), nullptr));
    SandboxFault offline;
    offline.kind = SandboxFault::Kind::DropBeforeStore;
    offline.times = 1000;
    m_server->addFault(offline);
    QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.first().state, SyncState::Queued);
    QCOMPARE(journalOf(specId).state, SyncState::Queued);
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 1);

    m_server->clearFaults();
    outcomes = syncOnce();
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::Written);
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 2);
    QCOMPARE(m_server->dataFramerLatestContent(kBilling), journalOf(specId).content);
}

void TestSyncEngine::restartWhileOffline()
{
    const qint64 specId = pull(QStringLiteral("df"), kBilling);
    const QByteArray draft = edited(journalOf(specId).content, "billing_dispute: 40", "billing_dispute: 35");
    QVERIFY(m_store->saveSpecContent(specId, edited(draft, "feature_request: 15", "feature_request: 20"), nullptr));
    SandboxFault offline;
    offline.kind = SandboxFault::Kind::DropBeforeStore;
    offline.times = 1000;
    m_server->addFault(offline);
    QCOMPARE(syncOnce().first().state, SyncState::Queued);

    const QByteArray typed = journalOf(specId).content;
    openWorkspace(); // quit and start again, still offline; the keychain still has the token
    const Connection df = *m_context->connections().connectionNamed(QStringLiteral("df"));
    QString error;
    QVERIFY(SecretsWait::store(
        m_context->credentials(), df, {{QStringLiteral("token"), m_server->credentials().dataFramerToken}}, &error));
    QCOMPARE(journalOf(specId).state, SyncState::Queued);
    QCOMPARE(journalOf(specId).content, typed);
    QCOMPARE(syncOnce().first().state, SyncState::Queued);

    m_server->clearFaults();
    QCOMPARE(syncOnce().first().action, SyncOutcome::Action::Written);
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 2);
    QCOMPARE(m_server->dataFramerLatestContent(kBilling), typed);
}

void TestSyncEngine::dropBeforeStoreIsSentAgainOnce()
{
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    QVERIFY(m_store->saveSpecContent(
        specId, edited(journalOf(specId).content, "mixed: 15", "mixed: 15 # checked"), nullptr));
    SandboxFault drop;
    drop.kind = SandboxFault::Kind::DropBeforeStore;
    drop.method = "PUT";
    m_server->addFault(drop);
    const QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::Written);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3);
    QCOMPARE(m_server->dataFramerLatestContent(kCustomerSupport), journalOf(specId).content);
}

void TestSyncEngine::dropAfterStoreIsNotSentAgain()
{
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    QVERIFY(m_store->saveSpecContent(
        specId, edited(journalOf(specId).content, "mixed: 15", "mixed: 15 # lost reply"), nullptr));
    SandboxFault drop;
    drop.kind = SandboxFault::Kind::DropAfterStore;
    drop.method = "PUT";
    m_server->addFault(drop);
    const QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::AlreadyOnServer);
    QCOMPARE(journalOf(specId).state, SyncState::Synced);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3); // exactly one new version
    int puts = 0;
    for (const RecordedRequest& request : m_server->requests()) {
        puts += request.method == "PUT" ? 1 : 0;
    }
    QCOMPARE(puts, 1);
}

void TestSyncEngine::serverErrorAfterStoreIsNotSentAgain()
{
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    QVERIFY(
        m_store->saveSpecContent(specId, edited(journalOf(specId).content, "mixed: 15", "mixed: 15 # 500"), nullptr));
    SandboxFault error;
    error.kind = SandboxFault::Kind::ServerErrorAfterStore;
    error.method = "PUT";
    error.status = 500;
    m_server->addFault(error);
    QCOMPARE(syncOnce().first().action, SyncOutcome::Action::AlreadyOnServer);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3);
    QCOMPARE(journalOf(specId).state, SyncState::Synced);
}

void TestSyncEngine::unavailableAndRateLimitedAreRetried()
{
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    QVERIFY(
        m_store->saveSpecContent(specId, edited(journalOf(specId).content, "mixed: 15", "mixed: 15 # busy"), nullptr));
    SandboxFault unavailable;
    unavailable.kind = SandboxFault::Kind::ServerError;
    unavailable.method = "PUT";
    unavailable.status = 503;
    m_server->addFault(unavailable);
    SandboxFault limited;
    limited.kind = SandboxFault::Kind::RateLimit;
    limited.method = "PUT";
    limited.retryAfterSeconds = 1;
    m_server->addFault(limited);
    QSignalSpy states(m_engine.get(), &SyncEngine::specStateChanged);
    const QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::Written);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3);
    int puts = 0;
    for (const RecordedRequest& request : m_server->requests()) {
        puts += request.method == "PUT" ? 1 : 0;
    }
    QCOMPARE(puts, 3); // refused twice, stored once
}

void TestSyncEngine::expiredTokenStopsTheConnectionOnce()
{
    const qint64 first = pull(QStringLiteral("df"), kCustomerSupport);
    const qint64 second = pull(QStringLiteral("df"), kBilling);
    QVERIFY(m_store->saveSpecContent(first, journalOf(first).content + "# a\n", nullptr));
    QVERIFY(m_store->saveSpecContent(second, journalOf(second).content + "# b\n", nullptr));
    SandboxFault expired;
    expired.kind = SandboxFault::Kind::ExpireToken;
    expired.times = 1;
    m_server->addFault(expired);
    m_engine->setConcurrency(1);
    QSignalSpy rejected(m_engine.get(), &SyncEngine::credentialsRejected);
    m_server->clearRequests();
    syncOnce({first, second});
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(m_server->requests().size(), 1); // the second spec was not tried with the same token
    QCOMPARE(journalOf(first).state, SyncState::Error);
    QCOMPARE(journalOf(second).state, SyncState::Draft);
    QVERIFY(journalOf(first).content.endsWith("# a\n"));

    // New credentials (here: the token works again), then sync continues.
    const QList<SyncOutcome> outcomes = syncOnce({first, second});
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(journalOf(first).state, SyncState::Synced);
    QCOMPARE(journalOf(second).state, SyncState::Synced);
}

void TestSyncEngine::disjointConcurrentEditMergesForReview()
{
    const qint64 specId = pull(QStringLiteral("df"), kBilling);
    const QByteArray base = journalOf(specId).content;
    const QByteArray mine
        = edited(edited(base, "plan_change: 25", "plan_change: 20"), "feature_request: 15", "feature_request: 20");
    QVERIFY(mine != base);
    QVERIFY(m_store->saveSpecContent(specId, mine, nullptr));
    const QByteArray theirs = edited(base, "Customer-support chats", "Customer-support chats (EU)");
    QVERIFY(theirs != base);
    QVERIFY(m_server->putDataFramerContentAsColleague(kBilling, theirs));

    QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::Merged);
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 2); // nothing sent before review
    const SyncRecord merged = journalOf(specId);
    QCOMPARE(merged.state, SyncState::Draft);
    QVERIFY(merged.message.contains(QStringLiteral("Merged")));
    QVERIFY(merged.content.contains("plan_change: 20"));
    QVERIFY(merged.content.contains("Customer-support chats (EU)"));
    QCOMPARE(merged.baseContent, theirs);

    outcomes = syncOnce();
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::Written);
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 3);
    QCOMPARE(m_server->dataFramerLatestContent(kBilling), merged.content);
}

void TestSyncEngine::overlappingConcurrentEditIsAConflict()
{
    const qint64 specId = pull(QStringLiteral("df"), kBilling);
    const QByteArray base = journalOf(specId).content;
    // The shares still add up to 100: a draft with errors would not be sent at all.
    QVERIFY(m_store->saveSpecContent(
        specId,
        edited(edited(base, "plan_change: 25", "plan_change: 20"), "login_problem: 20", "login_problem: 25"),
        nullptr));
    const QByteArray theirs = edited(base, "plan_change: 25", "plan_change: 35");
    QVERIFY(m_server->putDataFramerContentAsColleague(kBilling, theirs));

    QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::Conflicted);
    SyncRecord conflict = journalOf(specId);
    QCOMPARE(conflict.state, SyncState::Conflict);
    QCOMPARE(conflict.theirsContent, theirs);
    QVERIFY(conflict.message.contains(QStringLiteral("line")));
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 2);
    // A conflict waits for the user: syncing again sends nothing.
    m_server->clearRequests();
    outcomes = syncOnce({specId});
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::Conflicted);
    QVERIFY(m_server->requests().isEmpty());
}

void TestSyncEngine::textTypedDuringAMergeIsKept()
{
    const qint64 specId = pull(QStringLiteral("df"), kBilling);
    const QByteArray base = journalOf(specId).content;
    QVERIFY(m_store->saveSpecContent(
        specId,
        edited(edited(base, "plan_change: 25", "plan_change: 20"), "login_problem: 20", "login_problem: 25"),
        nullptr));
    QVERIFY(m_server->putDataFramerContentAsColleague(kBilling, edited(base, "Customer-support chats", "Chats")));
    // The analyst keeps typing while the sync asks the server: what is merged is what was typed.
    const QByteArray typed
        = edited(edited(base, "plan_change: 25", "plan_change: 21"), "login_problem: 20", "login_problem: 24");
    const QObject typing;
    connect(m_engine.get(), &SyncEngine::specStateChanged, &typing, [&](qint64 id, SyncState state) {
        if (id == specId && state == SyncState::Syncing) {
            QVERIFY(m_store->saveSpecContent(specId, typed, nullptr));
        }
    });
    const QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::Merged);
    const QByteArray merged = journalOf(specId).content;
    QVERIFY(merged.contains("plan_change: 21"));
    QVERIFY(merged.contains("Chats"));
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 2);
    // A draft written while the merge is being stored (the draft writer has a thread of its own)
    // is not overwritten: the journal only replaces the text it merged.
    QVERIFY(
        !m_engine->journal().rebase(specId, {}, -1, base, QByteArray("overwritten"), SyncState::Draft, {}, {}, typed));
    QCOMPARE(journalOf(specId).content, merged);
}

void TestSyncEngine::processingWhileEditingKeepsTheDraft()
{
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    const QByteArray draft = journalOf(specId).content + "# while generating\n";
    QVERIFY(m_store->saveSpecContent(specId, draft, nullptr));
    QVERIFY(m_server->setDataFramerStatus(kCustomerSupport, QStringLiteral("PROCESSING")));
    const QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.first().state, SyncState::Error);
    QVERIFY(outcomes.first().message.contains(QStringLiteral("PROCESSING")));
    QCOMPARE(journalOf(specId).content, draft);
    for (const RecordedRequest& request : m_server->requests()) {
        QVERIFY(request.method != "PUT");
    }
}

void TestSyncEngine::versionLimitIsReportedAndNotRetried()
{
    const qint64 specId = pull(QStringLiteral("df"), kVersionsFull);
    QVERIFY(m_store->saveSpecContent(specId, journalOf(specId).content + "# one more\n", nullptr));
    m_server->clearRequests();
    const QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.first().state, SyncState::Error);
    QVERIFY(outcomes.first().message.contains(QStringLiteral("Maximum versions")));
    QCOMPARE(m_server->dataFramerVersionCount(kVersionsFull), 30);
    int puts = 0;
    for (const RecordedRequest& request : m_server->requests()) {
        puts += request.method == "PUT" ? 1 : 0;
    }
    QCOMPARE(puts, 1);
    // The error stays with this text; editing it makes it a draft again.
    QCOMPARE(journalOf(specId).state, SyncState::Error);
    QVERIFY(m_store->saveSpecContent(specId, journalOf(specId).content + "# edited\n", nullptr));
    QCOMPARE(journalOf(specId).state, SyncState::Draft);
}

void TestSyncEngine::deletedOnTheServerKeepsTheDraft()
{
    const Connection df = *m_context->connections().connectionNamed(QStringLiteral("df"));
    RemoteSpec gone;
    gone.id = QStringLiteral("0d0d0d0d-0000-4000-8000-000000000000");
    gone.name = QStringLiteral("Deleted meanwhile");
    gone.content = "spec:\n  description: x\n";
    gone.hasContent = true;
    QString error;
    const qint64 specId = m_context->specs().record(df, gone, &error)->specId;
    QVERIFY(m_store->saveSpecContent(specId, "spec:\n  description: my work\n", nullptr));
    const QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.first().state, SyncState::Error);
    QVERIFY(outcomes.first().message.contains(QStringLiteral("deleted on the server")));
    QCOMPARE(journalOf(specId).content, QByteArray("spec:\n  description: my work\n"));
}

void TestSyncEngine::threeSpecsSyncAtOnceUnderLatency()
{
    const qint64 df = pull(QStringLiteral("df"), kCustomerSupport);
    const qint64 sgp = pull(QStringLiteral("sgp"), kClaims);
    const qint64 aep = pull(QStringLiteral("aep"), kRestStorage);
    QVERIFY(m_store->saveSpecContent(df, journalOf(df).content + "# df\n", nullptr));
    QVERIFY(m_store->saveSpecContent(
        sgp, edited(journalOf(sgp).content, "\"Claims triage assistant\"", "\"Claims triage v3\""), nullptr));
    QVERIFY(m_store->saveSpecContent(
        aep, edited(journalOf(aep).content, "\"version\": \"1.0\"", "\"version\": \"1.1\""), nullptr));
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 300;
    slow.times = 100;
    m_server->addFault(slow);
    QSignalSpy states(m_engine.get(), &SyncEngine::specStateChanged);
    const QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.size(), 3);
    for (const SyncOutcome& outcome : outcomes) {
        QCOMPARE(outcome.action, SyncOutcome::Action::Written);
        QCOMPARE(outcome.writes, 1);
    }
    // All three were syncing at the same time.
    int syncing = 0;
    int most = 0;
    for (const QList<QVariant>& change : states) {
        syncing += change.at(1).value<SyncState>() == SyncState::Syncing ? 1 : -1;
        most = std::max(most, syncing);
    }
    QCOMPARE(most, 3);
    QCOMPARE(m_server->scaleGpSpec(kClaims).value(QStringLiteral("name")).toString(),
             QStringLiteral("Claims triage v3"));
    QCOMPARE(m_server->adobeFlowSpec(kRestStorage).value(QStringLiteral("version")).toString(), QStringLiteral("1.1"));
}

void TestSyncEngine::scaleGpAndAdobeSendTheirOwnWrites()
{
    const qint64 sgp = pull(QStringLiteral("sgp"), kClaims);
    QVERIFY(m_store->saveSpecContent(
        sgp, edited(journalOf(sgp).content, "\"Claims triage assistant\"", "\"Claims\""), nullptr));
    // A colleague changes another field meanwhile: merged by field, left for review, then sent.
    QVERIFY(m_server->patchScaleGpAsColleague(kClaims, {{QStringLiteral("description"), QStringLiteral("Theirs")}}));
    QCOMPARE(syncOnce().first().action, SyncOutcome::Action::Merged);
    QCOMPARE(syncOnce().first().action, SyncOutcome::Action::Written);
    const QJsonObject server = m_server->scaleGpSpec(kClaims);
    QCOMPARE(server.value(QStringLiteral("name")).toString(), QStringLiteral("Claims"));
    QCOMPARE(server.value(QStringLiteral("description")).toString(), QStringLiteral("Theirs"));
    QCOMPARE(journalOf(sgp).state, SyncState::Synced);
    QCOMPARE(m_server->requests().last().body, QByteArray(R"({"name":"Claims"})"));
}

void TestSyncEngine::unsyncedSummariesAndQueuedSpecsAreSummariesFiltered()
{
    // Every way a spec can stand, in two collections, titles in mixed case; some rows as old
    // workspaces left them, without hashes.
    SyncJournal& journal = m_engine->journal();
    QHash<QString, qint64> ids;
    const auto add = [&](const QString& connectionName, const QString& name) {
        const qint64 specId = recordLocally(connectionName, name, "name: " + name.toUtf8() + "\n");
        ids.insert(name, specId);
        return specId;
    };
    const auto edit = [&](qint64 specId, const QByteArray& note = "# edited\n") {
        save(specId, journalOf(specId).baseContent + note);
    };
    RemoteSpec theirs;
    theirs.content = "name: theirs\n";
    theirs.hasContent = true;
    theirs.revision = QStringLiteral("2026-02-02T00:00:00Z");

    add(QStringLiteral("df"), QStringLiteral("clean"));
    edit(add(QStringLiteral("df"), QStringLiteral("Draft")));
    qint64 id = add(QStringLiteral("df"), QStringLiteral("edited back"));
    edit(id);
    save(id, journalOf(id).baseContent);
    QVERIFY(journal.setState(add(QStringLiteral("df"), QStringLiteral("Queued clean")), SyncState::Queued));
    id = add(QStringLiteral("df"), QStringLiteral("queued edited"));
    edit(id);
    QVERIFY(journal.setState(id, SyncState::Queued, QStringLiteral("Offline.")));
    id = add(QStringLiteral("df"), QStringLiteral("Syncing"));
    edit(id);
    QVERIFY(journal.setState(id, SyncState::Syncing));
    id = add(QStringLiteral("df"), QStringLiteral("error applies"));
    edit(id);
    QVERIFY(journal.setState(id, SyncState::Error, QStringLiteral("Refused.")));
    id = add(QStringLiteral("df"), QStringLiteral("Error outdated"));
    edit(id);
    QVERIFY(journal.setState(id, SyncState::Error, QStringLiteral("Refused.")));
    edit(id, "# typed since\n");
    id = add(QStringLiteral("df"), QStringLiteral("error reverted"));
    edit(id);
    QVERIFY(journal.setState(id, SyncState::Error, QStringLiteral("Refused.")));
    save(id, journalOf(id).baseContent);
    id = add(QStringLiteral("df"), QStringLiteral("conflict"));
    edit(id);
    theirs.id = QStringLiteral("conflict");
    QVERIFY(journal.markConflict(id, theirs, 2, QStringLiteral("Both changed.")));
    id = add(QStringLiteral("df"), QStringLiteral("draft with a note"));
    edit(id);
    QVERIFY(journal.setState(id, SyncState::Draft, QStringLiteral("Merged with the server's changes.")));
    QVERIFY(journal.setState(add(QStringLiteral("df"), QStringLiteral("stored synced")), SyncState::Synced));
    id = add(QStringLiteral("df"), QStringLiteral("Stored synced, edited"));
    QVERIFY(journal.setState(id, SyncState::Synced));
    edit(id);
    nullHashes(add(QStringLiteral("df"), QStringLiteral("old clean")), true, true);
    id = add(QStringLiteral("df"), QStringLiteral("old draft"));
    edit(id);
    nullHashes(id, true, true);
    id = add(QStringLiteral("df"), QStringLiteral("Old draft, no base hash"));
    edit(id);
    nullHashes(id, false, true);
    id = add(QStringLiteral("df"), QStringLiteral("old queued"));
    QVERIFY(journal.setState(id, SyncState::Queued));
    nullHashes(id, true, true);
    add(QStringLiteral("sgp"), QStringLiteral("a clean"));
    edit(add(QStringLiteral("sgp"), QStringLiteral("B draft")));
    QVERIFY(journal.setState(add(QStringLiteral("sgp"), QStringLiteral("c queued")), SyncState::Queued));

    const QList<SyncRecord> all = journal.summaries();
    QList<SyncRecord> expectedUnsynced;
    QList<qint64> expectedQueued;
    QHash<qint64, SyncState> states;
    for (const SyncRecord& record : all) {
        states.insert(record.specId, record.state);
        if (record.state != SyncState::Synced) {
            expectedUnsynced << record;
        }
        if (record.state == SyncState::Queued) {
            expectedQueued << record.specId;
        }
    }
    // The set up gives what it says, so the comparison below covers every state.
    QCOMPARE(all.size(), ids.size());
    QCOMPARE(states.value(ids.value(QStringLiteral("Draft"))), SyncState::Draft);
    QCOMPARE(states.value(ids.value(QStringLiteral("edited back"))), SyncState::Synced);
    QCOMPARE(states.value(ids.value(QStringLiteral("queued edited"))), SyncState::Queued);
    QCOMPARE(states.value(ids.value(QStringLiteral("Syncing"))), SyncState::Syncing);
    QCOMPARE(states.value(ids.value(QStringLiteral("error applies"))), SyncState::Error);
    QCOMPARE(states.value(ids.value(QStringLiteral("Error outdated"))), SyncState::Draft);
    QCOMPARE(states.value(ids.value(QStringLiteral("error reverted"))), SyncState::Synced);
    QCOMPARE(states.value(ids.value(QStringLiteral("conflict"))), SyncState::Conflict);
    QCOMPARE(states.value(ids.value(QStringLiteral("draft with a note"))), SyncState::Draft);
    QCOMPARE(states.value(ids.value(QStringLiteral("stored synced"))), SyncState::Synced);
    QCOMPARE(states.value(ids.value(QStringLiteral("Stored synced, edited"))), SyncState::Draft);
    QCOMPARE(states.value(ids.value(QStringLiteral("old clean"))), SyncState::Synced);
    QCOMPARE(states.value(ids.value(QStringLiteral("old draft"))), SyncState::Draft);
    QCOMPARE(states.value(ids.value(QStringLiteral("Old draft, no base hash"))), SyncState::Draft);
    QCOMPARE(states.value(ids.value(QStringLiteral("old queued"))), SyncState::Queued);
    QCOMPARE(expectedQueued.size(), 4);

    compareRecords(journal.unsyncedSummaries(), expectedUnsynced);
    if (QTest::currentTestFailed()) {
        return;
    }
    QList<qint64> queued = journal.queuedSpecs();
    std::sort(queued.begin(), queued.end());
    std::sort(expectedQueued.begin(), expectedQueued.end());
    QCOMPARE(queued, expectedQueued);
}

void TestSyncEngine::draftByHashesAgreesWithComparingTexts()
{
    // Five texts against their bases (clean, edited, edited back, empty on both sides,
    // emptied), each with its hashes, without content_hash, without base_hash, without both.
    QList<qint64> specIds;
    for (int text = 0; text < 5; ++text) {
        for (int nulls = 0; nulls < 4; ++nulls) {
            const QString remoteId = QStringLiteral("hash-%1-%2").arg(text).arg(nulls);
            const QByteArray base = text == 3 ? QByteArray("") : "name: " + remoteId.toUtf8() + "\n";
            const qint64 specId = recordLocally(QStringLiteral("df"), remoteId, base);
            if (text == 1 || text == 2) {
                save(specId, base + "# edited\n");
            }
            if (text == 2) {
                save(specId, base);
            }
            if (text == 4) {
                save(specId, QByteArray());
            }
            nullHashes(specId, (nulls & 1) != 0, (nulls & 2) != 0);
            specIds << specId;
        }
    }
    verifyDraftDecision(specIds);
    if (QTest::currentTestFailed()) {
        return;
    }
    // A save writes content_hash again; base_hash stays missing until the next rebase.
    for (const qint64 specId : specIds) {
        save(specId, journalOf(specId).content);
    }
    verifyDraftDecision(specIds);
    if (QTest::currentTestFailed()) {
        return;
    }
    for (const qint64 specId : specIds) {
        save(specId, journalOf(specId).content + "# more\n");
    }
    verifyDraftDecision(specIds);
}

void TestSyncEngine::pendingWriteLastsUntilRebase()
{
    SyncJournal& journal = m_engine->journal();
    const QByteArray base = "name: pending\n";
    const qint64 specId = recordLocally(QStringLiteral("df"), QStringLiteral("pending"), base);
    QVERIFY(journalOf(specId).pendingWriteHash.isEmpty());
    const QByteArray draft = base + "# sent\n";
    save(specId, draft);
    QVERIFY(journalOf(specId).pendingWriteHash.isEmpty()); // a draft alone marks nothing

    QVERIFY(journal.markPendingWrite(specId, draft));
    const QByteArray draftHash = QCryptographicHash::hash(draft, QCryptographicHash::Sha256);
    QCOMPARE(journalOf(specId).pendingWriteHash, draftHash);
    // States come and go, and typing goes on, while the write may be on the server.
    QVERIFY(journal.setState(specId, SyncState::Syncing));
    QCOMPARE(journalOf(specId).pendingWriteHash, draftHash);
    QVERIFY(journal.setState(specId, SyncState::Queued, QStringLiteral("Offline.")));
    QCOMPARE(journalOf(specId).pendingWriteHash, draftHash);
    const QByteArray typed = draft + "# typed since\n";
    save(specId, typed);
    QCOMPARE(journalOf(specId).pendingWriteHash, draftHash);

    // The server's reply is journalled: nothing is pending any more.
    RemoteSpec server;
    server.id = QStringLiteral("pending");
    server.content = draft;
    server.hasContent = true;
    server.revision = QStringLiteral("2026-03-03T00:00:00Z");
    QVERIFY(journal.rebase(specId, server, 2, draft, std::nullopt, SyncState::Draft));
    SyncRecord after = journalOf(specId);
    QVERIFY(after.pendingWriteHash.isEmpty());
    QCOMPARE(after.baseContent, draft);
    QCOMPARE(after.content, typed);
    QCOMPARE(after.state, SyncState::Draft);
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(QStringLiteral("SELECT pending_write_hash IS NULL FROM specs WHERE id = %1").arg(specId)));
    QVERIFY(query.next() && query.value(0).toBool());

    // A conflict ends the write as well.
    QVERIFY(journal.markPendingWrite(specId, typed));
    QCOMPARE(journalOf(specId).pendingWriteHash, QCryptographicHash::hash(typed, QCryptographicHash::Sha256));
    server.content = "name: theirs\n";
    QVERIFY(journal.markConflict(specId, server, 3, QStringLiteral("Both changed.")));
    QVERIFY(journalOf(specId).pendingWriteHash.isEmpty());
}

void TestSyncEngine::pendingWriteIsJournalledWhileTheWriteIsInFlight()
{
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    const QByteArray draft = journalOf(specId).content + "# on its way\n";
    save(specId, draft);
    QVERIFY(journalOf(specId).pendingWriteHash.isEmpty());
    SandboxFault slowWrite;
    slowWrite.kind = SandboxFault::Kind::Delay;
    slowWrite.method = "PUT";
    slowWrite.delayMs = 500;
    m_server->addFault(slowWrite);
    m_server->clearRequests();
    QSignalSpy idle(m_engine.get(), &SyncEngine::idle);
    m_engine->sync({specId});
    const auto putArrived = [&] {
        for (const RecordedRequest& request : m_server->requests()) {
            if (request.method == "PUT") {
                return true;
            }
        }
        return false;
    };
    // The server holds the write and has not answered: the journal names the text sent.
    QTRY_VERIFY_WITH_TIMEOUT(putArrived(), 10000);
    QCOMPARE(journalOf(specId).pendingWriteHash, QCryptographicHash::hash(draft, QCryptographicHash::Sha256));
    QCOMPARE(journalOf(specId).state, SyncState::Syncing);

    QVERIFY(idle.wait(30000));
    const QList<SyncOutcome> outcomes = m_engine->takeOutcomes();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::Written);
    const SyncRecord after = journalOf(specId);
    QCOMPARE(after.state, SyncState::Synced);
    QVERIFY(after.pendingWriteHash.isEmpty());
    QCOMPARE(m_server->dataFramerLatestContent(kCustomerSupport), draft);
}

// Issue 16: sync sent drafts that validate reports as errors; the server stored or refused them.
void TestSyncEngine::draftWithErrorsIsNotSent_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("remoteId");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("code");

    QTest::newRow("DataFramer name under spec")
        << QStringLiteral("df") << kBilling << QByteArray("spec:\n") << QByteArray("spec:\n  name: Billing\n")
        << QStringLiteral(":2:3: error: ") << QStringLiteral("dataframer-unknown-key");
    QTest::newRow("DataFramer without spec:")
        << QStringLiteral("df") << kBilling << QByteArray("spec:\n") << QByteArray("specs:\n")
        << QStringLiteral(":1:1: error: ") << QStringLiteral("dataframer-missing-spec");
    QTest::newRow("DataFramer description: 42")
        << QStringLiteral("df") << kBilling << QByteArray("\"Customer-support chats for a SaaS billing product\"")
        << QByteArray("42") << QStringLiteral(":2:16: error: ") << QStringLiteral("dataframer-not-text");
    QTest::newRow("Scale GP name twice") << QStringLiteral("sgp") << kClaims << QByteArray("\"description\"")
                                         << QByteArray("\"name\": \"Renamed\",\n  \"description\"")
                                         << QStringLiteral(":10:3: error: ") << QStringLiteral("duplicate-key");
}

void TestSyncEngine::draftWithErrorsIsNotSent()
{
    QFETCH(QString, connection);
    QFETCH(QString, remoteId);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, where);
    QFETCH(QString, code);
    const qint64 specId = pull(connection, remoteId);
    const QByteArray draft = edited(journalOf(specId).content, from, to);
    QVERIFY(draft != journalOf(specId).content);
    save(specId, draft);
    m_server->clearRequests();

    const QList<SyncOutcome> outcomes = syncOnce();
    QCOMPARE(outcomes.size(), 1);
    const SyncOutcome& outcome = outcomes.first();
    QCOMPARE(outcome.action, SyncOutcome::Action::Failed);
    QCOMPARE(outcome.state, SyncState::Error);
    QCOMPARE(outcome.writes, 0);
    QVERIFY2(outcome.message.startsWith(QStringLiteral("Not sent: the draft has 1 error")),
             qPrintable(outcome.message));
    QVERIFY2(outcome.message.endsWith(QLatin1Char('[') + code + QLatin1Char(']')), qPrintable(outcome.message));
    QCOMPARE(outcome.problems.size(), 1);
    QVERIFY2(outcome.problems.first().toCompilerStyle({}).startsWith(where),
             qPrintable(outcome.problems.first().toCompilerStyle({})));
    QVERIFY(m_server->requests().isEmpty()); // not even asked
    // The journal says why, for the tree, the tab and the status bar; editing makes it a draft.
    const SyncRecord record = journalOf(specId);
    QCOMPARE(record.state, SyncState::Error);
    QCOMPARE(record.message, outcome.message);
    QCOMPARE(record.errorKind, SyncErrorKind::Invalid);
    QCOMPARE(record.content, draft);
    save(specId, draft + "\n");
    QCOMPARE(journalOf(specId).state, SyncState::Draft);
}

// The text a clean merge makes is checked again before --accept-merged sends it.
void TestSyncEngine::cleanMergeWithErrorsIsNotSent()
{
    SpecSyncTask::Options options;
    options.sendCleanMerges = true;
    m_engine->setTaskOptions(options);
    const qint64 specId = pull(QStringLiteral("df"), kBilling);
    const QByteArray base = journalOf(specId).content;
    save(specId, edited(base, "6-20 turns", "8-20 turns"));
    // A colleague's version that the server took, with a second description further down.
    QVERIFY(m_server->putDataFramerContentAsColleague(
        kBilling, edited(base, "metadata:", "  description: \"Theirs\"\nmetadata:")));
    const int versions = m_server->dataFramerVersionCount(kBilling);
    m_server->clearRequests();

    const SyncOutcome outcome = syncOnce().first();
    QCOMPARE(outcome.state, SyncState::Error);
    QVERIFY2(outcome.message.contains(QStringLiteral("[duplicate-key]")), qPrintable(outcome.message));
    QVERIFY(writesReceived().isEmpty());
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), versions);
    const SyncRecord record = journalOf(specId);
    QVERIFY(record.content.contains("8-20 turns")); // the merge is kept as the draft
    QVERIFY(record.content.contains("Theirs"));
    QCOMPARE(record.state, SyncState::Error);
}

// DataFramer ignores metadata: an edit there alone sends nothing, and never reads "synced".
void TestSyncEngine::metadataEditIsNotSentAndSaysSo()
{
    const QString notSent
        = QStringLiteral("Not sent: metadata is read-only on DataFramer; the server ignores changes to it.");
    const qint64 specId = pull(QStringLiteral("df"), kBilling);
    const QByteArray base = journalOf(specId).content;
    const QByteArray metadataOnly = edited(base, "seed_sample_count: 240", "seed_sample_count: 999");
    save(specId, metadataOnly);
    m_server->clearRequests();

    SyncOutcome outcome = syncOnce().first();
    QCOMPARE(outcome.state, SyncState::Error);
    QCOMPARE(outcome.message, notSent);
    QCOMPARE(outcome.problems.size(), 1);
    QCOMPARE(outcome.problems.first().severity, Diagnostic::Severity::Warning);
    QCOMPARE(outcome.problems.first().line, 23);
    QVERIFY(writesReceived().isEmpty());
    QCOMPARE(m_server->dataFramerVersionCount(kBilling), 1);
    SyncRecord record = journalOf(specId);
    QCOMPARE(record.state, SyncState::Error);
    QCOMPARE(record.message, notSent);
    QCOMPARE(record.baseContent, base); // the base stays the server's, so the edit stays visible
    // Syncing again says the same, and still sends nothing.
    QCOMPARE(syncOnce({specId}).first().message, notSent);
    QVERIFY(writesReceived().isEmpty());

    // With a change to spec: as well, the spec is sent, and the note stays.
    save(specId, edited(metadataOnly, "6-20 turns", "8-20 turns"));
    outcome = syncOnce().first();
    QCOMPARE(outcome.action, SyncOutcome::Action::Written);
    QCOMPARE(outcome.writes, 1);
    QCOMPARE(outcome.state, SyncState::Error);
    QCOMPARE(outcome.message, notSent);
    QCOMPARE(writesReceived().size(), 1);
    QVERIFY(m_server->dataFramerLatestContent(kBilling).contains("8-20 turns"));
    QCOMPARE(journalOf(specId).state, SyncState::Error);
}

// Issue 16: an edited account_id synced as "synced" although nothing was sent.
void TestSyncEngine::readOnlyScaleGpFieldIsNeverReportedSynced()
{
    const QString notSent = QStringLiteral("Not sent: account_id is read-only on Scale GP.");
    const qint64 specId = pull(QStringLiteral("sgp"), kClaims);
    const QByteArray base = journalOf(specId).content;
    QVERIFY(base.contains("\"acc_sandbox\""));
    const QByteArray accountOnly = edited(base, "\"acc_sandbox\"", "\"acc_other\"");
    save(specId, accountOnly);
    m_server->clearRequests();

    SyncOutcome outcome = syncOnce().first();
    QCOMPARE(outcome.state, SyncState::Error);
    QCOMPARE(outcome.message, notSent);
    QCOMPARE(outcome.writes, 0);
    QVERIFY(writesReceived().isEmpty());
    QCOMPARE(journalOf(specId).state, SyncState::Error);
    QCOMPARE(journalOf(specId).message, notSent);
    // Not "synced" the next time either.
    outcome = syncOnce().first();
    QCOMPARE(outcome.state, SyncState::Error);
    QCOMPARE(outcome.message, notSent);
    QVERIFY(writesReceived().isEmpty());

    // The editable fields are sent; the read-only one is named as not sent.
    save(specId, edited(accountOnly, "\"Claims triage assistant\"", "\"Claims\""));
    outcome = syncOnce().first();
    QCOMPARE(outcome.action, SyncOutcome::Action::Written);
    QCOMPARE(outcome.state, SyncState::Error);
    QCOMPARE(outcome.message, notSent);
    QCOMPARE(writesReceived().size(), 1);
    QCOMPARE(writesReceived().first().body, QByteArray(R"({"name":"Claims"})"));
    const QJsonObject server = m_server->scaleGpSpec(kClaims);
    QCOMPARE(server.value(QStringLiteral("name")).toString(), QStringLiteral("Claims"));
    QCOMPARE(server.value(QStringLiteral("account_id")).toString(), QStringLiteral("acc_sandbox"));
}

// Issue 16: a draft the server refused (400, 422) was sent again by every later sync.
void TestSyncEngine::refusedDraftIsNotSentAgainUntilItChanges()
{
    const qint64 specId = pull(QStringLiteral("sgp"), kClaims);
    const QByteArray draft = edited(journalOf(specId).content, "\"Claims triage assistant\"", "\"Claims\"");
    save(specId, draft);
    SandboxFault refuse;
    refuse.kind = SandboxFault::Kind::Reject;
    refuse.method = "PATCH";
    refuse.status = 422;
    refuse.message = QStringLiteral("name: this name is taken");
    m_server->addFault(refuse);

    SyncOutcome outcome = syncOnce().first();
    QCOMPARE(outcome.state, SyncState::Error);
    QVERIFY2(outcome.message.contains(QStringLiteral("this name is taken")), qPrintable(outcome.message));
    QCOMPARE(writesReceived().size(), 1);
    QCOMPARE(journalOf(specId).errorKind, SyncErrorKind::Refused);
    const QString refusal = journalOf(specId).message;

    // Sync All leaves it out; syncing it by name reports it and sends nothing, not even a GET.
    QVERIFY(!m_engine->pendingSpecs().contains(specId));
    QCOMPARE(m_engine->refusedSpecs(), QList<qint64> {specId});
    m_server->clearRequests();
    outcome = syncOnce({specId}).first();
    QCOMPARE(outcome.action, SyncOutcome::Action::Skipped);
    QCOMPARE(outcome.state, SyncState::Error);
    QVERIFY(outcome.message.startsWith(QStringLiteral("Not sent again:")));
    QVERIFY(outcome.message.contains(refusal));
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(journalOf(specId).state, SyncState::Error);
    QCOMPARE(journalOf(specId).message, refusal);

    // Once the text changes it is a draft again, and is sent.
    save(specId, edited(draft, "\"Claims\"", "\"Claims triage\""));
    QCOMPARE(journalOf(specId).state, SyncState::Draft);
    QVERIFY(m_engine->refusedSpecs().isEmpty());
    QCOMPARE(m_engine->pendingSpecs(), QList<qint64> {specId});
    outcome = syncOnce().first();
    QCOMPARE(outcome.action, SyncOutcome::Action::Written);
    QCOMPARE(outcome.state, SyncState::Synced);
    QCOMPARE(journalOf(specId).errorKind, SyncErrorKind::None);
    QCOMPARE(m_server->scaleGpSpec(kClaims).value(QStringLiteral("name")).toString(), QStringLiteral("Claims triage"));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
void TestSyncEngine::syncAllWithASlowKeychainWritesEveryDraftOnce()
{
    // Issue 16: each secret read waited in a nested event loop, the engine re-entered itself
    // and built a second provider over the first, and 5 of 8 drafts never finished. 50 ms makes
    // the overlap certain here (5 ms was enough on the reporter's machine).
    m_keychainDelayMs = 50;
    openWorkspace();
    const Credentials token = SandboxConnections::credentialsOf(*m_server, ApiKind::DataFramer);
    QString error;
    QVERIFY2(
        SecretsWait::store(
            m_context->credentials(), *m_context->connections().connectionNamed(QStringLiteral("df")), token, &error),
        qPrintable(error));
    addConnection(ApiKind::DataFramer, QStringLiteral("df2"), token);
    const QByteArray yaml = m_server->dataFramerLatestContent(kBilling);
    QHash<qint64, QString> remoteIds;
    for (const QString& connection : {QStringLiteral("df"), QStringLiteral("df2")}) {
        for (int i = 0; i < 8; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QVERIFY(m_server->addDataFramerSpec(id, connection + QString::number(i), yaml));
            const qint64 specId = pull(connection, id);
            QVERIFY(m_store->saveSpecContent(specId, yaml + "# edited " + id.toUtf8() + "\n", nullptr));
            remoteIds.insert(specId, id);
        }
    }
    m_server->clearRequests();

    const QList<SyncOutcome> outcomes = syncOnce(); // Sync All
    QCOMPARE(outcomes.size(), 16);
    QVERIFY(!m_engine->isBusy());
    for (const SyncOutcome& outcome : outcomes) {
        const QString id = remoteIds.value(outcome.specId);
        QVERIFY2(outcome.action == SyncOutcome::Action::Written, qPrintable(id + QLatin1Char(' ') + outcome.message));
        QCOMPARE(requestsTo(*m_server, "PUT", id), 1);
        QCOMPARE(m_server->dataFramerVersionCount(id), 2);
        QCOMPARE(journalOf(outcome.specId).state, SyncState::Synced);
    }
}

void TestSyncEngine::persistentUnavailableReadCostsThePolicysAttempts()
{
    // Issue 16: three retry loops stacked into 16 GETs per spec for a persistent 503.
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    QVERIFY(m_store->saveSpecContent(specId, journalOf(specId).content + "# busy\n", nullptr));
    SandboxFault unavailable;
    unavailable.kind = SandboxFault::Kind::ServerError;
    unavailable.method = "GET";
    unavailable.status = 503;
    unavailable.times = 1000;
    m_server->addFault(unavailable);
    m_server->clearRequests();
    const QList<SyncOutcome> outcomes = syncOnce({specId});
    QCOMPARE(outcomes.first().state, SyncState::Queued);
    QCOMPARE(requestsTo(*m_server, "GET", kCustomerSupport), m_context->transport().retryPolicy().maxAttempts);
    QCOMPARE(requestsTo(*m_server, "PUT", kCustomerSupport), 0);
}

void TestSyncEngine::persistentUnavailableWriteCostsThePolicysAttempts()
{
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    QVERIFY(m_store->saveSpecContent(specId, journalOf(specId).content + "# busy\n", nullptr));
    SandboxFault unavailable;
    unavailable.kind = SandboxFault::Kind::ServerError;
    unavailable.method = "PUT";
    unavailable.status = 503;
    unavailable.times = 1000;
    m_server->addFault(unavailable);
    m_server->clearRequests();
    const QList<SyncOutcome> outcomes = syncOnce({specId});
    QCOMPARE(outcomes.first().state, SyncState::Queued);
    // Each write is looked before; every failed one uses one of the spec's tries.
    const int attempts = m_context->transport().retryPolicy().maxAttempts;
    QCOMPARE(requestsTo(*m_server, "PUT", kCustomerSupport), attempts);
    QCOMPARE(requestsTo(*m_server, "GET", kCustomerSupport), attempts);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 2);
}

void TestSyncEngine::tricklingReadLeavesTheSpecQueued()
{
    // Issue 16: a server trickling a byte every 5 s kept the spec in "syncing" past 150 s.
    RetryPolicy policy = m_context->transport().retryPolicy();
    policy.readDeadlineMs = 300;
    m_context->transport().setRetryPolicy(policy);
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    QVERIFY(m_store->saveSpecContent(specId, journalOf(specId).content + "# slow\n", nullptr));
    SandboxFault trickle;
    trickle.kind = SandboxFault::Kind::Trickle;
    trickle.method = "GET";
    trickle.delayMs = 1000;
    trickle.times = 1000;
    m_server->addFault(trickle);
    const QList<SyncOutcome> outcomes = syncOnce({specId});
    QCOMPARE(outcomes.first().errorKind, RemoteError::Kind::Timeout);
    QCOMPARE(outcomes.first().state, SyncState::Queued);
    QCOMPARE(journalOf(specId).state, SyncState::Queued);
}

void TestSyncEngine::syncElsewhereDuringTheFetchWritesOnce()
{
    // The lease is taken after the fetch (one commit fewer per spec), so another SpecDesk may
    // sync the same draft while this one's fetch is on its way: what it then found is stale,
    // and writing from it would make a second version.
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    QVERIFY(m_store->saveSpecContent(specId, journalOf(specId).content + "# once\n", nullptr));
    const int versions = m_server->dataFramerVersionCount(kCustomerSupport);
    SandboxFault trickle; // answered as the server is now, one byte at a time
    trickle.kind = SandboxFault::Kind::Trickle;
    trickle.method = "GET";
    trickle.pathContains = kCustomerSupport;
    trickle.delayMs = 1;
    m_server->addFault(trickle);
    m_server->clearRequests();
    QSignalSpy idle(m_engine.get(), &SyncEngine::idle);
    m_engine->sync({specId});
    // Another SpecDesk on the workspace: a journal of its own, so a lease owner of its own.
    SyncEngine elsewhere(m_context.get());
    QSignalSpy elsewhereIdle(&elsewhere, &SyncEngine::idle);
    elsewhere.sync({specId});
    QVERIFY(elsewhereIdle.wait(30000));
    if (idle.isEmpty()) {
        QVERIFY(idle.wait(30000));
    }
    QList<SyncOutcome> outcomes = m_engine->takeOutcomes() + elsewhere.takeOutcomes();
    QCOMPARE(outcomes.size(), 2);
    const auto written = [](const SyncOutcome& outcome) { return outcome.action == SyncOutcome::Action::Written; };
    QCOMPARE(std::count_if(outcomes.begin(), outcomes.end(), written), 1);
    QCOMPARE(requestsTo(*m_server, "PUT", kCustomerSupport), 1);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), versions + 1);
    QCOMPARE(journalOf(specId).state, SyncState::Synced);
}

void TestSyncEngine::tricklingWriteIsCheckedBeforeSendingAgain()
{
    RetryPolicy policy = m_context->transport().retryPolicy();
    policy.writeDeadlineMs = 300;
    m_context->transport().setRetryPolicy(policy);
    const qint64 specId = pull(QStringLiteral("df"), kCustomerSupport);
    QVERIFY(m_store->saveSpecContent(specId, journalOf(specId).content + "# slow reply\n", nullptr));
    SandboxFault trickle;
    trickle.kind = SandboxFault::Kind::Trickle;
    trickle.method = "PUT";
    trickle.delayMs = 1000;
    m_server->addFault(trickle);
    m_server->clearRequests();
    const QList<SyncOutcome> outcomes = syncOnce({specId});
    // The write was stored; its reply never came in time. The sync looked, found it, sent nothing.
    QCOMPARE(outcomes.first().action, SyncOutcome::Action::AlreadyOnServer);
    QCOMPARE(requestsTo(*m_server, "PUT", kCustomerSupport), 1);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3);
    QCOMPARE(journalOf(specId).state, SyncState::Synced);
}

#include "TestSyncEngine.moc"
