#include "AppSettings.h"
#include "ComparisonView.h"
#include "DiffView.h"
#include "DraftAutosave.h"
#include "EditorPage.h"
#include "EditorTabs.h"
#include "FileChangeBanner.h"
#include "HistoryPanel.h"
#include "HistoryTimelineModel.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "PagesRead.h"
#include "RemoteContext.h"
#include "RemoteTreeController.h"
#include "ResourceIcons.h"
#include "ResourcePaths.h"
#include "SandboxConnections.h"
#include "SandboxServer.h"
#include "SandboxWorkspaceFixture.h"
#include "SemanticSummaryView.h"
#include "ShareTrendDialog.h"
#include "SpecEditor.h"
#include "SpecHistory.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "StoreQuery.h"
#include "SyncController.h"
#include "SyncEngine.h"
#include "TreeRows.h"
#include "WorkspaceStore.h"
#include "WorkspaceWatcher.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

namespace {

const QString kSupportId = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
const QString kSupport = QStringLiteral("Customer Support Conversations Spec");
const QString kFull = QStringLiteral("Versions full");

QStringList idsOf(const HistoryTimelineModel* model)
{
    QStringList ids;
    for (const HistoryEntry& entry : model->entries()) {
        ids << entry.id;
    }
    return ids;
}

} // namespace

/// The History dock end to end against the in-process sandbox: the timeline of a pulled
/// DataFramer spec, two versions compared in analysts' words and as text, next/previous change,
/// and Restore This Version as one undo step that the next Sync sends as exactly one new version.
class TestHistoryPanel : public QObject, private SandboxWorkspaceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void timelineListsServerVersionsPullAndDraft();
    void thirtyServerVersionsAreListedNewestFirst();
    void comparingTwoVersionsShowsMeaningAndText();
    void compareWithEditorShowsTheUnsavedTyping();
    void aNewerComparisonSupersedesAnOlderOne();
    void anAutosaveReadsNoTextOfTheSpec();
    void restoreIsOneUndoStepAndSyncSendsItOnce();
    void tabAndHistoryFollowSpecdeskCliEdit();
    void shareTrendsChartEveryVersion();
    void compareDraftWithServerFromTheTree();

