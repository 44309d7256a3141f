#include "AppSettings.h"
#include "ComparisonView.h"
#include "ConflictView.h"
#include "CredentialsDialog.h"
#include "DiffView.h"
#include "EditorColours.h"
#include "EditorTabs.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MergeResult.h"
#include "RemoteContext.h"
#include "SandboxConnections.h"
#include "SandboxServer.h"
#include "SandboxWorkspaceFixture.h"
#include "SecretsWait.h"
#include "SpecEditor.h"
#include "SpecFormPanel.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "SyncController.h"
#include "SyncEngine.h"
#include "TreeRows.h"
#include "WorkspaceStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

const QString kConnection = QStringLiteral("Sandbox DataFramer");
const QString kBillingId = QStringLiteral("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e");
const QString kBilling = QStringLiteral("SaaS billing chats");
const QString kSupportId = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
const QString kSupport = QStringLiteral("Customer Support Conversations Spec");

QByteArray edited(QByteArray text, const QByteArray& from, const QByteArray& to)
{
    return text.replace(from, to);
}

} // namespace

/// Sync in the window, end to end against the in-process sandbox: states in the tree, the tab
/// and the status bar; Sync; offline and back; conflicts resolved side by side; refused
/// credentials asked for once; a merge and a resolution as one undo step in the editor.
class TestSyncUi : public QObject, private SandboxWorkspaceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editShowsDraftAndSyncSendsTheExactText();
    void offlineQueuesAndTheRetrySendsOnItsOwn();
    void overlappingEditConflictsAndKeepMineIsSentOnce();
    void takeTheirsShowsTheirsAndUndoBringsMineBack();
    void handMergeInTheEditorIsUsedAndSent();
    void mergeEditorResultIsCheckedUsedAndSent();
    void copyToAnotherConnectionBecomesItsDraftAndIsSent();
    void cleanMergeShowsInTheEditorAsOneUndoStep();
    void typingDuringAMergingSyncIsKept();
    void expiredTokenAsksForCredentialsOnce();
    void credentialsDialogStoresTheNewSecret();
    void queuedDraftsAreSentAfterARestart();
    void deletedOnTheServerOffersExportDraft();
    void serverRefusalShowsAtItsFieldInTheForm();

private:
    void showWindow();
    QModelIndex specIndex(const QString& title) const;
    QString syncStateOf(const QString& title) const
    {
        return specIndex(title).data(SpecTreeModel::SyncStateRole).toString();
    }
    /// Opens a spec of the DataFramer connection from the tree and returns its editor.
    SpecEditor* openSpec(const QString& title);
    /// Types `to` over the first `from` in the editor, as a user would.
    static void typeOver(SpecEditor* editor, const QByteArray& from, const QByteArray& to);
    /// Puts a spec in conflict: my edit and a colleague's edit of the same line.
    SpecEditor* makeConflict(QByteArray* mine, QByteArray* theirs);
    void waitUntilIdle();
    QLabel* statusLabel(const QString& objectName) const { return m_window->findChild<QLabel*>(objectName); }
    SyncController* sync() const { return m_window->syncController(); }
    EditorTabs* tabs() const { return m_window->editorTabs(); }
    QTreeView* view() const { return m_window->specTreePanel()->view(); }

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSyncUi::init()
{
    QString error;
    QVERIFY2(openWorkspace(&error), qPrintable(error));
    // One attempt per request: an offline server answers at once.
    m_context->transport().setRetryPolicy({1, 10, 10, 10000, 0});

    Connection connection;
    connection.name = kConnection;
    connection.api = ApiKind::DataFramer;
    connection.baseUrl = m_server->baseUrl();
    connection.id = m_context->connections().add(connection, &error);
    QVERIFY2(connection.id > 0, qPrintable(error));
    connection = *m_context->connections().connection(connection.id);
    QVERIFY(SecretsWait::store(m_context->credentials(),
                               connection,
                               {{QStringLiteral("token"), m_server->credentials().dataFramerToken}},
                               &error));
    showWindow();
}

void TestSyncUi::cleanup()
{
    m_tester.reset();
    m_window.reset();
    closeWorkspace();
}

