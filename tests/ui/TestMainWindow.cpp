#include "AppSettings.h"
#include "DistributionPanel.h"
#include "EditorTabs.h"
#include "HistoryPanel.h"
#include "MainWindow.h"
#include "OtherProgram.h"
#include "SampleSpecs.h"
#include "SpecEditor.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "WindowSession.h"
#include "WorkspaceStore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace {

using Session = WindowSession;

QModelIndex treeIndexOfKind(QTreeView* view, const QString& kindId)
{
    QAbstractItemModel* model = view->model();
    for (int c = 0; c < model->rowCount(); ++c) {
        const QModelIndex collection = model->index(c, 0);
        for (int s = 0; s < model->rowCount(collection); ++s) {
            const QModelIndex spec = model->index(s, 0, collection);
            if (spec.data(SpecTreeModel::KindIdRole).toString() == kindId) {
                return spec;
            }
        }
    }
    return {};
}

QByteArray storedContent(const QString& directory, qint64 specId)
{
    // Read through a separate connection, as the next start of the app would.
    WorkspaceStore reader;
    QString error;
    if (!reader.open(directory, &error)) {
        return {};
    }
    const auto spec = reader.spec(specId);
    return spec ? spec->content : QByteArray();
}

QAction* actionWithShortcut(QMainWindow* window, const QKeySequence& shortcut)
{
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->shortcut() == shortcut) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fileOpenStoresTheFileOffTheGuiThread();
    void typedTextSurvivesANewWindow();
    void keyboardOpensASpecFromTheTree();
    void closingATabSavesAtOnce();
    void panelsMenusAndStatusAreInPlace();
    void layoutIsRestored();
    void syntaxErrorsReachTheProblemsPanel();
    void distributionsFollowTheCurrentSpec();
    void openAndSaveAnOrdinaryFile();
    void findShortcutWorksFromTheEditor();
    void openTabsComeBackAfterACrash();
    void kindChoiceChangesTheChecks();
    void saveAfterRestartNeverWritesOldTextOverTheFile();
    void fileChangedWhileRunningIsReloadedAndRevertFollows();
    void closingAModifiedFileTabAsks();
    void remoteMenuStartsTheSandbox();

private:
    /// A file outside the workspace folder holding `content`.
    QString writeOutsideFile(const QByteArray& content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMainWindow::typedTextSurvivesANewWindow()
{
    qint64 specId = 0;
    QByteArray expected;
    {
        Session session(m_dir->path());
        QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));
        QTreeView* tree = session.window->specTreePanel()->view();
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 3);

        const QModelIndex sample = treeIndexOfKind(tree, QStringLiteral("dataframer"));
        QVERIFY(sample.isValid());
        // A real double-click starts with a click; QTest's widget mouseDClick sends only the second half.
        const QPoint onSample = tree->visualRect(sample).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, onSample);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, onSample);
        SpecEditor* editor = session.window->editorTabs()->currentEditor();
        QVERIFY(editor);
        specId = editor->specId();
        const QByteArray original = editor->content();
        QVERIFY(original.startsWith("spec:\n"));

        QTest::keyClicks(editor, QStringLiteral("# tuned by SpecDesk "));
        // QTest types ASCII only; a non-ASCII key arrives as a key event carrying its text.
        QKeyEvent eAcute(QEvent::KeyPress, Qt::Key_Eacute, Qt::NoModifier, QStringLiteral("\u00e9"));
        QApplication::sendEvent(editor, &eAcute);
        QTest::keyClick(editor, Qt::Key_Return);
        expected = QByteArray("# tuned by SpecDesk \xC3\xA9\n") + original;
        QCOMPARE(editor->content(), expected);

        // Autosave writes it to the database within a second of the last keystroke.
        QTRY_COMPARE_WITH_TIMEOUT(storedContent(m_dir->path(), specId), expected, 5000);
        session.window->close();
    }
    Session restarted(m_dir->path());
    SpecEditor* reopened = restarted.window->editorTabs()->currentEditor();
    QVERIFY2(reopened, "the open tab is restored on the next start");
    QCOMPARE(reopened->specId(), specId);
    QCOMPARE(reopened->content(), expected);
}