private:
    SpecEditor* openSpec(const QString& title);
    QModelIndex specIndex(const QString& title) const;
    /// Selects the entries with these ids in the timeline, as Ctrl+click would.
    void select(const QStringList& ids);
    static void typeOver(SpecEditor* editor, const QByteArray& from, const QByteArray& to);
    HistoryPanel* panel() const { return m_window->historyPanel(); }
    HistoryTimelineModel* timeline() const { return panel()->timelineModel(); }
    EditorTabs* tabs() const { return m_window->editorTabs(); }
    QTreeView* view() const { return m_window->specTreePanel()->view(); }

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestHistoryPanel::init()
{
    QString error;
    QVERIFY2(openWorkspace(&error), qPrintable(error));
    SandboxConnections::add(*m_context, *m_server, ApiKind::DataFramer, QStringLiteral("Sandbox DataFramer"));

    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get(), m_context.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(timeline(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    view()->expand(view()->model()->index(0, 0));
    QTRY_VERIFY(specIndex(kSupport).isValid());
}

void TestHistoryPanel::cleanup()
{
    m_tester.reset();
    m_window.reset();
    closeWorkspace();
}

QModelIndex TestHistoryPanel::specIndex(const QString& title) const
{
    return TreeRows::childNamed(view()->model(), view()->model()->index(0, 0), title);
}

SpecEditor* TestHistoryPanel::openSpec(const QString& title)
{
    const qint64 specId = specIndex(title).data(SpecTreeModel::SpecIdRole).toLongLong();
    Q_EMIT view()->activated(specIndex(title));
    if (!QTest::qWaitFor([&] { return tabs()->currentEditor() && tabs()->currentEditor()->specId() == specId; })) {
        return nullptr;
    }
    return tabs()->currentEditor();
}

void TestHistoryPanel::select(const QStringList& ids)
{
    QItemSelectionModel* selection = panel()->timelineView()->selectionModel();
    selection->clearSelection();
    for (const QString& id : ids) {
        const int row = timeline()->rowOf(id);
        QVERIFY2(row >= 0, qPrintable(id));
        selection->select(timeline()->index(row), QItemSelectionModel::Select);
    }
}

void TestHistoryPanel::typeOver(SpecEditor* editor, const QByteArray& from, const QByteArray& to)
{
    const qsizetype start = editor->content().indexOf(from);
    QVERIFY(start >= 0);
    editor->SendScintilla(QsciScintilla::SCI_SETSEL, static_cast<unsigned long>(start), long(start + from.size()));
    QTest::keyClicks(editor, QString::fromUtf8(to));
}

void TestHistoryPanel::timelineListsServerVersionsPullAndDraft()
{
    QCOMPARE(panel()->specId(), qint64(0));
    // Nothing open: no button that would do nothing looks pressable.
    for (const char* name : {"compareButton", "compareWithEditorButton", "restoreVersionButton", "shareTrendsButton"}) {
        auto* button = panel()->findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(button && !button->isEnabled(), name);
    }
    SpecEditor* editor = openSpec(kSupport);
    QVERIFY(editor);
    QCOMPARE(panel()->specId(), editor->specId());
    QTRY_COMPARE(idsOf(timeline()),
                 (QStringList {QStringLiteral("pull-1"), QStringLiteral("v2"), QStringLiteral("v1")}));
    const QModelIndex newestVersion = timeline()->index(timeline()->rowOf(QStringLiteral("v2")));
    QVERIFY(newestVersion.data().toString().startsWith(QStringLiteral("Server version 2")));
    // The server's time of the version, in local time.
    const QDateTime created(QDate(2025, 1, 15), QTime(14, 30), QTimeZone::utc());
    QVERIFY2(newestVersion.data().toString().contains(QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(newestVersion.data().toString()));
    QVERIFY(newestVersion.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Server version 2")));
    // The app's own line icons (one shared QIcon per file), not the style's stock ones.
    const auto iconOf = [this](const QString& id) {
        return timeline()->index(timeline()->rowOf(id)).data(Qt::DecorationRole).value<QIcon>().cacheKey();
    };
    QCOMPARE(iconOf(QStringLiteral("v2")),
             ResourceIcons::themed(ResourcePaths::actionIcon(QStringLiteral("server"))).cacheKey());
    QCOMPARE(iconOf(QStringLiteral("pull-1")),
             ResourceIcons::themed(ResourcePaths::actionIcon(QStringLiteral("pull"))).cacheKey());

    // Typing makes a draft, on top once the autosave has written it.
    typeOver(editor, "positive: 35", "positive: 30");
    QTRY_COMPARE(idsOf(timeline()).value(0), QStringLiteral("draft"));
    QCOMPARE(timeline()->index(0).data(HistoryTimelineModel::KindRole).toString(), QStringLiteral("draft"));
    QCOMPARE(timeline()->rowCount(), 4);

    // Ctrl+6 reaches the panel's list from the keyboard.
    QAction* goToHistory = nullptr;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_6)) {
            goToHistory = action;
        }
    }
    QVERIFY(goToHistory);
    QApplication::setActiveWindow(m_window.get());
    goToHistory->trigger();
    QTRY_VERIFY(panel()->timelineView()->hasFocus());
    QVERIFY(!panel()->timelineView()->accessibleName().isEmpty());

    // Another tab shows that spec's history; no tab, no history.
    QVERIFY(tabs()->closeTab(tabs()->currentIndex()));
    QTRY_COMPARE(panel()->specId(), qint64(0));
    QCOMPARE(timeline()->rowCount(), 0);
}

void TestHistoryPanel::thirtyServerVersionsAreListedNewestFirst()
{
    QVERIFY(openSpec(kFull));
    QTRY_VERIFY(timeline()->rowCount() >= 30);
    QStringList versions;
    for (const QString& id : idsOf(timeline())) {
        if (id.startsWith(QLatin1Char('v'))) {
            versions << id;
        }
    }
    QCOMPARE(versions.size(), 30);
    QCOMPARE(versions.first(), QStringLiteral("v30"));
    QCOMPARE(versions.last(), QStringLiteral("v1"));
}

void TestHistoryPanel::comparingTwoVersionsShowsMeaningAndText()
{
    QVERIFY(openSpec(kSupport));
    QTRY_VERIFY(timeline()->rowOf(QStringLiteral("v1")) >= 0);
    QSignalSpy shown(panel(), &HistoryPanel::comparisonShown);
    select({QStringLiteral("v2"), QStringLiteral("v1")});
    // Read and compared off the GUI thread; shown when done.
    QVERIFY(panel()->isComparing());
    QVERIFY(shown.wait());
    QVERIFY(!panel()->isComparing());

    // Older to newer whatever the order of the clicks.
    const QStringList changes = panel()->summaryView()->changes();
    const QString sentiment = changes.filter(QStringLiteral("sentiment:")).value(0);
    QVERIFY2(sentiment.contains(QStringLiteral("positive 40 → 35")), qPrintable(changes.join(QLatin1Char('|'))));
    QVERIFY2(sentiment.contains(QStringLiteral("+mixed 15")), qPrintable(sentiment));
    QVERIFY2(changes.contains(QStringLiteral("−priority")), qPrintable(changes.join(QLatin1Char('|'))));
    QVERIFY(panel()->summaryView()->barPairCount() >= 1);

    DiffView* diff = panel()->diffView();
    QVERIFY(diff->changeCount() >= 2);
    QCOMPARE(diff->currentChange(), 0);
    QVERIFY(diff->olderPane()->text().contains(QStringLiteral("positive: 40")));
    QVERIFY(diff->newerPane()->text().contains(QStringLiteral("positive: 35")));
    // Side by side, the panes line up row for row.
    QCOMPARE(diff->olderPane()->lines(), diff->newerPane()->lines());
    // The same comparison in a tab of the editor area, full width.
    auto* windowButton = panel()->findChild<QPushButton*>(QStringLiteral("comparisonWindowButton"));
    QVERIFY(windowButton && windowButton->isEnabled());
    const int tabsBefore = tabs()->count();
    windowButton->click();
    auto* window = qobject_cast<ComparisonView*>(tabs()->currentWidget());
    QVERIFY(window && window->isVisible());
    QCOMPARE(tabs()->count(), tabsBefore + 1);
    QVERIFY(tabs()->tabText(tabs()->currentIndex()).contains(QStringLiteral("↔")));
    QCOMPARE(window->diffView()->changeCount(), diff->changeCount());
    QVERIFY(window->diffView()->newerPane()->text().contains(QStringLiteral("positive: 35")));
    QCOMPARE(window->width(), tabs()->currentWidget()->width());
    // Taller than the dock's: the tab has the editor area's height; and as the area is too
    // narrow for two texts side by side, the panels make way while the comparison is shown.
    QVERIFY(window->diffView()->olderPane()->height() > 2 * diff->olderPane()->height());
    auto* maximize = m_window->findChild<QAction*>(QStringLiteral("maximizeEditorAreaAction"));
    QVERIFY(maximize && maximize->isChecked());
    QTRY_VERIFY(!panel()->isVisible());
    QTRY_VERIFY(window->width() > m_window->width() * 9 / 10);
    // Asked again, the same tab comes forward rather than a second one.
    windowButton->click();
    QCOMPARE(tabs()->count(), tabsBefore + 1);
    QVERIFY(tabs()->closeTab(tabs()->currentIndex()));
    QCOMPARE(tabs()->count(), tabsBefore);
    // Back at the spec's tab, the panels are back as they were.
    QVERIFY(!maximize->isChecked());
    QTRY_VERIFY(panel()->isVisible());

    int line = -1;
    int column = -1;
    diff->newerPane()->getCursorPosition(&line, &column);
    const int firstChangeLine = line;
    diff->findChild<QPushButton*>(QStringLiteral("nextChangeButton"))->click();
    QCOMPARE(diff->currentChange(), 1);
    diff->newerPane()->getCursorPosition(&line, &column);
    QVERIFY(line > firstChangeLine);
    int olderLine = -1;
    diff->olderPane()->getCursorPosition(&olderLine, &column);
    QCOMPARE(olderLine, line);
    diff->findChild<QPushButton*>(QStringLiteral("previousChangeButton"))->click();
    QCOMPARE(diff->currentChange(), 0);
    diff->newerPane()->getCursorPosition(&line, &column);
    QCOMPARE(line, firstChangeLine);

    // F7 and Shift+F7 from the list.
    m_window->findChild<QDockWidget*>(QStringLiteral("historyDock"))->raise();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    panel()->timelineView()->setFocus();
    QTest::keyClick(panel()->timelineView(), Qt::Key_F7);
    QTRY_COMPARE(diff->currentChange(), 1);
    QTest::keyClick(panel()->timelineView(), Qt::Key_F7, Qt::ShiftModifier);
    QTRY_COMPARE(diff->currentChange(), 0);

    // Inline: one pane with both sides' lines; the changes stay the same.
    const int count = diff->changeCount();
    diff->setInline(true);
    QVERIFY(!diff->newerPane()->isVisibleTo(diff));
    QVERIFY(diff->olderPane()->text().contains(QStringLiteral("positive: 40")));
    QVERIFY(diff->olderPane()->text().contains(QStringLiteral("positive: 35")));
    QCOMPARE(diff->changeCount(), count);
    diff->nextChange();
    QCOMPARE(diff->currentChange(), 1);
}

void TestHistoryPanel::compareWithEditorShowsTheUnsavedTyping()
{
    SpecEditor* editor = openSpec(kSupport);
    QVERIFY(editor);
    QTRY_VERIFY(timeline()->rowOf(QStringLiteral("v2")) >= 0);
    typeOver(editor, "negative: 25", "negative: 20");
    select({QStringLiteral("v2")});
    QVERIFY(panel()->compareWithEditorAction()->isEnabled());
    QVERIFY(!panel()->restoreAction()->text().isEmpty());
    QSignalSpy shown(panel(), &HistoryPanel::comparisonShown);
    panel()->compareWithEditorAction()->trigger();
    QVERIFY(shown.wait());
    QCOMPARE(panel()->diffView()->changeCount(), 1);
    QVERIFY(panel()->diffView()->newerPane()->text().contains(QStringLiteral("negative: 20")));
    const QString sentiment = panel()->summaryView()->changes().filter(QStringLiteral("sentiment:")).value(0);
    QVERIFY2(sentiment.contains(QStringLiteral("negative 25 → 20")), qPrintable(sentiment));
}

void TestHistoryPanel::aNewerComparisonSupersedesAnOlderOne()
{
    QVERIFY(openSpec(kSupport));
    QTRY_VERIFY(timeline()->rowOf(QStringLiteral("pull-1")) >= 0);
    QSignalSpy shown(panel(), &HistoryPanel::comparisonShown);
    // The user clicks on before the first comparison is done: only the last one is shown.
    select({QStringLiteral("v1"), QStringLiteral("pull-1")});
    select({QStringLiteral("v2"), QStringLiteral("v1")});
    QVERIFY(shown.wait());
    const auto* title = panel()->findChild<QLabel*>(QStringLiteral("comparisonTitleLabel"));
    QCOMPARE(title->text(), QStringLiteral("Server version 1 → Server version 2"));
    QVERIFY(panel()
                ->summaryView()
                ->changes()
                .filter(QStringLiteral("sentiment:"))
                .value(0)
                .contains(QStringLiteral("positive 40 → 35")));
    // The worker answers in order, so the first one's result came (and was dropped) before this.
    QCOMPARE(shown.count(), 1);
    // Another spec drops a comparison still on its way too.
    select({QStringLiteral("pull-1"), QStringLiteral("v1")});
    QVERIFY(tabs()->closeTab(tabs()->currentIndex()));
    QTRY_COMPARE(panel()->specId(), qint64(0));
    QVERIFY(openSpec(kSupport));
    QTRY_VERIFY(timeline()->rowOf(QStringLiteral("v1")) >= 0);
    select({QStringLiteral("v2"), QStringLiteral("v1")});
    QVERIFY(shown.wait());
    QCOMPARE(shown.count(), 2);
    QCOMPARE(title->text(), QStringLiteral("Server version 1 → Server version 2"));
}

void TestHistoryPanel::anAutosaveReadsNoTextOfTheSpec()
{
    // A 4 MB draft over a 4 MB base: walking either takes some 1,000 pages.
    const qint64 specId = specIndex(kSupport).data(SpecTreeModel::SpecIdRole).toLongLong();
    QByteArray big = m_store->spec(specId)->content;
    for (int line = 0; big.size() < 4 * 1000 * 1000; ++line) {
        big += "# notes on the holdout set, line " + QByteArray::number(line) + '\n';
    }
    QVERIFY(m_store->saveSpecContent(specId, big, nullptr));
    QSqlQuery base(m_store->database());
    QVERIFY(base.exec(QStringLiteral("UPDATE specs SET base_content = content, base_hash = content_hash")));
    SpecEditor* editor = openSpec(kSupport);
    QVERIFY(editor);
    QTRY_COMPARE(panel()->specId(), specId);
    DraftAutosave* autosave = tabs()->autosaveForSpec(specId);
    QVERIFY(autosave);

    QSignalSpy saved(autosave, &DraftAutosave::saved);
    const qint64 before = pagesRead(m_store->database());
    QVERIFY(before >= 0);
    typeOver(editor, "positive: 35", "positive: 30");
    // Every listener of the store has reacted once the autosave says it is saved; the watcher's
    // listeners react to the write of the draft writer's connection when it is checked.
    QVERIFY(saved.wait());
    m_window->workspaceWatcher()->check();
    const qint64 read = pagesRead(m_store->database()) - before;
    QVERIFY2(read < 200, qPrintable(QString::number(read)));
    // And they did react: the draft is listed, the tab and the tree know.
    QTRY_COMPARE(idsOf(timeline()).value(0), QStringLiteral("draft"));
    QCOMPARE(m_store->contentHash(specId), StoreQuery::hashOf(editor->content()));
}

void TestHistoryPanel::restoreIsOneUndoStepAndSyncSendsItOnce()
{
    SpecEditor* editor = openSpec(kSupport);
    QVERIFY(editor);
    const qint64 specId = editor->specId();
    QTRY_VERIFY(timeline()->rowOf(QStringLiteral("v1")) >= 0);
    typeOver(editor, "positive: 35", "positive: 30");
    const QByteArray typed = editor->content();
    QTRY_COMPARE(idsOf(timeline()).value(0), QStringLiteral("draft"));
    const std::optional<HistoryEntry> v1 = SpecHistory(m_store.get()).entry(specId, QStringLiteral("v1"));
    QVERIFY(v1);
    QVERIFY(v1->content.contains("positive: 40"));
    const int versions = m_server->dataFramerVersionCount(kSupportId);
    QCOMPARE(versions, 2);

    // The draft entry itself is not something to restore.
    select({QStringLiteral("draft")});
    QVERIFY(!panel()->restoreAction()->isEnabled());
    select({QStringLiteral("v1")});
    auto* restore = panel()->findChild<QPushButton*>(QStringLiteral("restoreVersionButton"));
    QVERIFY(restore->isEnabled());
    QCOMPARE(restore->text(), QStringLiteral("&Restore This Version"));
    QSignalSpy restored(panel(), &HistoryPanel::restoreFinished);
    restore->click();
    QVERIFY(restored.wait());

    QCOMPARE(editor->content(), v1->content);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("next Sync")));
    QTRY_VERIFY(timeline()->rowOf(QStringLiteral("restore-1")) >= 0);
    QTRY_COMPARE(m_store->spec(specId)->content, v1->content);

    // One undo step: Undo brings back the typing, Redo the restored text.
    editor->undo();
    QCOMPARE(editor->content(), typed);
    editor->redo();
    QCOMPARE(editor->content(), v1->content);

    // Sync sends it as one new version, byte for byte; the older ones stay.
    m_window->syncController()->syncAction()->trigger();
    QTRY_COMPARE(m_server->dataFramerVersionCount(kSupportId), versions + 1);
    QTRY_VERIFY(!m_window->syncController()->engine()->isBusy());
    QCOMPARE(m_server->dataFramerVersionCount(kSupportId), versions + 1);
    QCOMPARE(m_server->dataFramerLatestContent(kSupportId), v1->content);
}