void TestSyncUi::showWindow()
{
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get(), m_context.get());
    sync()->setRetryDelays(100, 400);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(view()->model());
    m_tester = std::make_unique<QAbstractItemModelTester>(proxy->sourceModel(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Load the connection's specs into the tree.
    view()->expand(view()->model()->index(0, 0));
    QTRY_VERIFY(specIndex(kBilling).isValid());
}

QModelIndex TestSyncUi::specIndex(const QString& title) const
{
    return TreeRows::specNamed(view()->model(), title);
}

SpecEditor* TestSyncUi::openSpec(const QString& title)
{
    const qint64 specId = specIndex(title).data(SpecTreeModel::SpecIdRole).toLongLong();
    Q_EMIT view()->activated(specIndex(title));
    if (!QTest::qWaitFor([&] { return tabs()->currentEditor() && tabs()->currentEditor()->specId() == specId; })) {
        return nullptr;
    }
    return tabs()->currentEditor();
}

void TestSyncUi::typeOver(SpecEditor* editor, const QByteArray& from, const QByteArray& to)
{
    const qsizetype start = editor->content().indexOf(from);
    QVERIFY(start >= 0);
    editor->SendScintilla(QsciScintilla::SCI_SETSEL, static_cast<unsigned long>(start), long(start + from.size()));
    QTest::keyClicks(editor, QString::fromUtf8(to));
}

SpecEditor* TestSyncUi::makeConflict(QByteArray* mine, QByteArray* theirs)
{
    SpecEditor* editor = openSpec(kBilling);
    if (!editor) {
        return nullptr;
    }
    const QByteArray base = editor->content();
    // Both keep the shares at 100: a draft with errors would not be sent at all.
    typeOver(editor, "plan_change: 25", "plan_change: 20");
    typeOver(editor, "login_problem: 20", "login_problem: 25");
    *mine = edited(edited(base, "plan_change: 25", "plan_change: 20"), "login_problem: 20", "login_problem: 25");
    *theirs = edited(edited(base, "plan_change: 25", "plan_change: 35"), "login_problem: 20", "login_problem: 10");
    if (editor->content() != *mine || !m_server->putDataFramerContentAsColleague(kBillingId, *theirs)) {
        return nullptr;
    }
    sync()->syncAction()->trigger();
    if (!QTest::qWaitFor([&] { return syncStateOf(kBilling) == QLatin1String("conflict"); })) {
        return nullptr;
    }
    return editor;
}

void TestSyncUi::waitUntilIdle()
{
    QTRY_VERIFY(!sync()->engine()->isBusy());
}

void TestSyncUi::editShowsDraftAndSyncSendsTheExactText()
{
    SpecEditor* editor = openSpec(kBilling);
    QVERIFY(editor);
    QVERIFY(syncStateOf(kBilling) == QLatin1String("synced"));
    QVERIFY(specIndex(kBilling).data(SpecTreeModel::SyncBadgeRole).toString().isEmpty()); // synced is quiet
    const int versions = m_server->dataFramerVersionCount(kBillingId);

    editor->SendScintilla(QsciScintilla::SCI_DOCUMENTEND);
    QTest::keyClicks(editor, QStringLiteral("# reviewed by "));
    editor->insert(QStringLiteral("Zoë ✓")); // as pasted: keystrokes are ASCII only here
    editor->SendScintilla(QsciScintilla::SCI_DOCUMENTEND);
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("draft"));
    QCOMPARE(specIndex(kBilling).data(SpecTreeModel::SyncBadgeRole).toString(), QStringLiteral("draft"));
    QTRY_VERIFY(tabs()->tabText(tabs()->currentIndex()).endsWith(QStringLiteral("• draft")));
    QTRY_VERIFY(statusLabel(QStringLiteral("syncStatusLabel"))->text().contains(QStringLiteral("draft")));

    // More typing, not yet written: Sync sends what the editor holds.
    QTest::keyClicks(editor, QStringLiteral(" again"));
    sync()->syncAction()->trigger();
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("synced"));
    QCOMPARE(m_server->dataFramerLatestContent(kBillingId), editor->content());
    QVERIFY(editor->content().endsWith("# reviewed by Zoë ✓ again"));
    QCOMPARE(m_server->dataFramerVersionCount(kBillingId), versions + 1);
    QTRY_COMPARE(tabs()->tabText(tabs()->currentIndex()), kBilling);
    QVERIFY(specIndex(kBilling).data(SpecTreeModel::SyncBadgeRole).toString().isEmpty());
    QVERIFY(statusLabel(QStringLiteral("syncStatusLabel"))->text().contains(QStringLiteral("synced")));
    QVERIFY(!QApplication::activeModalWidget());
}

