#include "MemorySecretStore.h"
#include "RemoteContext.h"
#include "SandboxConnections.h"
#include "SandboxServer.h"
#include "SpecProvider.h"
#include "SpecPull.h"
#include "SyncEngine.h"
#include "WorkspaceStore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCustomerSupport = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
const QString kBilling = QStringLiteral("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e");
const QString kVersionsFull = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
const QString kClaims = QStringLiteral("6f1c0a52-3b0e-4a63-9d0f-1b2a7e9c4d11");
const QString kRestStorage = QStringLiteral("6499120c-0b15-42dc-936e-847ea3c24d72");

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

private:
    void openWorkspace();
    void addConnection(ApiKind api, const QString& name, const Credentials& credentials);
    qint64 pull(const QString& connectionName, const QString& remoteId);
    QList<SyncOutcome> syncOnce(const QList<qint64>& specIds = {});
    SyncRecord journalOf(qint64 specId);
    static QByteArray edited(const QByteArray& yaml, const QByteArray& from, const QByteArray& to);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<RemoteContext> m_context;
    std::unique_ptr<SyncEngine> m_engine;
    MemorySecretStore* m_secrets = nullptr;
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
    m_secrets = new MemorySecretStore;
    m_context = std::make_unique<RemoteContext>(m_store.get(), m_secrets);
    RetryPolicy fast;
    fast.firstDelayMs = 5;
    fast.maxDelayMs = 20;
    fast.timeoutMs = 5000;
    m_context->transport().setRetryPolicy(fast);
    m_engine = std::make_unique<SyncEngine>(m_context.get());
    SpecSyncTask::Options options;
    options.firstRetryDelayMs = 20;
    m_engine->setTaskOptions(options);
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

QByteArray TestSyncEngine::edited(const QByteArray& yaml, const QByteArray& from, const QByteArray& to)
{
    QByteArray copy = yaml;
    copy.replace(from, to);
    return copy;
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
    QVERIFY(m_context->credentials().store(
        df, {{QStringLiteral("token"), m_server->credentials().dataFramerToken}}, &error));
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
    QVERIFY(m_store->saveSpecContent(specId, edited(base, "plan_change: 25", "plan_change: 20"), nullptr));
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
    QVERIFY(m_store->saveSpecContent(specId, edited(base, "plan_change: 25", "plan_change: 20"), nullptr));
    QVERIFY(m_server->putDataFramerContentAsColleague(kBilling, edited(base, "Customer-support chats", "Chats")));
    // The analyst keeps typing while the sync asks the server: what is merged is what was typed.
    const QByteArray typed = edited(base, "plan_change: 25", "plan_change: 21");
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

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