void TestHistoryPanel::tabAndHistoryFollowSpecdeskCliEdit()
{
    SpecEditor* editor = openSpec(kSupport);
    QVERIFY(editor);
    QTRY_COMPARE(idsOf(timeline()).value(0), QStringLiteral("pull-1"));
    const QByteArray before = editor->content();
    QByteArray edited = before;
    edited.replace("positive: 35", "positive: 30");
    QVERIFY(edited != before);
    const QString file = m_dir->filePath(QStringLiteral("from-cli.yaml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(edited);
    out.close();

    // A real second process on the same workspace, while the tab is open without edits.
    QProcess cli;
    cli.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    cli.start(QStringLiteral(SPECDESK_CLI_PATH),
              {QStringLiteral("--workspace"),
               m_dir->path(),
               QStringLiteral("edit"),
               QStringLiteral("Sandbox DataFramer/") + kSupportId,
               QStringLiteral("--from"),
               file});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    QTRY_COMPARE(editor->content(), edited);
    QTRY_COMPARE(idsOf(timeline()).value(0), QStringLiteral("draft"));
    QVERIFY(tabs()->pageForSpec(editor->specId())->fileChangeBanner()->isHidden());
    QCOMPARE(m_store->spec(editor->specId())->content, edited);
    // The reload is one undo step.
    editor->undo();
    QCOMPARE(editor->content(), before);
}

void TestHistoryPanel::shareTrendsChartEveryVersion()
{
    QVERIFY(openSpec(kFull));
    QTRY_VERIFY(timeline()->rowCount() >= 30);
    auto* button = panel()->findChild<QPushButton*>(QStringLiteral("shareTrendsButton"));
    QVERIFY(button && button->isEnabled());
    QSignalSpy shown(panel(), &HistoryPanel::shareTrendsShown);
    button->click();
    QVERIFY(shown.wait(10000));
    auto* dialog = qobject_cast<ShareTrendDialog*>(shown.first().first().value<QDialog*>());
    QVERIFY(dialog);
    // One column per server version, oldest first; a row per value, each cell a percentage.
    QTableWidget* table = dialog->table();
    QCOMPARE(table->columnCount(), 30);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("v1"));
    QCOMPARE(table->horizontalHeaderItem(29)->text(), QStringLiteral("v30"));
    QVERIFY(table->rowCount() > 0);
    QVERIFY(table->item(0, 0)->text().endsWith(QLatin1Char('%')));
    QVERIFY(!dialog->findChild<QWidget*>(QStringLiteral("shareTrendChart"))->accessibleDescription().isEmpty());
    dialog->close();
}

void TestHistoryPanel::compareDraftWithServerFromTheTree()
{
    const auto compareAction = [this](const QString& title) -> QAction* {
        const QList<QAction*> actions = m_window->remoteTreeController()->contextActions(specIndex(title), this);
        for (QAction* action : actions) {
            if (action->objectName() == QLatin1String("compareDraftAction")) {
                return action;
            }
        }
        return nullptr;
    };
    // A spec just as the server sent it has nothing to compare.
    QVERIFY(compareAction(kSupport) == nullptr);

    SpecEditor* editor = openSpec(kSupport);
    QVERIFY(editor);
    typeOver(editor, "positive: 35", "positive: 30");
    QTRY_COMPARE(idsOf(timeline()).value(0), QStringLiteral("draft"));
    // From another spec's tab, as a user right-clicks a spec in the tree.
    QVERIFY(tabs()->closeTab(tabs()->currentIndex()));
    QTRY_VERIFY(compareAction(kSupport) != nullptr);
    compareAction(kSupport)->trigger();
    ComparisonView* window = nullptr;
    QTRY_VERIFY((window = qobject_cast<ComparisonView*>(tabs()->currentWidget())) && window->isVisible());
    QCOMPARE(panel()->specId(), specIndex(kSupport).data(SpecTreeModel::SpecIdRole).toLongLong());
    QVERIFY(window->diffView()->changeCount() >= 1);
    QVERIFY(window->diffView()->olderPane()->text().contains(QStringLiteral("positive: 35")));
    QVERIFY(window->diffView()->newerPane()->text().contains(QStringLiteral("positive: 30")));
    QVERIFY(tabs()->closeTab(tabs()->currentIndex()));

    // Asked again for the same two: the tab comes back without a new comparison.
    QTRY_VERIFY(tabs()->findChild<ComparisonView*>() == nullptr); // closed tabs go
    compareAction(kSupport)->trigger();
    QTRY_VERIFY((window = qobject_cast<ComparisonView*>(tabs()->currentWidget())) && window->isVisible());
    QVERIFY(window->diffView()->newerPane()->text().contains(QStringLiteral("positive: 30")));

    // The spec's tab closes behind the comparison: the comparison stays in view, not the welcome.
    const qint64 specId = specIndex(kSupport).data(SpecTreeModel::SpecIdRole).toLongLong();
    QVERIFY(tabs()->closeTab(tabs()->indexOf(tabs()->pageForSpec(specId))));
    QCOMPARE(tabs()->currentWidget(), window);
    QVERIFY(window->isVisible());
    QVERIFY(tabs()->isVisible());
}

QTEST_MAIN(TestHistoryPanel)
#include "TestHistoryPanel.moc"