void TestSyncUi::offlineQueuesAndTheRetrySendsOnItsOwn()
{
    SpecEditor* editor = openSpec(kBilling);
    QVERIFY(editor);
    typeOver(editor, "login_problem: 20", "login_problem: 15");
    typeOver(editor, "feature_request: 15", "feature_request: 20");
    SandboxFault offline;
    offline.kind = SandboxFault::Kind::DropBeforeStore;
    offline.times = 100000;
    m_server->addFault(offline);

    sync()->syncAction()->trigger();
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("queued"));
    QLabel* offlineLabel = statusLabel(QStringLiteral("offlineStatusLabel"));
    QTRY_VERIFY(offlineLabel->isVisible());
    QVERIFY2(offlineLabel->text().startsWith(QStringLiteral("Offline")), qPrintable(offlineLabel->text()));
    QVERIFY(offlineLabel->text().contains(QStringLiteral("1 draft queued")));
    QVERIFY(tabs()->tabText(tabs()->currentIndex()).endsWith(QStringLiteral("• queued")));
    QVERIFY(sync()->isOffline());
    // Retries keep failing quietly: no dialog, still queued, nothing stored.
    QTRY_VERIFY(sync()->nextRetryDelayMs() == 400);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_server->dataFramerVersionCount(kBillingId), 1);

    // The server is back: the retry timer sends the draft without anyone asking.
    m_server->clearFaults();
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("synced"));
    QCOMPARE(m_server->dataFramerLatestContent(kBillingId), editor->content());
    QCOMPARE(m_server->dataFramerVersionCount(kBillingId), 2);
    QTRY_VERIFY(!offlineLabel->isVisible());
    QVERIFY(!sync()->isOffline());
}

void TestSyncUi::overlappingEditConflictsAndKeepMineIsSentOnce()
{
    QByteArray mine;
    QByteArray theirs;
    SpecEditor* editor = makeConflict(&mine, &theirs);
    QVERIFY(editor);
    const qint64 specId = editor->specId();
    const int versions = m_server->dataFramerVersionCount(kBillingId);
    QCOMPARE(m_server->dataFramerLatestContent(kBillingId), theirs); // nothing was sent
    QTRY_VERIFY(tabs()->tabText(tabs()->currentIndex()).endsWith(QStringLiteral("• conflict")));
    QVERIFY(tabs()->syncBannerText(specId).startsWith(QStringLiteral("Conflict")));
    QVERIFY(specIndex(kBilling).data(Qt::ToolTipRole).toString().contains(QStringLiteral("line")));

    // The banner's Compare shows the server's text beside the draft, in a tab of its own.
    auto* compare = tabs()->currentWidget()->findChild<QPushButton*>(QStringLiteral("compareConflictButton"));
    QVERIFY(compare && compare->isVisible());
    compare->click();
    auto* comparison = qobject_cast<ComparisonView*>(tabs()->currentWidget());
    QVERIFY(comparison);
    QVERIFY(comparison->diffView()->olderPane()->text().contains(QStringLiteral("plan_change: 35")));
    QVERIFY(comparison->diffView()->newerPane()->text().contains(QStringLiteral("plan_change: 20")));
    QVERIFY(tabs()->closeTab(tabs()->currentIndex()));
    QCOMPARE(tabs()->openSpec(editor->specId()), editor);

    // The banner's Resolve opens the merge editor.
    auto* resolve = tabs()->currentWidget()->findChild<QPushButton*>(QStringLiteral("resolveConflictButton"));
    QVERIFY(resolve && resolve->isVisible());
    resolve->click();
    ConflictView* view = sync()->conflictView(specId);
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    // The merge editor: each side's changes from the base, and a result with the conflict marked.
    QVERIFY(view->mineChanges()->changeCount() > 0 && view->theirsChanges()->changeCount() > 0);
    QVERIFY(view->mineChanges()->olderPane()->text().contains(QStringLiteral("plan_change: 20")));
    QVERIFY(view->theirsChanges()->olderPane()->text().contains(QStringLiteral("plan_change: 35")));
    QVERIFY(view->resultEditor()->content().contains("<<<<<<< mine\n"));
    QVERIFY(view->result()->unresolvedCount() > 0);
    QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("useResultButton"))->isEnabled());
    QVERIFY(view->resultProblem().contains(QStringLiteral("conflict")));
    QVERIFY(!QApplication::activeModalWidget());

    view->findChild<QPushButton*>(QStringLiteral("keepMineButton"))->click();
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("draft"));
    QVERIFY(!sync()->conflictView(specId));
    QCOMPARE(editor->content(), mine);
    QCOMPARE(m_server->dataFramerVersionCount(kBillingId), versions); // still nothing sent

    sync()->syncAction()->trigger();
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("synced"));
    QCOMPARE(m_server->dataFramerLatestContent(kBillingId), mine);
    QCOMPARE(m_server->dataFramerVersionCount(kBillingId), versions + 1);
}