void TestMainWindow::keyboardOpensASpecFromTheTree()
{
    Session session(m_dir->path());
    QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));
    QTreeView* tree = session.window->specTreePanel()->view();
    tree->setFocus();
    tree->setCurrentIndex(treeIndexOfKind(tree, QStringLiteral("adobe")));
    QTest::keyClick(tree, Qt::Key_Return);
    SpecEditor* editor = session.window->editorTabs()->currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->format(), SpecFormat::Json);
    QVERIFY(editor->content().contains("RestStorageToAEP"));
    QCOMPARE(session.window->editorTabs()->count(), 1);

    // Activating the same spec again focuses its tab instead of opening a second one.
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(session.window->editorTabs()->count(), 1);
}

void TestMainWindow::closingATabSavesAtOnce()
{
    {
        AppSettings slow(AppSettings::filePathForWorkspace(m_dir->path()));
        slow.setValue(AppSettings::Key::AutosaveDelayMs, AppSettings::kMaxAutosaveDelayMs);
    }
    Session session(m_dir->path());
    EditorTabs* tabs = session.window->editorTabs();
    const qint64 specId = treeIndexOfKind(session.window->specTreePanel()->view(), QStringLiteral("scalegp"))
                              .data(SpecTreeModel::SpecIdRole)
                              .toLongLong();
    SpecEditor* editor = tabs->openSpec(specId);
    QTest::keyClicks(editor, QStringLiteral(" "));
    const QByteArray typed = editor->content();
    QAction* closeTab = actionWithShortcut(session.window.get(), QKeySequence(QKeySequence::Close));
    QVERIFY(closeTab);
    closeTab->trigger();
    QCOMPARE(tabs->count(), 0);
    // No waiting: the close itself wrote the text.
    QCOMPARE(storedContent(m_dir->path(), specId), typed);
}

void TestMainWindow::panelsMenusAndStatusAreInPlace()
{
    Session session(m_dir->path());
    MainWindow* window = session.window.get();
    const struct
    {
        const char* objectName;
        Qt::DockWidgetArea area;
    } docks[] = {
        {"specsDock", Qt::LeftDockWidgetArea},
        {"distributionsDock", Qt::RightDockWidgetArea},
        {"historyDock", Qt::RightDockWidgetArea},
        {"outlineDock", Qt::LeftDockWidgetArea},
        {"problemsDock", Qt::BottomDockWidgetArea},
    };
    for (const auto& expected : docks) {
        auto* dock = window->findChild<QDockWidget*>(QLatin1String(expected.objectName));
        QVERIFY2(dock, expected.objectName);
        QCOMPARE(window->dockWidgetArea(dock), expected.area);
    }
    // The History dock holds the history panel, reachable with Ctrl+6 like the others.
    QVERIFY(qobject_cast<HistoryPanel*>(window->findChild<QDockWidget*>(QStringLiteral("historyDock"))->widget()));
    QVERIFY(actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_6)));
    for (QKeySequence::StandardKey key : {QKeySequence::Open,
                                          QKeySequence::Save,
                                          QKeySequence::SaveAs,
                                          QKeySequence::Close,
                                          QKeySequence::Undo,
                                          QKeySequence::Redo,
                                          QKeySequence::Find,
                                          QKeySequence::Quit}) {
        QVERIFY2(actionWithShortcut(window, QKeySequence(key)), qPrintable(QKeySequence(key).toString()));
    }
    const QString workspace = window->findChild<QLabel*>(QStringLiteral("workspaceStatusLabel"))->text();
    QVERIFY(workspace.contains(m_dir->path()));
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("connectionStatusLabel"))->text().isEmpty());
}

void TestMainWindow::layoutIsRestored()
{
    {
        Session session(m_dir->path());
        QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));
        session.window->findChild<QDockWidget*>(QStringLiteral("problemsDock"))->hide();
        session.window->resize(900, 640);
        session.window->close();
    }
    Session restarted(m_dir->path());
    QVERIFY(QTest::qWaitForWindowExposed(restarted.window.get()));
    QVERIFY(restarted.window->findChild<QDockWidget*>(QStringLiteral("problemsDock"))->isHidden());
    QVERIFY(!restarted.window->findChild<QDockWidget*>(QStringLiteral("specsDock"))->isHidden());
    QCOMPARE(restarted.window->size(), QSize(900, 640));
}

