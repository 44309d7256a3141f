#include "AppSettings.h"
#include "ConnectionForm.h"
#include "ConnectionsDialog.h"
#include "EditorTabs.h"
#include "LongOperations.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProgressStrip.h"
#include "RemoteContext.h"
#include "RemoteTreeController.h"
#include "SandboxConnections.h"
#include "SandboxServer.h"
#include "SecretsWait.h"
#include "SpecEditor.h"
#include "SpecProvider.h"
#include "SpecPull.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "TreeRows.h"
#include "WorkspaceStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

namespace {

const QString kCustomerSupportId = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
const QString kGeneratingId = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
const QString kLegacyFaqId = QStringLiteral("e5a7c9d1-8f2b-4a6c-9d3e-7b1f0c2e4a81");
constexpr int kDataFramerSpecs = 5;

} // namespace

/// The specs tree over real connections to the in-process stand-in server: lazy loading,
/// status badges, errors on the connection's row, opening and restoring remote specs.
class TestRemoteTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void expandingLoadsSpecsWithBadges();
    void wrongSecretShowsOnTheNodeAndRetryWorks();
    void expiredTokenShowsOnTheNodeAndRetryWorks();
    void offlineForbiddenAndNotFoundEachSayWhy();
    void openingADataFramerSpecShowsTheServerText();
    void processingSpecOpensReadOnlyWithTheReason();
    void failedFetchOpensTheCachedCopy();
    void slowFetchShowsProgressAndCancelOpensTheCachedCopy();
    void archivedScaleGpSpecCanBeRestored();
    void filterBoxFindsRemoteSpecs();
    void removingAConnectionDropsItsRowsAndTabs();
    void connectionsDialogOpensFromTheMenuAndTheTree();

private:
    Connection addConnection(ApiKind api, const QString& name, const Credentials& credentials);
    Connection dataFramer(const QString& token = {});
    void showWindow();
    /// A shown window with Sandbox DataFramer loaded; the row of its "SaaS billing chats".
    QModelIndex loadedBillingSpec();
    QModelIndex collectionIndex(const QString& name) const;
    QModelIndex specIndex(const QString& collection, const QString& title) const;
    /// Expands the connection's row and waits for its load to end.
    QModelIndex expandAndLoad(const QString& name);
    /// What a pull of the connection reports, straight from the app layer.
    QString pullError(const Connection& connection);
    QAction* contextAction(const QModelIndex& index, const QString& objectName);
    SpecTreeModel* treeModel() const;
    QTreeView* view() const { return m_window->specTreePanel()->view(); }
    EditorTabs* tabs() const { return m_window->editorTabs(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    MemorySecretStore* m_secrets = nullptr;
    std::unique_ptr<RemoteContext> m_context;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QObject m_actionOwner;
};

void TestRemoteTree::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkspaceStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->path(), &error), qPrintable(error));
    m_settings = std::make_unique<AppSettings>(AppSettings::filePathForWorkspace(m_dir->path()));
    m_secrets = new MemorySecretStore;
    m_context = std::make_unique<RemoteContext>(m_store.get(), m_secrets);
    // One attempt per request: the failure tests need no waiting for retries.
    m_context->transport().setRetryPolicy({1, 10, 10, 10000, 0});
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
}

void TestRemoteTree::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_context.reset();
    m_server.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

Connection TestRemoteTree::addConnection(ApiKind api, const QString& name, const Credentials& credentials)
{
    return SandboxConnections::add(*m_context, *m_server, api, name, credentials);
}

Connection TestRemoteTree::dataFramer(const QString& token)
{
    return addConnection(
        ApiKind::DataFramer,
        QStringLiteral("Sandbox DataFramer"),
        {{QStringLiteral("token"), token.isEmpty() ? m_server->credentials().dataFramerToken : token}});
}