void TestSyncUi::takeTheirsShowsTheirsAndUndoBringsMineBack()
{
    QByteArray mine;
    QByteArray theirs;
    SpecEditor* editor = makeConflict(&mine, &theirs);
    QVERIFY(editor);
    const qint64 specId = editor->specId();
    QAction* resolveAction = m_window->findChild<QAction*>(QStringLiteral("resolveConflictMenuAction"));
    QVERIFY(resolveAction);
    resolveAction->trigger();
    QVERIFY(sync()->conflictView(specId));
    sync()->conflictView(specId)->findChild<QPushButton*>(QStringLiteral("takeTheirsButton"))->click();
    QCOMPARE(editor->content(), theirs);
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("synced"));
    QCOMPARE(m_store->spec(specId)->content, theirs);
    QVERIFY(tabs()->syncBannerText(specId).isEmpty());

    // One undo step brings the draft back, and it is a draft again on top of their version.
    editor->undo();
    QCOMPARE(editor->content(), mine);
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("draft"));
    QCOMPARE(m_store->spec(specId)->content, mine);
}

void TestSyncUi::handMergeInTheEditorIsUsedAndSent()
{
    QByteArray mine;
    QByteArray theirs;
    SpecEditor* editor = makeConflict(&mine, &theirs);
    QVERIFY(editor);
    const qint64 specId = editor->specId();
    sync()->showConflict(specId);
    ConflictView* view = sync()->conflictView(specId);
    QVERIFY(view);
    // The view is not modal: the hand merge is typed in the spec's own editor meanwhile.
    typeOver(editor, "plan_change: 20", "plan_change: 27");
    typeOver(editor, "login_problem: 25", "login_problem: 18");
    view->findChild<QPushButton*>(QStringLiteral("useEditorTextButton"))->click();
    const QByteArray merged
        = edited(edited(mine, "plan_change: 20", "plan_change: 27"), "login_problem: 25", "login_problem: 18");
    QCOMPARE(editor->content(), merged);
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("draft"));
    QCOMPARE(m_store->spec(specId)->content, merged);

    sync()->syncAction()->trigger();
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("synced"));
    QCOMPARE(m_server->dataFramerLatestContent(kBillingId), merged);
}

void TestSyncUi::mergeEditorResultIsCheckedUsedAndSent()
{
    QByteArray mine;
    QByteArray theirs;
    SpecEditor* editor = makeConflict(&mine, &theirs);
    QVERIFY(editor);
    const qint64 specId = editor->specId();
    sync()->showConflict(specId);
    ConflictView* view = sync()->conflictView(specId);
    QVERIFY(view);
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view));
    SpecEditor* result = view->resultEditor();
    // The keyboard starts at the first decision.
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("mergeTakeMineButton"));
    auto* useResult = view->findChild<QPushButton*>(QStringLiteral("useResultButton"));
    const qsizetype chunks = view->result()->chunks().chunks().size();
    QVERIFY(chunks >= 1);

    // Keyboard only: Alt+O takes both sides of each change; the result then has each share
    // twice, which its check refuses, so it cannot be used.
    for (qsizetype step = 0; step < chunks; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_O, Qt::AltModifier);
        // A mnemonic clicks its button after a short flash, from the event loop.
        QTRY_COMPARE(view->result()->choiceAt(view->result()->current()), MergeChunks::Choice::Both);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
    }
    QCOMPARE(view->result()->unresolvedCount(), 0);
    QTRY_VERIFY(view->resultProblem().startsWith(QStringLiteral("The result has a problem at line ")));
    QVERIFY(!useResult->isEnabled());
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("mergeStatus"))->text().contains(QStringLiteral("line ")));

    // Alt+H takes theirs, change by change; then a hand edit in the result, kept as typed.
    for (qsizetype step = 0; step < chunks; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::AltModifier);
        QTRY_COMPARE(view->result()->choiceAt(view->result()->current()), MergeChunks::Choice::Theirs);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
    }
    QCOMPARE(result->content(), theirs);
    QCOMPARE(view->result()->choiceAt(0), MergeChunks::Choice::Theirs);
    typeOver(result, "plan_change: 35", "plan_change: 30");
    typeOver(result, "login_problem: 10", "login_problem: 15");
    const QByteArray merged
        = edited(edited(theirs, "plan_change: 35", "plan_change: 30"), "login_problem: 10", "login_problem: 15");
    QCOMPARE(result->content(), merged);
    QTRY_COMPARE(view->result()->choiceAt(0), MergeChunks::Choice::Edited);
    QVERIFY(view->result()->isPlaced());
    QTRY_VERIFY2(useResult->isEnabled(), qPrintable(view->resultProblem()));

    // Alt+U: the result is the draft now, and Sync sends it.
    QTest::keyClick(result, Qt::Key_U, Qt::AltModifier);
    QTRY_VERIFY(!sync()->conflictView(specId));
    QCOMPARE(editor->content(), merged);
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("draft"));
    QCOMPARE(m_store->spec(specId)->content, merged);
    // Compare Draft with Server compares with the server's text, not with the resolution's
    // snapshot, which is newer and the same as the draft.
    const QList<QAction*> actions = sync()->contextActions(specIndex(kBilling), this);
    const auto compare = std::find_if(actions.cbegin(), actions.cend(), [](const QAction* action) {
        return action->objectName() == QLatin1String("compareDraftAction");
    });
    QVERIFY(compare != actions.cend());
    (*compare)->trigger();
    ComparisonView* comparison = nullptr;
    QTRY_VERIFY((comparison = qobject_cast<ComparisonView*>(tabs()->currentWidget())));
    QVERIFY(comparison->diffView()->olderPane()->text().contains(QStringLiteral("plan_change: 35")));
    QVERIFY(comparison->diffView()->newerPane()->text().contains(QStringLiteral("plan_change: 30")));
    qDeleteAll(actions);
    QVERIFY(tabs()->closeTab(tabs()->currentIndex()));

    sync()->syncAction()->trigger();
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("synced"));
    QCOMPARE(m_server->dataFramerLatestContent(kBillingId), merged);
    // Undo in the spec's editor brings the draft from before the merge back.
    editor->undo();
    QCOMPARE(editor->content(), mine);
}