void TestMainWindow::syntaxErrorsReachTheProblemsPanel()
{
    Session session(m_dir->path());
    const qint64 specId = treeIndexOfKind(session.window->specTreePanel()->view(), QStringLiteral("dataframer"))
                              .data(SpecTreeModel::SpecIdRole)
                              .toLongLong();
    SpecEditor* editor = session.window->editorTabs()->openSpec(specId);
    QTest::keyClicks(editor, QStringLiteral("bad: [unclosed"));
    QTest::keyClick(editor, Qt::Key_Return);
    auto* problems = session.window->findChild<QTreeView*>(QStringLiteral("problemsView"));
    QVERIFY(problems);
    QTRY_COMPARE_WITH_TIMEOUT(problems->model()->rowCount(), 1, 5000);
    QVERIFY(problems->model()->index(0, 2).data().toString().contains(QStringLiteral("']' is missing")));

    // Activating the problem moves the caret to its place.
    editor->setCursorPosition(10, 0);
    problems->setFocus();
    problems->setCurrentIndex(problems->model()->index(0, 0));
    QTest::keyClick(problems, Qt::Key_Return);
    QCOMPARE(editor->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS), long(editor->diagnostics().first().offset));
}

void TestMainWindow::distributionsFollowTheCurrentSpec()
{
    {
        Session session(m_dir->path());
        DistributionPanel* panel = session.window->distributionPanel();
        QCOMPARE(session.window->findChild<QDockWidget*>(QStringLiteral("distributionsDock"))->widget(), panel);
        QVERIFY(panel->messageLabel()->text().contains(QStringLiteral("No spec is open")));
        const auto idOf = [&](const char* kind) {
            return treeIndexOfKind(session.window->specTreePanel()->view(), QLatin1String(kind))
                .data(SpecTreeModel::SpecIdRole)
                .toLongLong();
        };
        session.window->editorTabs()->openSpec(idOf("dataframer"));
        QTRY_COMPARE(panel->groupCount(), 2);
        session.window->editorTabs()->openSpec(idOf("scalegp"));
        QTRY_VERIFY(panel->messageLabel()->isVisibleTo(panel));
        QTRY_VERIFY(panel->messageLabel()->text().contains(QStringLiteral("DataFramer")));
        QCOMPARE(panel->sampleSize(), 1000);
        panel->sampleSizeBox()->setValue(250);
    }
    Session again(m_dir->path());
    QCOMPARE(again.window->distributionPanel()->sampleSize(), 250);
}

void TestMainWindow::openAndSaveAnOrdinaryFile()
{
    const QString path = m_dir->filePath(QStringLiteral("outside.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\r\n  \"a\": 1\r\n}\r\n");
    }
    Session session(m_dir->path());
    QVERIFY(session.window->openFile(path));
    SpecEditor* editor = session.window->editorTabs()->currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->content(), QByteArray("{\r\n  \"a\": 1\r\n}\r\n"));
    QVERIFY(session.store.collectionByType(QStringLiteral("files")));

    editor->setCursorPosition(3, 0);
    QTest::keyClick(editor, Qt::Key_Return);
    QAction* save = actionWithShortcut(session.window.get(), QKeySequence(QKeySequence::Save));
    QVERIFY(save);
    save->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), editor->content());
    QVERIFY(editor->content().endsWith("\r\n\r\n"));

    // Opening the same file again reuses its spec.
    QVERIFY(session.window->openFile(path));
    QCOMPARE(session.window->editorTabs()->count(), 1);
}

void TestMainWindow::fileOpenStoresTheFileOffTheGuiThread()
{
    const QString path = m_dir->filePath(QStringLiteral("from-dialog.yaml"));
    const QByteArray text = "name: From the dialog\nproperties:\n  tone:\n    values: {calm: 60, curt: 40}\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    Session session(m_dir->path());
    QSignalSpy opened(session.window.get(), &MainWindow::fileOpened);
    // What File > Open does with the chosen file.
    session.window->openFileInBackground(path);
    QVERIFY(opened.wait());
    const qint64 specId = opened.first().first().toLongLong();
    QVERIFY(specId != 0);
    SpecEditor* editor = session.window->editorTabs()->currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->specId(), specId);
    QCOMPARE(editor->content(), text);
    QCOMPARE(session.store.spec(specId)->content, text);
    QCOMPARE(session.store.specByFilePath(path)->id, specId);
    // The tree shows it at once, in the Files collection.
    bool listed = false;
    QAbstractItemModel* model = session.window->specTreePanel()->view()->model();
    for (int c = 0; c < model->rowCount(); ++c) {
        for (int s = 0; s < model->rowCount(model->index(c, 0)); ++s) {
            listed = listed
                     || model->index(s, 0, model->index(c, 0)).data(SpecTreeModel::SpecIdRole).toLongLong() == specId;
        }
    }
    QVERIFY(listed);

    // Again: the same spec, no second one.
    session.window->openFileInBackground(path);
    QVERIFY(opened.wait());
    QCOMPARE(opened.last().first().toLongLong(), specId);
    QCOMPARE(session.window->editorTabs()->count(), 1);

    // A file that is not there says so plainly.
    session.window->openFileInBackground(m_dir->filePath(QStringLiteral("missing.yaml")));
    QVERIFY(opened.wait());
    QCOMPARE(opened.last().first().toLongLong(), qint64(0));
    QVERIFY2(!session.window->statusBar()->currentMessage().isEmpty(),
             qPrintable(session.window->statusBar()->currentMessage()));
}

