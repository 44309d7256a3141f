#include "SyncBench.h"

#include "DataFramerFormat.h"
#include "MemorySecretStore.h"
#include "RemoteContext.h"
#include "SandboxServer.h"
#include "SecretsWait.h"
#include "SpecProvider.h"
#include "SpecPull.h"
#include "SyncEngine.h"
#include "WorkspaceStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QThread>

#include <ctime>
#include <functional>

namespace {

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QString specIdOf(int index)
{
    return QStringLiteral("bench-%1").arg(index, 5, 10, QLatin1Char('0'));
}

QByteArray yamlOf(int index)
{
    return QStringLiteral("spec:\n  description: \"Bench spec %1\"\n  data_property_variations:\n"
                          "    - property_name: sentiment\n      property_values: [positive, negative]\n"
                          "      base_distributions: {positive: 60, negative: 40}\n")
        .arg(index)
        .toUtf8();
}

/// GET then PUT for each spec, `concurrency` chains at once: the floor a sync cannot beat.
double bareClient(const QUrl& base, const QByteArray& token, int drafts, int concurrency)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    int done = 0;
    std::function<void(int)> next = [&](int index) {
        if (index >= drafts) {
            return;
        }
        QUrl url = base;
        url.setPath(QStringLiteral("/api/dataframer/specs/%1/").arg(specIdOf(index)));
        QNetworkRequest get(url);
        get.setRawHeader("Authorization", "Bearer " + token);
        QUrl withVersions = url;
        withVersions.setQuery(QStringLiteral("include_versions=true"));
        get.setUrl(withVersions);
        QNetworkReply* read = network.get(get);
        QObject::connect(read, &QNetworkReply::finished, &loop, [&, read, url, index] {
            read->deleteLater();
            QNetworkRequest put(url);
            put.setRawHeader("Authorization", "Bearer " + token);
            put.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            QNetworkReply* write
                = network.put(put, DataFramerFormat::updateBody(yamlOf(index) + "# bare client\n").value);
            QObject::connect(write, &QNetworkReply::finished, &loop, [&, write, index] {
                write->deleteLater();
                if (++done == drafts) {
                    loop.quit();
                }
                next(index + concurrency);
            });
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (int chain = 0; chain < concurrency; ++chain) {
        next(chain);
    }
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

namespace SyncBench {

Figures measure(int drafts, int concurrency, bool bareFirst)
{
    Figures figures;
    figures.drafts = drafts;

    // The server runs on a thread of its own, as a real one runs elsewhere.
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    SandboxServer* server = nullptr;
    QUrl base;
    SandboxCredentials credentials;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            server = new SandboxServer;
            QString error;
            server->listen(0, &error);
            for (int i = 0; i < drafts; ++i) {
                server->addDataFramerSpec(specIdOf(i), QStringLiteral("Bench %1").arg(i), yamlOf(i));
            }
            base = server->baseUrl();
            credentials = server->credentials();
        },
        Qt::BlockingQueuedConnection);

    if (bareFirst) {
        // Before the workspace lists the specs, so the engine starts from what the server then holds.
        const double cpuBefore = threadCpuMs();
        figures.bareMs = bareClient(base, credentials.dataFramerToken.toUtf8(), drafts, concurrency);
        figures.bareThreadCpuMs = threadCpuMs() - cpuBefore;
    }
    {
        QTemporaryDir directory;
        WorkspaceStore store;
        QString error;
        store.open(directory.path(), &error);
        // As the window does; SPECDESK_BENCH_INLINE_CHECKPOINTS=1 measures SQLite's own instead.
        if (qEnvironmentVariableIsEmpty("SPECDESK_BENCH_INLINE_CHECKPOINTS")) {
            store.checkpointOffThread();
        }
        RemoteContext context(&store, new MemorySecretStore);
        Connection connection;
        connection.name = QStringLiteral("bench");
        connection.baseUrl = base;
        connection.id = context.connections().add(connection, &error);
        connection = *context.connections().connection(connection.id);
        SecretsWait::store(
            context.credentials(), connection, {{QStringLiteral("token"), credentials.dataFramerToken}}, &error);

        // Set-up, not timed: list the specs into the workspace and make every one a draft.
        std::unique_ptr<SpecProvider> provider = context.providerFor(connection);
        SpecPull pull(provider.get(), &context.specs());
        QEventLoop pulling;
        QObject::connect(&pull, &SpecPull::finished, &pulling, &QEventLoop::quit);
        pull.start({}, false);
        pulling.exec();
        QSqlDatabase db = store.database();
        db.transaction();
        for (const SpecRecord& spec : store.specSummaries(connection.collectionId)) {
            if (!spec.remoteId.startsWith(QLatin1String("bench-"))) {
                continue; // the sandbox's own seeds are left alone
            }
            store.saveSpecContent(spec.id, store.spec(spec.id)->content + "# synced by SpecDesk\n", &error);
        }
        db.commit();

        SyncEngine engine(&context);
        engine.setConcurrency(concurrency);
        QEventLoop syncing;
        QObject::connect(&engine, &SyncEngine::idle, &syncing, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuMs();
        engine.sync(engine.pendingSpecs());
        syncing.exec();
        figures.syncMs = double(timer.nsecsElapsed()) / 1e6;
        figures.syncThreadCpuMs = threadCpuMs() - cpuBefore;
        for (const SyncOutcome& outcome : engine.takeOutcomes()) {
            figures.written += outcome.action == SyncOutcome::Action::Written ? 1 : 0;
        }
    }

    if (!bareFirst) {
        const double cpuBefore = threadCpuMs();
        figures.bareMs = bareClient(base, credentials.dataFramerToken.toUtf8(), drafts, concurrency);
        figures.bareThreadCpuMs = threadCpuMs() - cpuBefore;
    }

    QMetaObject::invokeMethod(
        &anchor, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return figures;
}

} // namespace SyncBench