void TestRemoteTree::showWindow()
{
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get(), m_context.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(treeModel(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

SpecTreeModel* TestRemoteTree::treeModel() const
{
    return qobject_cast<SpecTreeModel*>(qobject_cast<QSortFilterProxyModel*>(view()->model())->sourceModel());
}

QModelIndex TestRemoteTree::collectionIndex(const QString& name) const
{
    const QAbstractItemModel* model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name) {
            return model->index(row, 0);
        }
    }
    return {};
}

QModelIndex TestRemoteTree::specIndex(const QString& collection, const QString& title) const
{
    return TreeRows::childNamed(view()->model(), collectionIndex(collection), title);
}

QModelIndex TestRemoteTree::expandAndLoad(const QString& name)
{
    const QModelIndex collection = collectionIndex(name);
    view()->expand(collection);
    const auto loaded = [&] {
        const int state = collectionIndex(name).data(SpecTreeModel::LoadStateRole).toInt();
        return state == int(SpecTreeModel::LoadState::Loaded) || state == int(SpecTreeModel::LoadState::Failed);
    };
    if (!QTest::qWaitFor(loaded)) {
        qWarning("the connection %s did not finish loading", qPrintable(name));
    }
    return collectionIndex(name);
}

QString TestRemoteTree::pullError(const Connection& connection)
{
    std::unique_ptr<SpecProvider> provider = m_context->providerFor(connection);
    SpecPull pull(provider.get(), &m_context->specs());
    QSignalSpy finished(&pull, &SpecPull::finished);
    pull.start({}, false);
    if (!finished.wait()) {
        return QStringLiteral("(no answer)");
    }
    return pull.error().message;
}

QAction* TestRemoteTree::contextAction(const QModelIndex& index, const QString& objectName)
{
    const QModelIndex source = qobject_cast<QSortFilterProxyModel*>(view()->model())->mapToSource(index);
    const QList<QAction*> actions = m_window->remoteTreeController()->contextActions(source, &m_actionOwner);
    for (QAction* action : actions) {
        if (action->objectName() == objectName) {
            return action;
        }
    }
    return nullptr;
}

void TestRemoteTree::expandingLoadsSpecsWithBadges()
{
    dataFramer();
    addConnection(ApiKind::ScaleGp,
                  QStringLiteral("Sandbox Scale GP"),
                  {{QStringLiteral("apiKey"), m_server->credentials().scaleGpApiKey}});
    showWindow();

    // Nothing is asked of any server before the user expands a connection.
    QModelIndex collection = collectionIndex(QStringLiteral("Sandbox DataFramer"));
    QVERIFY(collection.isValid());
    QVERIFY(!view()->isExpanded(collection));
    QVERIFY(view()->model()->hasChildren(collection));
    QVERIFY(m_server->requests().isEmpty());

    view()->expand(collection);
    QCOMPARE(collection.data(SpecTreeModel::StatusNoteRole).toString(), QStringLiteral("Loading…"));
    QTRY_COMPARE(view()->model()->rowCount(collectionIndex(QStringLiteral("Sandbox DataFramer"))), kDataFramerSpecs);
    collection = collectionIndex(QStringLiteral("Sandbox DataFramer"));
    QTRY_COMPARE(collection.data(SpecTreeModel::LoadStateRole).toInt(), int(SpecTreeModel::LoadState::Loaded));
    QVERIFY(collection.data(SpecTreeModel::StatusNoteRole).toString().isEmpty());
    // One list request: no spec is fetched one by one to fill the tree.
    QCOMPARE(m_server->requests().size(), 1);

    const QModelIndex generating
        = specIndex(QStringLiteral("Sandbox DataFramer"), QStringLiteral("Support tickets (generating)"));
    QCOMPARE(generating.data(SpecTreeModel::StatusBadgeRole).toString(), QStringLiteral("PROCESSING"));
    QVERIFY(generating.data(Qt::ToolTipRole).toString().contains(QStringLiteral("still generating")));
    QVERIFY(generating.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("PROCESSING")));
    const QModelIndex broken = specIndex(QStringLiteral("Sandbox DataFramer"), QStringLiteral("Broken upload"));
    QCOMPARE(broken.data(SpecTreeModel::StatusBadgeRole).toString(), QStringLiteral("FAILED"));
    QVERIFY(broken.data(Qt::ToolTipRole).toString().contains(QStringLiteral("could not generate")));
    const QModelIndex ready = specIndex(QStringLiteral("Sandbox DataFramer"), QStringLiteral("SaaS billing chats"));
    QVERIFY(ready.data(SpecTreeModel::StatusBadgeRole).toString().isEmpty());
    QCOMPARE(ready.data(SpecTreeModel::KindIdRole).toString(), QStringLiteral("dataframer"));

    // The other connection stayed untouched until now.
    QCOMPARE(collectionIndex(QStringLiteral("Sandbox Scale GP")).data(SpecTreeModel::LoadStateRole).toInt(),
             int(SpecTreeModel::LoadState::NotLoaded));
    // A paged list says how far it has got, with the total the server announced.
    QStringList notes;
    const QObject listening; // ends the connection with this scope
    connect(view()->model(), &QAbstractItemModel::dataChanged, &listening, [&notes](const QModelIndex& changed) {
        notes << changed.data(SpecTreeModel::StatusNoteRole).toString();
    });
    expandAndLoad(QStringLiteral("Sandbox Scale GP"));
    QVERIFY2(notes.contains(QStringLiteral("Loading… 6 of 6")), qPrintable(notes.join(QLatin1Char('|'))));
    const QModelIndex archived = specIndex(QStringLiteral("Sandbox Scale GP"), QStringLiteral("Legacy FAQ bot"));
    QCOMPARE(archived.data(SpecTreeModel::StatusBadgeRole).toString(), QStringLiteral("archived"));
    QVERIFY(archived.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Restore it")));

    addConnection(ApiKind::Adobe,
                  QStringLiteral("Sandbox Adobe"),
                  {{QStringLiteral("accessToken"), m_server->credentials().adobeAccessToken},
                   {QStringLiteral("apiKey"), m_server->credentials().adobeApiKey}});
    const QModelIndex adobe = expandAndLoad(QStringLiteral("Sandbox Adobe"));
    QCOMPARE(adobe.data(SpecTreeModel::LoadStateRole).toInt(), int(SpecTreeModel::LoadState::Loaded));
    QCOMPARE(view()->model()->rowCount(adobe), 3);
    QCOMPARE(view()->model()->index(0, 0, adobe).data(SpecTreeModel::KindIdRole).toString(), QStringLiteral("adobe"));
}

void TestRemoteTree::wrongSecretShowsOnTheNodeAndRetryWorks()
{
    const Connection connection = dataFramer(QStringLiteral("sk_wrong_0000000000000000000000000000000000"));
    const QString expected = pullError(connection);
    QVERIFY(!expected.isEmpty());
    showWindow();

    QModelIndex collection = expandAndLoad(QStringLiteral("Sandbox DataFramer"));
    QCOMPARE(collection.data(SpecTreeModel::LoadStateRole).toInt(), int(SpecTreeModel::LoadState::Failed));
    QCOMPARE(collection.data(SpecTreeModel::StatusNoteRole).toString(), expected);
    QVERIFY(collection.data(Qt::ToolTipRole).toString().contains(expected));
    QVERIFY(collection.data(Qt::AccessibleTextRole).toString().contains(expected));
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!contextAction(collection, QStringLiteral("refreshConnectionAction")));

    // Fixing the secret and choosing Retry loads the specs.
    QString error;
    QVERIFY(SecretsWait::store(m_context->credentials(),
                               connection,
                               {{QStringLiteral("token"), m_server->credentials().dataFramerToken}},
                               &error));
    QAction* retry = contextAction(collection, QStringLiteral("retryConnectionAction"));
    QVERIFY(retry);
    retry->trigger();
    QTRY_COMPARE(view()->model()->rowCount(collectionIndex(QStringLiteral("Sandbox DataFramer"))), kDataFramerSpecs);
    collection = collectionIndex(QStringLiteral("Sandbox DataFramer"));
    QTRY_COMPARE(collection.data(SpecTreeModel::LoadStateRole).toInt(), int(SpecTreeModel::LoadState::Loaded));
    QVERIFY(collection.data(SpecTreeModel::StatusNoteRole).toString().isEmpty());
    QVERIFY(view()->isExpanded(collection));
}