void TestSyncUi::copyToAnotherConnectionBecomesItsDraftAndIsSent()
{
    // A second connection to the same server, as a team with a staging and a live account has.
    QString error;
    Connection second;
    second.name = QStringLiteral("Second DataFramer");
    second.api = ApiKind::DataFramer;
    second.baseUrl = m_server->baseUrl();
    second.id = m_context->connections().add(second, &error);
    QVERIFY2(second.id > 0, qPrintable(error));
    second = *m_context->connections().connection(second.id);
    QVERIFY(SecretsWait::store(m_context->credentials(),
                               second,
                               {{QStringLiteral("token"), m_server->credentials().dataFramerToken}},
                               &error));
    m_tester.reset();
    m_window.reset();
    showWindow();
    for (int row = 0; row < view()->model()->rowCount(); ++row) {
        view()->expand(view()->model()->index(row, 0));
    }
    QTRY_VERIFY(m_store->specSummaries(second.collectionId).size() >= 2);
    const Connection first = *m_context->connections().connectionNamed(kConnection);
    const auto idIn = [this](const Connection& connection, const QString& title) {
        for (const SpecRecord& spec : m_store->specSummaries(connection.collectionId)) {
            if (spec.title == title) {
                return spec.id;
            }
        }
        return qint64(0);
    };
    const qint64 sourceId = idIn(first, kBilling);
    const qint64 targetId = idIn(second, kSupport);
    QVERIFY(sourceId > 0 && targetId > 0);
    QVERIFY(idIn(first, kSupport) > 0);

    // The source is a draft: the copy takes what its editor holds.
    SpecEditor* sourceEditor = tabs()->openSpec(sourceId);
    QVERIFY(sourceEditor);
    typeOver(sourceEditor, "plan_change: 25", "plan_change: 20");
    typeOver(sourceEditor, "login_problem: 20", "login_problem: 25");
    const QByteArray targetBefore = m_store->spec(targetId)->content;
    // The server generates `metadata` and refuses changes to it: the target keeps its own, and
    // this one has none.
    QVERIFY(!targetBefore.contains("\nmetadata:"));
    const QByteArray source = sourceEditor->content();
    QVERIFY(source.contains("\nmetadata:"));
    const QByteArray copied = source.left(source.indexOf("\nmetadata:") + 1);
    QVERIFY(copied.contains("plan_change: 20"));

    const QList<QAction*> actions = sync()->contextActions(specIndex(kBilling), this);
    const auto copyAction = std::find_if(actions.cbegin(), actions.cend(), [](const QAction* action) {
        return action->objectName() == QLatin1String("copyToConnectionAction");
    });
    QVERIFY(copyAction != actions.cend());
    // Only the other connection's specs are offered, never the source's own connection.
    QList<CopyTarget> offered;
    sync()->setCopyTargetChooser([&](const QString&, const QList<CopyTarget>& targets) {
        offered = targets;
        return targetId;
    });
    sync()->copyToConnection(sourceId);
    QVERIFY(!offered.isEmpty());
    for (const CopyTarget& target : std::as_const(offered)) {
        QCOMPARE(target.connectionName, second.name);
    }
    SpecEditor* target = tabs()->editorForSpec(targetId);
    QVERIFY(target);
    QCOMPARE(tabs()->currentEditor(), target);
    QCOMPARE(target->content(), copied);
    QCOMPARE(m_store->spec(targetId)->content, copied);
    auto* model = m_window->findChild<SpecTreeModel*>();
    QTRY_COMPARE(model->syncState(targetId), SyncState::Draft);
    // One undo step, like any edit.
    target->undo();
    QCOMPARE(target->content(), targetBefore);
    target->redo();
    QCOMPARE(target->content(), copied);

    const int versions = m_server->dataFramerVersionCount(kSupportId);
    sync()->syncSpec(targetId);
    QTRY_COMPARE(model->syncState(targetId), SyncState::Synced);
    QCOMPARE(m_server->dataFramerLatestContent(kSupportId), copied);
    QCOMPARE(m_server->dataFramerVersionCount(kSupportId), versions + 1);
    qDeleteAll(actions);
}