void TestMainWindow::findShortcutWorksFromTheEditor()
{
    Session session(m_dir->path());
    QVERIFY(QTest::qWaitForWindowActive(session.window.get()));
    const qint64 specId = treeIndexOfKind(session.window->specTreePanel()->view(), QStringLiteral("dataframer"))
                              .data(SpecTreeModel::SpecIdRole)
                              .toLongLong();
    SpecEditor* editor = session.window->editorTabs()->openSpec(specId);
    editor->setFocus();
    const QByteArray before = editor->content();
    // Shortcuts must win over the editor's own key handling, or the keys land in the text.
    QTest::keySequence(editor, QKeySequence(QKeySequence::Find));
    auto* query = session.window->findChild<QLineEdit*>(QStringLiteral("findQueryEdit"));
    QVERIFY(query->isVisible());
    QVERIFY(query->hasFocus());
    QTest::keyClicks(query, QStringLiteral("neutral"));
    QTest::keyClick(query, Qt::Key_Return);
    QCOMPARE(editor->selectedText(), QStringLiteral("neutral"));
    QCOMPARE(editor->content(), before);
    QTest::keyClick(query, Qt::Key_Escape);
    QVERIFY(!query->isVisible());
    QVERIFY(editor->hasFocus());
}

void TestMainWindow::openTabsComeBackAfterACrash()
{
    qint64 specId = 0;
    {
        Session session(m_dir->path());
        specId = treeIndexOfKind(session.window->specTreePanel()->view(), QStringLiteral("scalegp"))
                     .data(SpecTreeModel::SpecIdRole)
                     .toLongLong();
        session.window->editorTabs()->openSpec(specId);
        // Destroying the window without close() skips the close event, as a crash would.
    }
    Session restarted(m_dir->path());
    QVERIFY(restarted.window->editorTabs()->currentEditor());
    QCOMPARE(restarted.window->editorTabs()->currentEditor()->specId(), specId);
}

void TestMainWindow::kindChoiceChangesTheChecks()
{
    const QString path = m_dir->filePath(QStringLiteral("guess.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"name\": 7}");
    }
    Session session(m_dir->path());
    QVERIFY(session.window->openFile(path));
    SpecEditor* editor = session.window->editorTabs()->currentEditor();
    QTRY_VERIFY(!editor->document()->isAnalysisStale());
    QCOMPARE(editor->document()->analysis()->kind, SpecKind::PlainJson);
    QVERIFY(editor->diagnostics().isEmpty());

    QAction* scaleGp = nullptr;
    for (QAction* action : session.window->findChildren<QAction*>()) {
        if (action->data().toString() == QStringLiteral("scalegp")) {
            scaleGp = action;
        }
    }
    QVERIFY(scaleGp);
    scaleGp->trigger();
    QTRY_COMPARE(editor->document()->analysis()->kind, SpecKind::ScaleGp);
    QCOMPARE(editor->diagnostics().size(), 1);
    QCOMPARE(editor->diagnostics().first().code, QStringLiteral("scalegp-type"));
    QVERIFY(scaleGp->isChecked());
    // The choice is the spec's from now on.
    QCOMPARE(session.store.specSummary(editor->specId())->kind, SpecKind::ScaleGp);
}

QString TestMainWindow::writeOutsideFile(const QByteArray& content)
{
    QDir(m_dir->path()).mkpath(QStringLiteral("elsewhere"));
    const QString path = m_dir->filePath(QStringLiteral("elsewhere/outside.yaml"));
    return OtherProgram::writeInPlace(path, content) ? path : QString();
}