void TestRemoteTree::expiredTokenShowsOnTheNodeAndRetryWorks()
{
    dataFramer();
    showWindow();
    QModelIndex collection = expandAndLoad(QStringLiteral("Sandbox DataFramer"));
    QCOMPARE(view()->model()->rowCount(collection), kDataFramerSpecs);

    SandboxFault expired;
    expired.kind = SandboxFault::Kind::ExpireToken;
    m_server->addFault(expired);
    // Refresh through the menu's F5, with the connection current in the tree.
    view()->setCurrentIndex(collection);
    QTest::keyClick(view(), Qt::Key_F5);
    QTRY_COMPARE(collectionIndex(QStringLiteral("Sandbox DataFramer")).data(SpecTreeModel::LoadStateRole).toInt(),
                 int(SpecTreeModel::LoadState::Failed));
    collection = collectionIndex(QStringLiteral("Sandbox DataFramer"));
    QVERIFY(collection.data(SpecTreeModel::StatusNoteRole).toString().contains(QStringLiteral("401")));
    // The cached specs stay listed below the error.
    QCOMPARE(view()->model()->rowCount(collection), kDataFramerSpecs);

    contextAction(collection, QStringLiteral("retryConnectionAction"))->trigger();
    QTRY_COMPARE(collectionIndex(QStringLiteral("Sandbox DataFramer")).data(SpecTreeModel::LoadStateRole).toInt(),
                 int(SpecTreeModel::LoadState::Loaded));
}