void TestSyncUi::cleanMergeShowsInTheEditorAsOneUndoStep()
{
    SpecEditor* editor = openSpec(kBilling);
    QVERIFY(editor);
    const qint64 specId = editor->specId();
    const QByteArray base = editor->content();
    typeOver(editor, "plan_change: 25", "plan_change: 20");
    typeOver(editor, "feature_request: 15", "feature_request: 20");
    const QByteArray mine = editor->content();
    const QByteArray theirs = edited(base, "Customer-support chats", "Customer-support chats (EU)");
    QVERIFY(m_server->putDataFramerContentAsColleague(kBillingId, theirs));
    const int versions = m_server->dataFramerVersionCount(kBillingId);

    sync()->syncAction()->trigger();
    QTRY_VERIFY(editor->content().contains("chats (EU)"));
    QVERIFY(editor->content().contains("plan_change: 20"));
    QCOMPARE(m_store->spec(specId)->content, editor->content());
    QCOMPARE(syncStateOf(kBilling), QStringLiteral("draft"));
    // Left for review: the banner says so, and nothing was sent.
    QVERIFY2(tabs()->syncBannerText(specId).startsWith(QStringLiteral("Merged with changes made on the server")),
             qPrintable(tabs()->syncBannerText(specId)));
    QCOMPARE(m_server->dataFramerVersionCount(kBillingId), versions);
    editor->undo();
    QCOMPARE(editor->content(), mine);
    editor->redo();

    auto* syncButton = tabs()->currentWidget()->findChild<QPushButton*>(QStringLiteral("syncBannerButton"));
    QVERIFY(syncButton && syncButton->isVisible());
    syncButton->click();
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("synced"));
    QCOMPARE(m_server->dataFramerLatestContent(kBillingId), editor->content());
    QCOMPARE(m_server->dataFramerVersionCount(kBillingId), versions + 1);
}

void TestSyncUi::typingDuringAMergingSyncIsKept()
{
    // Slow enough that the typing below is still only in the editor when the merge lands.
    m_settings->setValue(AppSettings::Key::AutosaveDelayMs, AppSettings::kMaxAutosaveDelayMs);
    SpecEditor* editor = openSpec(kBilling);
    QVERIFY(editor);
    const QByteArray base = editor->content();
    typeOver(editor, "plan_change: 25", "plan_change: 20");
    typeOver(editor, "login_problem: 20", "login_problem: 25");
    QVERIFY(m_server->putDataFramerContentAsColleague(
        kBillingId, edited(base, "Customer-support chats", "Customer-support chats (EU)")));
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.method = "GET";
    slow.delayMs = 300;
    m_server->addFault(slow);

    sync()->syncAction()->trigger();
    // Typed while the server is still answering: the merge must not drop it.
    editor->SendScintilla(QsciScintilla::SCI_DOCUMENTEND);
    QTest::keyClicks(editor, QStringLiteral("# typed meanwhile"));
    QTRY_VERIFY(editor->content().contains("chats (EU)"));
    QVERIFY(editor->content().contains("plan_change: 20"));
    QVERIFY(editor->content().endsWith("# typed meanwhile"));
    QCOMPARE(syncStateOf(kBilling), QStringLiteral("draft"));
    QTRY_COMPARE(m_store->spec(editor->specId())->content, editor->content());
}