/// Issue 16: open a file, quit, change it with another program, start again (the tab comes
/// back), press Ctrl+S without an edit: the old text used to be written over the new.
void TestMainWindow::saveAfterRestartNeverWritesOldTextOverTheFile()
{
    const QString path = writeOutsideFile("a: 1\n");
    {
        Session session(m_dir->path());
        QVERIFY(session.window->openFile(path));
        session.window->close();
    }
    QVERIFY(OtherProgram::replaceByRename(path, "a: 2\n"));
    Session restarted(m_dir->path());
    SpecEditor* editor = restarted.window->editorTabs()->currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->content(), QByteArray("a: 2\n"));
    QAction* save = actionWithShortcut(restarted.window.get(), QKeySequence(QKeySequence::Save));
    save->trigger();
    QCOMPARE(OtherProgram::read(path), QByteArray("a: 2\n"));
    // Undo goes back to the text the tab had before the file changed.
    editor->undo();
    QCOMPARE(editor->content(), QByteArray("a: 1\n"));
}

void TestMainWindow::fileChangedWhileRunningIsReloadedAndRevertFollows()
{
    const QString path = writeOutsideFile("a: 1\n");
    Session session(m_dir->path());
    QVERIFY(session.window->openFile(path));
    SpecEditor* editor = session.window->editorTabs()->currentEditor();
    auto* revert = session.window->findChild<QAction*>(QStringLiteral("revertAction"));
    QVERIFY(revert);
    QVERIFY(!revert->isEnabled());
    QVERIFY(OtherProgram::replaceByRename(path, "a: 2\n"));
    QTRY_COMPARE(editor->content(), QByteArray("a: 2\n"));
    QVERIFY(session.window->statusBar()->currentMessage().contains(QStringLiteral("reloaded")));
    QVERIFY(!revert->isEnabled());

    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    QTRY_VERIFY(revert->isEnabled());
    revert->trigger();
    QCOMPARE(editor->content(), QByteArray("a: 2\n"));
    QTRY_VERIFY(!revert->isEnabled());
}

void TestMainWindow::closingAModifiedFileTabAsks()
{
    const QString path = writeOutsideFile("a: 1\n");
    Session session(m_dir->path());
    QVERIFY(session.window->openFile(path));
    SpecEditor* editor = session.window->editorTabs()->currentEditor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    QAction* closeTab = actionWithShortcut(session.window.get(), QKeySequence(QKeySequence::Close));
    QString asked;
    const auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&asked, button] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(button)->click();
            }
        });
    };
    answer(QMessageBox::Cancel);
    closeTab->trigger();
    QVERIFY(asked.contains(QStringLiteral("outside.yaml")));
    QCOMPARE(session.window->editorTabs()->count(), 1);

    asked.clear();
    answer(QMessageBox::Save);
    closeTab->trigger();
    QVERIFY(!asked.isEmpty());
    QCOMPARE(session.window->editorTabs()->count(), 0);
    QCOMPARE(OtherProgram::read(path), QByteArray("# mine a: 1\n"));
}

void TestMainWindow::remoteMenuStartsTheSandbox()
{
    Session session(m_dir->path());
    auto* start = session.window->findChild<QAction*>(QStringLiteral("startSandboxAction"));
    QVERIFY(start);
    // Under Remote, by the keyboard; with no sandbox in the build there is nothing to start.
    QMenu* remoteMenu = nullptr;
    const QList<QAction*> menus = session.window->menuBar()->actions();
    for (QAction* menu : menus) {
        if (menu->menu() && menu->menu()->actions().contains(start)) {
            remoteMenu = menu->menu();
        }
    }
    QVERIFY(remoteMenu);
    QCOMPARE(remoteMenu->title(), QStringLiteral("&Remote"));
    QVERIFY(!start->isEnabled());

    // The app's starter, as main() supplies it: here it fails the first time, then works.
    int calls = 0;
    session.window->setSandboxStarter([&calls](QString* error) -> qint64 {
        if (++calls == 1) {
            *error = QStringLiteral("port in use");
            return 0;
        }
        return 0x7fffffff; // no such collection: the tour stops there, having started the sandbox
    });
    QVERIFY(start->isEnabled());
    start->trigger();
    QCOMPARE(calls, 1);
    QVERIFY2(session.window->statusBar()->currentMessage().contains(QStringLiteral("port in use")),
             qPrintable(session.window->statusBar()->currentMessage()));
    start->trigger();
    QCOMPARE(calls, 2);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