void TestRemoteTree::offlineForbiddenAndNotFoundEachSayWhy()
{
    // Offline: a loopback port nobody listens on any more.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    Connection offline = dataFramer();
    offline.baseUrl.setPort(closedPort);
    QString error;
    QVERIFY(m_context->connections().update(offline, &error));
    // 403: an account the key has no access to.
    Connection forbidden = addConnection(ApiKind::ScaleGp,
                                         QStringLiteral("Other account"),
                                         {{QStringLiteral("apiKey"), m_server->credentials().scaleGpApiKey}});
    forbidden.accountId = QStringLiteral("acc_someone_else");
    QVERIFY(m_context->connections().update(forbidden, &error));
    // 404: a base URL under which the API does not live.
    Connection missing = addConnection(ApiKind::DataFramer,
                                       QStringLiteral("Wrong path"),
                                       {{QStringLiteral("token"), m_server->credentials().dataFramerToken}});
    missing.baseUrl.setPath(QStringLiteral("/nowhere"));
    QVERIFY(m_context->connections().update(missing, &error));

    struct Case
    {
        QString name;
        Connection connection;
    };
    const QList<Case> cases {{QStringLiteral("Sandbox DataFramer"), offline},
                             {QStringLiteral("Other account"), forbidden},
                             {QStringLiteral("Wrong path"), missing}};
    QStringList expected;
    for (const Case& item : cases) {
        expected << pullError(*m_context->connections().connection(item.connection.id));
    }
    showWindow();
    for (int i = 0; i < cases.size(); ++i) {
        const QModelIndex collection = expandAndLoad(cases.at(i).name);
        QCOMPARE(collection.data(SpecTreeModel::LoadStateRole).toInt(), int(SpecTreeModel::LoadState::Failed));
        QVERIFY(!expected.at(i).isEmpty());
        QCOMPARE(collection.data(SpecTreeModel::StatusNoteRole).toString(), expected.at(i));
    }
    QVERIFY(expected.at(1).contains(QStringLiteral("acc_someone_else"))
            || expected.at(1).contains(QStringLiteral("403")));
    QVERIFY(expected.at(2).contains(QStringLiteral("404")) || expected.at(2).contains(QStringLiteral("Not Found")));
    QVERIFY(!QApplication::activeModalWidget());
}