void TestSyncUi::expiredTokenAsksForCredentialsOnce()
{
    QList<QString> prompted;
    QDialog prompt;
    sync()->setCredentialsPrompt([&](const Connection& connection, const QString& reason) {
        prompted << connection.name + QStringLiteral(": ") + reason;
        return &prompt;
    });
    SpecEditor* billing = openSpec(kBilling);
    QVERIFY(billing);
    typeOver(billing, "plan_change: 25", "plan_change: 30");
    typeOver(billing, "login_problem: 20", "login_problem: 15");
    SpecEditor* support = openSpec(kSupport);
    QVERIFY(support);
    support->SendScintilla(QsciScintilla::SCI_DOCUMENTEND);
    QTest::keyClicks(support, QStringLiteral("# checked"));
    QTRY_COMPARE(syncStateOf(kSupport), QStringLiteral("draft"));
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("draft"));

    SandboxFault expired;
    expired.kind = SandboxFault::Kind::ExpireToken;
    expired.times = 2;
    m_server->addFault(expired);
    sync()->syncAllAction()->trigger();
    QTRY_COMPARE(prompted.size(), 1);
    waitUntilIdle();
    QVERIFY2(prompted.first().startsWith(kConnection), qPrintable(prompted.first()));
    QVERIFY(prompted.first().contains(QStringLiteral("401")));
    QVERIFY(prompt.isVisible());
    QVERIFY(!prompt.isModal());
    QCOMPARE(syncStateOf(kBilling), QStringLiteral("error"));
    QVERIFY(specIndex(kBilling).data(Qt::ToolTipRole).toString().contains(QStringLiteral("401")));

    // Refused again while the question is open: nothing more is asked.
    m_server->addFault(expired);
    sync()->syncAllAction()->trigger();
    waitUntilIdle();
    QCOMPARE(prompted.size(), 1);

    // New secrets stored (the token works again): that connection's drafts go out. How many of
    // the refusals the second run used depends on timing (a spec still queued when the first
    // 401 lands is not sent), so none are left over.
    m_server->clearFaults();
    prompt.accept();
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("synced"));
    QTRY_COMPARE(syncStateOf(kSupport), QStringLiteral("synced"));
    QCOMPARE(m_server->dataFramerLatestContent(kBillingId), billing->content());
    QCOMPARE(m_server->dataFramerLatestContent(kSupportId), support->content());
    QCOMPARE(prompted.size(), 1);
}

void TestSyncUi::credentialsDialogStoresTheNewSecret()
{
    // The token in the keychain is wrong; the real prompt asks for a new one.
    const Connection connection = *m_context->connections().connectionNamed(kConnection);
    QString error;
    QVERIFY(
        SecretsWait::store(m_context->credentials(),
                           connection,
                           {{QStringLiteral("token"), QStringLiteral("sk_wrong_0000000000000000000000000000000000")}},
                           &error));
    SpecEditor* editor = openSpec(kBilling);
    QVERIFY(editor);
    typeOver(editor, "plan_change: 25", "plan_change: 30");
    typeOver(editor, "login_problem: 20", "login_problem: 15");
    sync()->syncAction()->trigger();
    CredentialsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CredentialsDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(syncStateOf(kBilling), QStringLiteral("error"));

    QLineEdit* token = dialog->secretEdit(QStringLiteral("token"));
    QVERIFY(token);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::keyClicks(token, m_server->credentials().dataFramerToken);
    dialog->accept();
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("synced"));
    QCOMPARE(m_server->dataFramerLatestContent(kBillingId), editor->content());
    QCOMPARE(SecretsWait::resolve(m_context->credentials(), connection).value(QStringLiteral("token")),
             m_server->credentials().dataFramerToken);
}

void TestSyncUi::queuedDraftsAreSentAfterARestart()
{
    SpecEditor* editor = openSpec(kBilling);
    QVERIFY(editor);
    typeOver(editor, "plan_change: 25", "plan_change: 30");
    typeOver(editor, "login_problem: 20", "login_problem: 15");
    const QByteArray typed = editor->content();
    SandboxFault offline;
    offline.kind = SandboxFault::Kind::DropBeforeStore;
    offline.times = 100000;
    m_server->addFault(offline);
    sync()->syncAction()->trigger();
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("queued"));

    // Quit while offline; start again once the server is back.
    QVERIFY(m_window->close());
    m_tester.reset();
    m_window.reset();
    m_server->clearFaults();
    showWindow();
    QTRY_COMPARE(syncStateOf(kBilling), QStringLiteral("synced"));
    QCOMPARE(m_server->dataFramerLatestContent(kBillingId), typed);
}

