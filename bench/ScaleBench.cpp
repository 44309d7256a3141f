#include "ScaleBench.h"

#include "AppSettings.h"
#include "BenchLoop.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "RemoteContext.h"
#include "RemoteTreeController.h"
#include "SampleSpecs.h"
#include "SandboxServer.h"
#include "SecretsWait.h"
#include "SpecGenerator.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "TimedApplication.h"
#include "WorkspaceStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace {

/// Notes when a widget's paint has finished: the queued call runs once the whole frame it
/// belongs to is painted and flushed.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget* widget) { widget->installEventFilter(this); }
    int paints() const { return m_paints; }
    qint64 lastPaintDoneNs() const { return m_lastDone; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_lastDone = nowNs();
                    ++m_paints;
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    int m_paints = 0;
    qint64 m_lastDone = 0;
};

/// Two loopback sandboxes on a thread of their own, as real servers run elsewhere. Each holds
/// the DataFramer specs of the connection that points at it; their Scale GP and Adobe APIs
/// hold only the sandbox's seed specs (it can hold no bulk ones of those).
class Servers
{
public:
    Servers()
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_anchor,
            [this] {
                for (int s = 0; s < 2; ++s) {
                    auto* server = new SandboxServer;
                    QString error;
                    server->listen(0, &error);
                    m_servers << server;
                    m_urls << server->baseUrl();
                }
                const QList<ScaleBench::ConnectionPlan> connections = ScaleBench::plan();
                for (int c = 0; c < connections.size(); ++c) {
                    const ScaleBench::ConnectionPlan& planned = connections.at(c);
                    if (planned.api != ApiKind::DataFramer) {
                        continue;
                    }
                    for (int i = 0; i < planned.specs; ++i) {
                        const RemoteSpec spec = SpecGenerator::remoteSpec(planned.api, c, i);
                        m_servers.at(planned.server)->addDataFramerSpec(spec.id, spec.name, spec.content);
                    }
                }
            },
            Qt::BlockingQueuedConnection);
    }
    ~Servers()
    {
        QMetaObject::invokeMethod(
            &m_anchor, [this] { qDeleteAll(m_servers); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QList<QUrl> urls() const { return m_urls; }

private:
    QThread m_thread;
    QObject m_anchor;
    QList<SandboxServer*> m_servers;
    QList<QUrl> m_urls;
};

QKeyEvent keyEvent(QEvent::Type type, QChar character)
{
    if (character == QLatin1Char('\b')) {
        return QKeyEvent(type, Qt::Key_Backspace, Qt::NoModifier);
    }
    const int key = character.isLetter() ? Qt::Key_A + (character.toLower().unicode() - 'a') : int(character.unicode());
    return QKeyEvent(type, key, Qt::NoModifier, QString(character));
}

} // namespace

namespace ScaleBench {

QList<ConnectionPlan> plan()
{
    return {
        {QStringLiteral("Acme DataFramer (production)"), ApiKind::DataFramer, 1400, 0},
        {QStringLiteral("Acme DataFramer (staging)"), ApiKind::DataFramer, 600, 1},
        {QStringLiteral("Claims Scale GP"), ApiKind::ScaleGp, 900, 0},
        {QStringLiteral("Support Scale GP"), ApiKind::ScaleGp, 500, 1},
        {QStringLiteral("AEP production"), ApiKind::Adobe, 1100, 0},
        {QStringLiteral("AEP development"), ApiKind::Adobe, 500, 1},
    };
}

bool fill(RemoteContext* context, const QList<QUrl>& servers, QString* error)
{
    const SandboxCredentials sandbox;
    QSqlDatabase db = context->workspace()->database();
    const QList<ConnectionPlan> connections = plan();
    for (int c = 0; c < connections.size(); ++c) {
        const ConnectionPlan& planned = connections.at(c);
        Connection connection;
        connection.name = planned.name;
        connection.api = planned.api;
        connection.baseUrl
            = servers.isEmpty() ? QUrl(QStringLiteral("http://127.0.0.1:9")) : servers.at(planned.server);
        Credentials credentials {{QStringLiteral("token"), sandbox.dataFramerToken}};
        if (planned.api == ApiKind::ScaleGp) {
            connection.accountId = sandbox.scaleGpAccountId;
            credentials = {{QStringLiteral("apiKey"), sandbox.scaleGpApiKey}};
        } else if (planned.api == ApiKind::Adobe) {
            connection.baseUrl.setPath(QStringLiteral("/data/foundation/flowservice"));
            connection.imsOrgId = sandbox.adobeOrgId;
            connection.sandboxName = sandbox.adobeSandboxName;
            credentials = {{QStringLiteral("accessToken"), sandbox.adobeAccessToken},
                           {QStringLiteral("apiKey"), sandbox.adobeApiKey}};
        }
        connection.id = context->connections().add(connection, error);
        if (connection.id == 0) {
            return false;
        }
        connection = *context->connections().connection(connection.id);
        if (!SecretsWait::store(context->credentials(), connection, credentials, error)) {
            return false;
        }
        // One transaction for the set-up: the records are the same as a pull's, only faster made.
        db.transaction();
        for (int i = 0; i < planned.specs; ++i) {
            const RemoteSpec spec = SpecGenerator::remoteSpec(planned.api, c, i);
            const std::optional<RemoteSpecStore::Outcome> recorded = context->specs().record(connection, spec, error);
            if (!recorded) {
                db.rollback();
                return false;
            }
            if (planned.api == ApiKind::DataFramer && i % 50 == 25
                && !context->workspace()->saveSpecContent(
                    recorded->specId, spec.content + "# tried a wider share for the holdout\n", error)) {
                db.rollback();
                return false;
            }
        }
        db.commit();
    }
    return true;
}

Figures measure()
{
    Figures figures;
    Servers servers;
    QTemporaryDir directory;
    for (const ConnectionPlan& planned : plan()) {
        figures.specs += planned.specs;
    }
    {
        // Made as the app makes a new workspace (the sample specs), then filled as pulls fill it.
        WorkspaceStore store;
        QString error;
        const bool opened = store.open(directory.path(), &error) && SampleSpecs::seedIfNew(store, &error);
        RemoteContext context(&store, new MemorySecretStore);
        if (!opened || !fill(&context, servers.urls(), &error)) {
            std::printf("scale: cannot make the workspace: %s\n", qPrintable(error));
            return figures;
        }
    }

    StallProbe probe;
    // Start as the app starts: open the workspace, build the window, show it, first paint.
    const qint64 start = nowNs();
    WorkspaceStore store;
    QString error;
    store.open(directory.path(), &error);
    store.checkpointOffThread();
    AppSettings settings(AppSettings::filePathForWorkspace(store.directory()));
    // The secrets live in memory here; the app keeps them in the keychain.
    RemoteContext context(&store, new MemorySecretStore);
    const SandboxCredentials sandbox;
    for (const Connection& connection : context.connections().connections()) {
        const Credentials credentials = connection.api == ApiKind::DataFramer
                                            ? Credentials {{QStringLiteral("token"), sandbox.dataFramerToken}}
                                        : connection.api == ApiKind::ScaleGp
                                            ? Credentials {{QStringLiteral("apiKey"), sandbox.scaleGpApiKey}}
                                            : Credentials {{QStringLiteral("accessToken"), sandbox.adobeAccessToken},
                                                           {QStringLiteral("apiKey"), sandbox.adobeApiKey}};
        SecretsWait::store(context.credentials(), connection, credentials, &error);
    }
    MainWindow window(&store, &settings, &context);
    SpecTreePanel* panel = window.specTreePanel();
    QTreeView* view = panel->view();
    PaintWatch windowPaint(&window);
    PaintWatch treePaint(view->viewport());
    window.show();
    runUntil([&] { return windowPaint.paints() > 0; }, 30000);
    figures.windowMs = double(windowPaint.lastPaintDoneNs() - start) / 1e6;
    runFor(500); // the user finds the first connection's arrow

    // Expand the six connections as clicks on their arrows do, one after the other; each
    // shows its cached specs at once and asks its server for the list.
    QList<qint64> collections;
    QList<QPersistentModelIndex> rows;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(SpecTreeModel::IsRemoteRole).toBool()) {
            collections << index.data(SpecTreeModel::CollectionIdRole).toLongLong();
            rows << index;
        }
    }
    RemoteTreeController* controller = window.remoteTreeController();
    const auto loading = [&] {
        for (const qint64 id : std::as_const(collections)) {
            if (controller->isLoading(id)) {
                return true;
            }
        }
        return false;
    };
    probe.reset();
    // With SPECDESK_BENCH_TRACE=MS, the deliveries behind a stall are named on stderr.
    static_cast<TimedApplication*>(QCoreApplication::instance())->record(1000);
    const qint64 expandStart = nowNs();
    QList<qint64> clickedAt(collections.size(), 0);
    QList<qint64> refreshedAt(collections.size(), 0);
    // Notes when each connection's refresh ends; never done, so it runs as long as it may.
    const auto noteRefreshes = [&] {
        for (qsizetype c = 0; c < collections.size(); ++c) {
            if (clickedAt.at(c) != 0 && refreshedAt.at(c) == 0 && !controller->isLoading(collections.at(c))) {
                refreshedAt[c] = nowNs();
            }
        }
        return false;
    };
    for (qsizetype c = 0; c < rows.size(); ++c) {
        const int paintsBefore = treePaint.paints();
        clickedAt[c] = nowNs();
        view->expand(rows.at(c));
        runUntil([&] { return treePaint.paints() > paintsBefore; }, 30000);
        figures.expandPaintMs
            = std::max(figures.expandPaintMs, double(treePaint.lastPaintDoneNs() - clickedAt.at(c)) / 1e6);
        runUntil(noteRefreshes, 250); // the pointer moves to the next connection's arrow
    }
    runUntil([&] { return !loading(); }, 120000);
    noteRefreshes();
    figures.refreshMs = msSince(expandStart);
    runFor(300); // the last rows repaint
    figures.loadStallMs = probe.maxMs();
    static_cast<TimedApplication*>(QCoreApplication::instance())->stop();
    const QList<ConnectionPlan> planned = plan();
    for (qsizetype c = 0; c < rows.size(); ++c) {
        figures.loaded
            += rows.at(c).data(SpecTreeModel::LoadStateRole).toInt() == int(SpecTreeModel::LoadState::Loaded) ? 1 : 0;
        const QString name = rows.at(c).data(Qt::DisplayRole).toString();
        for (const ConnectionPlan& connection : planned) {
            if (connection.name == name && connection.api == ApiKind::DataFramer
                && connection.specs > figures.largestRefreshed) {
                figures.largestRefreshed = connection.specs;
                figures.largestRefreshMs = double(refreshedAt.at(c) - clickedAt.at(c)) / 1e6;
            }
        }
    }
    for (const ConnectionPlan& connection : planned) {
        figures.refreshed += connection.api == ApiKind::DataFramer ? connection.specs : 0;
    }

    // Type a filter key by key at a quick typist's pace, then take it back key by key.
    const QString text = QStringLiteral("fraud alerts, apac");
    QLineEdit* filter = panel->filterEdit();
    panel->focusFilter();
    runFor(300);
    std::vector<double> keys;
    probe.reset();
    QString keystrokes = text;
    keystrokes += QString(text.size(), QLatin1Char('\b'));
    for (int k = 0; k < keystrokes.size(); ++k) {
        const int paintsNow = treePaint.paints();
        const qint64 keyStart = nowNs();
        QKeyEvent press = keyEvent(QEvent::KeyPress, keystrokes.at(k));
        QKeyEvent release = keyEvent(QEvent::KeyRelease, keystrokes.at(k));
        QApplication::sendEvent(filter, &press);
        QApplication::sendEvent(filter, &release);
        // A key that changes what matches is done when the tree has repainted; one that changes
        // nothing there (the same matches) when the line edit has taken it.
        const double handled = msSince(keyStart);
        runFor(150);
        keys.push_back(treePaint.paints() > paintsNow ? double(treePaint.lastPaintDoneNs() - keyStart) / 1e6 : handled);
        if (k == text.size() - 1) {
            const QAbstractItemModel* shown = view->model();
            for (int row = 0; row < shown->rowCount(); ++row) {
                figures.matchesAtEnd += shown->rowCount(shown->index(row, 0));
            }
        }
    }
    figures.filterStallMs = probe.maxMs();
    if (filter->text() != QString()) {
        std::printf("scale: the filter was not cleared (%s)\n", qPrintable(filter->text()));
    }
    std::sort(keys.begin(), keys.end());
    figures.keys = int(keys.size());
    figures.keyMedianMs = keys[keys.size() / 2];
    figures.keyMaxMs = keys.back();
    return figures;
}

} // namespace ScaleBench