void TestRemoteTree::openingADataFramerSpecShowsTheServerText()
{
    dataFramer();
    showWindow();
    expandAndLoad(QStringLiteral("Sandbox DataFramer"));
    // A colleague's edit after the list came: opening fetches the spec again.
    const QByteArray edited = m_server->dataFramerLatestContent(kCustomerSupportId) + "\n# Reviewed by Zoë — 2025 ✓\n";
    QVERIFY(m_server->putDataFramerContentAsColleague(kCustomerSupportId, edited));

    const QModelIndex spec
        = specIndex(QStringLiteral("Sandbox DataFramer"), QStringLiteral("Customer Support Conversations Spec"));
    const qint64 specId = spec.data(SpecTreeModel::SpecIdRole).toLongLong();
    view()->setCurrentIndex(spec);
    QTest::keyClick(view(), Qt::Key_Return);
    QCOMPARE(spec.data(SpecTreeModel::StatusNoteRole).toString(), QStringLiteral("Loading…"));
    QTRY_VERIFY(tabs()->currentEditor() && tabs()->currentEditor()->specId() == specId);
    SpecEditor* editor = tabs()->currentEditor();
    QCOMPARE(editor->content(), m_server->dataFramerLatestContent(kCustomerSupportId));
    QVERIFY(editor->content().endsWith("✓\n"));
    QVERIFY(!editor->isReadOnly());
    QVERIFY(tabs()->readOnlyReason(specId).isEmpty());
    QVERIFY(editor->hasFocus());
    QVERIFY(spec.data(SpecTreeModel::StatusNoteRole).toString().isEmpty());
    // The server's versions came with it.
    QCOMPARE(m_context->specs().serverVersions(specId).size(), m_server->dataFramerVersionCount(kCustomerSupportId));
    QCOMPARE(m_context->specs().serverVersions(specId).constLast().content, edited);
}

void TestRemoteTree::processingSpecOpensReadOnlyWithTheReason()
{
    dataFramer();
    showWindow();
    expandAndLoad(QStringLiteral("Sandbox DataFramer"));
    QModelIndex spec = specIndex(QStringLiteral("Sandbox DataFramer"), QStringLiteral("Support tickets (generating)"));
    const qint64 specId = spec.data(SpecTreeModel::SpecIdRole).toLongLong();
    Q_EMIT view()->activated(spec);
    QTRY_VERIFY(tabs()->currentEditor() && tabs()->currentEditor()->specId() == specId);
    SpecEditor* editor = tabs()->currentEditor();
    QVERIFY(editor->isReadOnly());
    QVERIFY2(tabs()->readOnlyReason(specId).contains(QStringLiteral("PROCESSING")),
             qPrintable(tabs()->readOnlyReason(specId)));
    QWidget* banner = tabs()->currentWidget()->findChild<QWidget*>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner && banner->isVisible());
    const QByteArray before = editor->content();
    QTest::keyClicks(editor, QStringLiteral("typed"));
    QCOMPARE(editor->content(), before);

    // Generation finishes on the server; a refresh makes the open tab editable with the text.
    QVERIFY(m_server->setDataFramerStatus(kGeneratingId, QStringLiteral("SUCCEEDED")));
    spec = specIndex(QStringLiteral("Sandbox DataFramer"), QStringLiteral("Support tickets (generating)"));
    view()->setCurrentIndex(spec);
    m_window->remoteTreeController()->refreshCurrent();
    QTRY_VERIFY(!editor->isReadOnly());
    QVERIFY(!banner->isVisible());
    QTRY_COMPARE(editor->content(), m_server->dataFramerLatestContent(kGeneratingId));
    QVERIFY(!editor->content().isEmpty());
}