void TestSyncUi::deletedOnTheServerOffersExportDraft()
{
    const Connection connection = *m_context->connections().connectionNamed(kConnection);
    RemoteSpec gone;
    gone.id = QStringLiteral("0d0d0d0d-0000-4000-8000-000000000000");
    gone.name = QStringLiteral("Deleted meanwhile");
    gone.content = "spec:\n  description: x\n";
    gone.hasContent = true;
    QString error;
    QVERIFY(m_context->specs().record(connection, gone, &error));
    QTRY_VERIFY(specIndex(gone.name).isValid());
    const qint64 specId = specIndex(gone.name).data(SpecTreeModel::SpecIdRole).toLongLong();
    SpecEditor* editor = tabs()->openSpec(specId);
    QVERIFY(editor);
    editor->SendScintilla(QsciScintilla::SCI_DOCUMENTEND);
    QTest::keyClicks(editor, QStringLiteral("  requirements: mine"));

    sync()->syncAction()->trigger();
    QTRY_COMPARE(syncStateOf(gone.name), QStringLiteral("error"));
    QTRY_VERIFY(tabs()->syncBannerText(specId).contains(QStringLiteral("deleted on the server")));
    auto* exportButton = tabs()->currentWidget()->findChild<QPushButton*>(QStringLiteral("exportDraftButton"));
    QVERIFY(exportButton && exportButton->isVisible());

    const QString path = m_dir->filePath(QStringLiteral("exported.yaml"));
    QString suggested;
    sync()->setExportPathChooser([&](const QString& suggestedPath) {
        suggested = suggestedPath;
        return path;
    });
    exportButton->click();
    QVERIFY(suggested.endsWith(QStringLiteral("Deleted meanwhile.yaml")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), editor->content());
    QVERIFY(!QApplication::activeModalWidget());
}

void TestSyncUi::serverRefusalShowsAtItsFieldInTheForm()
{
    const QString claims = QStringLiteral("Claims triage assistant");
    SandboxConnections::add(*m_context, *m_server, ApiKind::ScaleGp, QStringLiteral("Scale"));
    QModelIndex scale;
    QTRY_VERIFY((scale = TreeRows::childNamed(view()->model(), {}, QStringLiteral("Scale"))).isValid());
    view()->expand(scale);
    QTRY_VERIFY(specIndex(claims).isValid());
    SpecEditor* editor = openSpec(claims);
    QVERIFY(editor);
    auto* form = m_window->findChild<SpecFormPanel*>();
    QVERIFY(form);
    QTRY_VERIFY(form->control(QStringLiteral("name")) != nullptr);

    // The server's own check of the name (a 422 that names the field), as Scale GP answers it.
    typeOver(editor, "Claims triage assistant", "Claims triage assistant for every line of business");
    SandboxFault tooLong;
    tooLong.kind = SandboxFault::Kind::Reject;
    tooLong.method = "PATCH";
    tooLong.status = 422;
    tooLong.field = QStringLiteral("name");
    tooLong.message = QStringLiteral("String should have at most 40 characters");
    m_server->addFault(tooLong);
    sync()->syncAction()->trigger();
    QTRY_COMPARE(syncStateOf(claims), QStringLiteral("error"));
    QTRY_COMPARE(form->rejection(QStringLiteral("name")),
                 QStringLiteral("The server refused this: String should have at most 40 characters"));
    auto* shown = form->findChild<QLabel*>(QStringLiteral("formRejected_name"));
    QVERIFY(shown && shown->isVisibleTo(form));
    // In the error red of the palette (BrightText, used before, is white in a light one).
    QCOMPARE(shown->palette().color(QPalette::WindowText), EditorColours::forPalette(form->palette()).problems[0]);
    QCOMPARE(form->control(QStringLiteral("name"))->accessibleDescription(), form->rejection(QStringLiteral("name")));
    QVERIFY(form->rejection(QStringLiteral("description")).isEmpty());

    // Another spec has nothing to show; coming back shows it again.
    QVERIFY(openSpec(QStringLiteral("Policy wording explainer")));
    QTRY_VERIFY(form->rejection(QStringLiteral("name")).isEmpty());
    editor = openSpec(claims);
    QVERIFY(editor);
    QTRY_VERIFY(!form->rejection(QStringLiteral("name")).isEmpty());

    // Changing the field in the form answers it; the shorter name then goes through.
    auto* name = qobject_cast<QLineEdit*>(form->control(QStringLiteral("name")));
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Claims triage"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(editor->content().contains("\"Claims triage\""));
    QVERIFY(form->rejection(QStringLiteral("name")).isEmpty());
    // The rows were made again when the other spec was shown: look the label up anew.
    shown = form->findChild<QLabel*>(QStringLiteral("formRejected_name"));
    QVERIFY(shown && !shown->isVisibleTo(form));
    sync()->syncAction()->trigger();
    // The server took the new name, and the tree shows it.
    QTRY_COMPARE(syncStateOf(QStringLiteral("Claims triage")), QStringLiteral("synced"));
    QVERIFY(sync()->rejectedFields(editor->specId()).isEmpty());
    QVERIFY(form->rejection(QStringLiteral("name")).isEmpty());
}

QTEST_MAIN(TestSyncUi)
#include "TestSyncUi.moc"