QModelIndex TestRemoteTree::loadedBillingSpec()
{
    dataFramer();
    showWindow();
    expandAndLoad(QStringLiteral("Sandbox DataFramer"));
    return specIndex(QStringLiteral("Sandbox DataFramer"), QStringLiteral("SaaS billing chats"));
}

void TestRemoteTree::failedFetchOpensTheCachedCopy()
{
    const QModelIndex spec = loadedBillingSpec();
    const qint64 specId = spec.data(SpecTreeModel::SpecIdRole).toLongLong();
    const QByteArray cached = m_store->spec(specId)->content;
    QVERIFY(!cached.isEmpty());

    SandboxFault down;
    down.kind = SandboxFault::Kind::DropBeforeStore;
    down.times = 10;
    m_server->addFault(down);
    Q_EMIT view()->activated(spec);
    QTRY_VERIFY(tabs()->currentEditor() && tabs()->currentEditor()->specId() == specId);
    QCOMPARE(tabs()->currentEditor()->content(), cached);
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(QStringLiteral("Could not fetch"))
                 && status.contains(QStringLiteral("SaaS billing chats")),
             qPrintable(status));
    QVERIFY(!QApplication::activeModalWidget());
    // The spec's row says why, until a fetch succeeds.
    const QModelIndex row = specIndex(QStringLiteral("Sandbox DataFramer"), QStringLiteral("SaaS billing chats"));
    QVERIFY(row.data(SpecTreeModel::StatusNoteRole).toString().contains(QStringLiteral("Could not reach")));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("last fetch failed")));
}

void TestRemoteTree::slowFetchShowsProgressAndCancelOpensTheCachedCopy()
{
    const QModelIndex spec = loadedBillingSpec();
    const qint64 specId = spec.data(SpecTreeModel::SpecIdRole).toLongLong();
    const QByteArray cached = m_store->spec(specId)->content;

    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 20000;
    m_server->addFault(slow);
    Q_EMIT view()->activated(spec);
    LongOperations* operations = m_window->longOperations();
    QTRY_VERIFY(!operations->isEmpty());
    QVERIFY(operations->newest().text.contains(QStringLiteral("SaaS billing chats")));
    auto* strip = m_window->findChild<ProgressStrip*>();
    QVERIFY(strip && strip->isVisible());
    // Cancel from the keyboard: the fetch stops at once and the workspace's copy opens.
    QTest::keyClick(strip->cancelButton(), Qt::Key_Space);
    QTRY_VERIFY(tabs()->currentEditor() && tabs()->currentEditor()->specId() == specId);
    QCOMPARE(tabs()->currentEditor()->content(), cached);
    QVERIFY(operations->isEmpty());
    QVERIFY(strip->isHidden());
    m_server->clearFaults();
}

void TestRemoteTree::archivedScaleGpSpecCanBeRestored()
{
    addConnection(ApiKind::ScaleGp,
                  QStringLiteral("Sandbox Scale GP"),
                  {{QStringLiteral("apiKey"), m_server->credentials().scaleGpApiKey}});
    showWindow();
    expandAndLoad(QStringLiteral("Sandbox Scale GP"));
    QModelIndex spec = specIndex(QStringLiteral("Sandbox Scale GP"), QStringLiteral("Legacy FAQ bot"));
    const qint64 specId = spec.data(SpecTreeModel::SpecIdRole).toLongLong();
    Q_EMIT view()->activated(spec);
    QTRY_VERIFY(tabs()->currentEditor() && tabs()->currentEditor()->specId() == specId);
    QVERIFY(tabs()->currentEditor()->isReadOnly());
    QVERIFY(tabs()->readOnlyReason(specId).contains(QStringLiteral("archived")));
    // Ready specs offer no restore.
    QVERIFY(!contextAction(specIndex(QStringLiteral("Sandbox Scale GP"), QStringLiteral("Claims triage assistant")),
                           QStringLiteral("restoreSpecAction")));

    QAction* restore = contextAction(spec, QStringLiteral("restoreSpecAction"));
    QVERIFY(restore);
    QCOMPARE(restore->text(), QStringLiteral("Re&store Archived Spec"));
    restore->trigger();
    QTRY_VERIFY(!tabs()->currentEditor()->isReadOnly());
    spec = specIndex(QStringLiteral("Sandbox Scale GP"), QStringLiteral("Legacy FAQ bot"));
    QVERIFY(spec.data(SpecTreeModel::StatusBadgeRole).toString().isEmpty());
    QCOMPARE(spec.data(SpecTreeModel::RemoteStatusRole).toString(), QStringLiteral("ready"));
    QVERIFY(m_server->scaleGpSpec(kLegacyFaqId).value(QLatin1String("archived_at")).isNull());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Restored")));
}

void TestRemoteTree::filterBoxFindsRemoteSpecs()
{
    dataFramer();
    showWindow();
    expandAndLoad(QStringLiteral("Sandbox DataFramer"));
    // Ctrl+F in the tree goes to its filter box.
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit* filter = m_window->specTreePanel()->filterEdit();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("billing"));
    const QModelIndex collection = collectionIndex(QStringLiteral("Sandbox DataFramer"));
    QCOMPARE(view()->model()->rowCount(collection), 1);
    QCOMPARE(view()->model()->index(0, 0, collection).data().toString(), QStringLiteral("SaaS billing chats"));
    QVERIFY(view()->isExpanded(collection));
    // A badge is no name: "PROCESSING" matches nothing.
    filter->selectAll();
    QTest::keyClicks(filter, QStringLiteral("PROCESSING"));
    QCOMPARE(view()->model()->rowCount(collectionIndex(QStringLiteral("Sandbox DataFramer"))), 0);
    filter->clear();
    QCOMPARE(view()->model()->rowCount(collectionIndex(QStringLiteral("Sandbox DataFramer"))), kDataFramerSpecs);
}

void TestRemoteTree::removingAConnectionDropsItsRowsAndTabs()
{
    const Connection connection = dataFramer();
    showWindow();
    expandAndLoad(QStringLiteral("Sandbox DataFramer"));
    Q_EMIT view()->activated(specIndex(QStringLiteral("Sandbox DataFramer"), QStringLiteral("SaaS billing chats")));
    QTRY_COMPARE(tabs()->count(), 1);
    QString error;
    QVERIFY(m_context->connections().remove(connection.id, &error));
    QVERIFY(!collectionIndex(QStringLiteral("Sandbox DataFramer")).isValid());
    QCOMPARE(tabs()->count(), 0);
}

void TestRemoteTree::connectionsDialogOpensFromTheMenuAndTheTree()
{
    addConnection(ApiKind::ScaleGp,
                  QStringLiteral("Another"),
                  {{QStringLiteral("apiKey"), m_server->credentials().scaleGpApiKey}});
    dataFramer();
    showWindow();
    QString shown;
    const auto readAndClose = [&shown] {
        QTimer::singleShot(0, [&shown] {
            if (auto* dialog = qobject_cast<ConnectionsDialog*>(QApplication::activeModalWidget())) {
                shown = dialog->form()->nameEdit()->text();
                dialog->reject();
            }
        });
    };
    // Ctrl+Shift+C, from the tree: the first connection is shown.
    readAndClose();
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(shown, QStringLiteral("Another"));
    // Edit Connection on a connection's row shows that one.
    readAndClose();
    contextAction(collectionIndex(QStringLiteral("Sandbox DataFramer")), QStringLiteral("editConnectionAction"))
        ->trigger();
    QCOMPARE(shown, QStringLiteral("Sandbox DataFramer"));
}

QTEST_MAIN(TestRemoteTree)
#include "TestRemoteTree.moc"
