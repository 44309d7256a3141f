#include "AppSettings.h"
#include "EditorTabs.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "SampleSpecs.h"
#include "SpecEditor.h"
#include "WindowSession.h"
#include "WorkspaceStore.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>
#include <tuple>

namespace {

using Session = WindowSession;

QSet<QString> openFilePaths(Session& session)
{
    QSet<QString> paths;
    const QList<qint64> ids = session.window->editorTabs()->openSpecIds();
    for (qint64 id : ids) {
        if (const auto spec = session.store.spec(id); spec && !spec->filePath.isEmpty()) {
            paths.insert(spec->filePath);
        }
    }
    return paths;
}

/// Sends a drag of `urls` over `widget` and drops it, as a file manager would: the links, and
/// their text as plain text beside them.
bool dropUrls(QWidget* widget, const QList<QUrl>& urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    QStringList text;
    for (const QUrl& url : urls) {
        text << url.toString();
    }
    mime.setText(text.join(QLatin1Char('\n')));
    const QPoint at = widget->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted()) {
        return false;
    }
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &drop);
    return drop.isAccepted();
}

QList<QAction*> fileEntries(QMenu* menu)
{
    QList<QAction*> entries;
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (!action->data().toString().isEmpty()) {
            entries.append(action);
        }
    }
    return entries;
}

} // namespace

/// `specdesk FILE...`, files dropped on the window and File ▸ Open Recent.
class TestOpenFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void filesGivenAtStartAreOpened();
    void missingFilesAreReportedNotOpened();
    void droppedFilesAreOpened();
    void droppedWebLinksAreIgnoredWithAMessage();
    void fileDroppedOnTheEditorOpensAndTypesNothing();
    void programHelpAllAndUnknownOptions();
    void openRecentListsAndReopens();
    void openRecentKeepsTenNewestFirst();
    void missingRecentFileIsDisabledAndRemovedWhenChosen();

private:
    QString writeFile(const QString& name, const QByteArray& content);

    std::unique_ptr<QTemporaryDir> m_workspace;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestOpenFiles::init()
{
    m_workspace = std::make_unique<QTemporaryDir>();
    m_files = std::make_unique<QTemporaryDir>();
}

QString TestOpenFiles::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

void TestOpenFiles::filesGivenAtStartAreOpened()
{
    const QString first = writeFile(QStringLiteral("first.yaml"), "name: First\n");
    const QString second = writeFile(QStringLiteral("second.json"), "{\"name\": \"Second\"}\n");
    Session session(m_workspace->path());
    QSignalSpy opened(session.window.get(), &MainWindow::fileOpened);
    // What main() does with `specdesk first.yaml second.json`.
    QVERIFY(session.window->openFiles({first, second}).isEmpty());
    QTRY_COMPARE(opened.count(), 2);
    QVERIFY(opened.at(0).first().toLongLong() != 0);
    QVERIFY(opened.at(1).first().toLongLong() != 0);
    QCOMPARE(openFilePaths(session), (QSet<QString> {first, second}));
    QCOMPARE(session.window->editorTabs()->currentEditor()->content(), QByteArray("{\"name\": \"Second\"}\n"));
    QCOMPARE(session.store.spec(session.store.specByFilePath(first)->id)->content, QByteArray("name: First\n"));
    // Opened by any route, they are the recent files, newest first.
    QCOMPARE(session.window->recentFiles()->files(), (QStringList {second, first}));
}

void TestOpenFiles::missingFilesAreReportedNotOpened()
{
    const QString present = writeFile(QStringLiteral("present.yaml"), "name: Present\n");
    const QString missing = m_files->filePath(QStringLiteral("missing.yaml"));
    Session session(m_workspace->path());
    QSignalSpy opened(session.window.get(), &MainWindow::fileOpened);
    // A device would never end (or never answer): only regular files are read.
    const QStringList problems
        = session.window->openFiles({missing, present, m_files->path(), QStringLiteral("/dev/zero")});
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).contains(QStringLiteral("missing.yaml"))
                 && problems.at(0).contains(QStringLiteral("no such")),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(QStringLiteral("folder")), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).contains(QStringLiteral("not a regular file")), qPrintable(problems.at(2)));
    // The good one still opens, and its finishing does not wipe the sentence about the others.
    QVERIFY(opened.wait());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(openFilePaths(session), QSet<QString> {present});
    QVERIFY2(session.window->statusBar()->currentMessage().contains(QStringLiteral("missing.yaml")),
             qPrintable(session.window->statusBar()->currentMessage()));
    QVERIFY(!session.store.specByFilePath(missing));
    QCOMPARE(session.window->recentFiles()->files(), QStringList {present});
}

void TestOpenFiles::droppedFilesAreOpened()
{
    const QString one = writeFile(QStringLiteral("one.yaml"), "name: One\n");
    const QString two = writeFile(QStringLiteral("two.yaml"), "name: Two\n");
    Session session(m_workspace->path());
    QSignalSpy opened(session.window.get(), &MainWindow::fileOpened);
    QVERIFY(session.window->acceptDrops());
    QVERIFY(dropUrls(session.window.get(), {QUrl::fromLocalFile(one), QUrl::fromLocalFile(two)}));
    QTRY_COMPARE(opened.count(), 2);
    QCOMPARE(openFilePaths(session), (QSet<QString> {one, two}));
    QCOMPARE(session.window->recentFiles()->files(), (QStringList {two, one}));

    // A dropped file that is gone by then is reported, not opened.
    QVERIFY(dropUrls(session.window.get(), {QUrl::fromLocalFile(m_files->filePath(QStringLiteral("gone.yaml")))}));
    QVERIFY2(session.window->statusBar()->currentMessage().contains(QStringLiteral("gone.yaml")),
             qPrintable(session.window->statusBar()->currentMessage()));
    QCOMPARE(openFilePaths(session).size(), 2);
}

void TestOpenFiles::fileDroppedOnTheEditorOpensAndTypesNothing()
{
    const QString first = writeFile(QStringLiteral("first.yaml"), "name: First\n");
    const QString second = writeFile(QStringLiteral("second.yaml"), "name: Second\n");
    Session session(m_workspace->path());
    QSignalSpy opened(session.window.get(), &MainWindow::fileOpened);
    session.window->openFiles({first});
    QTRY_COMPARE(opened.count(), 1);
    SpecEditor* editor = session.window->editorTabs()->currentEditor();
    QVERIFY(editor != nullptr);
    const QString before = editor->text();

    // Dropped where most of the window is, on the text: the file opens in its own tab.
    QVERIFY(dropUrls(editor->viewport(), {QUrl::fromLocalFile(second)}));
    QTRY_COMPARE(opened.count(), 2);
    QCOMPARE(openFilePaths(session), (QSet<QString> {first, second}));
    QCOMPARE(editor->text(), before);

    // Text dragged onto the editor is still the editor's to insert.
    QMimeData text;
    text.setText(QStringLiteral("typed"));
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(editor->viewport(), &enter);
    QVERIFY(enter.isAccepted());
}

void TestOpenFiles::programHelpAllAndUnknownOptions()
{
    const auto run = [](const QStringList& arguments) {
        QProcess program;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        program.setProcessEnvironment(environment);
        program.start(QStringLiteral(SPECDESK_GUI_PATH), arguments);
        if (!program.waitForFinished(60000)) {
            program.kill();
            program.waitForFinished();
        }
        return std::make_tuple(program.exitCode(), program.readAllStandardOutput(), program.readAllStandardError());
    };
    // --help-all is a help, not a start of the window.
    const auto [helpAllCode, helpAll, helpAllErrors] = run({QStringLiteral("--help-all")});
    QCOMPARE(helpAllCode, 0);
    QVERIFY2(helpAll.contains("--sandbox") && helpAll.contains("-platform"), helpAll.constData());
    // A mistyped option is refused before anything starts; Qt's own options are not.
    const auto [typoCode, typoOut, typo] = run({QStringLiteral("-platform"),
                                                QStringLiteral("offscreen"),
                                                QStringLiteral("--workspace"),
                                                m_workspace->path(),
                                                QStringLiteral("--sandox")});
    QCOMPARE(typoCode, 2);
    QVERIFY2(typo.contains("unknown option '--sandox'"), typo.constData());
}

void TestOpenFiles::droppedWebLinksAreIgnoredWithAMessage()
{
    const QString local = writeFile(QStringLiteral("local.yaml"), "name: Local\n");
    Session session(m_workspace->path());
    QSignalSpy opened(session.window.get(), &MainWindow::fileOpened);
    const int tabsBefore = session.window->editorTabs()->count();
    QVERIFY(dropUrls(session.window.get(), {QUrl(QStringLiteral("https://example.com/spec.yaml"))}));
    QVERIFY2(session.window->statusBar()->currentMessage().contains(QStringLiteral("ignored")),
             qPrintable(session.window->statusBar()->currentMessage()));
    QCOMPARE(session.window->editorTabs()->count(), tabsBefore);
    QVERIFY(session.window->recentFiles()->files().isEmpty());

    // Mixed: the local file opens, the link is still said to be ignored.
    QVERIFY(dropUrls(session.window.get(),
                     {QUrl(QStringLiteral("https://example.com/other.yaml")), QUrl::fromLocalFile(local)}));
    QVERIFY(opened.wait());
    QCOMPARE(openFilePaths(session).contains(local), true);
    QVERIFY2(session.window->statusBar()->currentMessage().contains(QStringLiteral("ignored")),
             qPrintable(session.window->statusBar()->currentMessage()));

    // Plain text is no drop of files: the window does not take it.
    QMimeData text;
    text.setText(QStringLiteral("name: typed\n"));
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(session.window.get(), &enter);
    QVERIFY(!enter.isAccepted());
}

void TestOpenFiles::openRecentListsAndReopens()
{
    const QString first = writeFile(QStringLiteral("first.yaml"), "name: First\n");
    const QString second = writeFile(QStringLiteral("second.yaml"), "name: Second\n");
    {
        Session session(m_workspace->path());
        QSignalSpy opened(session.window.get(), &MainWindow::fileOpened);
        session.window->openFileInBackground(first);
        QVERIFY(opened.wait());
        QVERIFY(session.window->openFile(second));
        while (session.window->editorTabs()->count() > 0) {
            QVERIFY(session.window->editorTabs()->closeTab(0));
        }
        session.settings.sync();
    }
    // The next start still knows them, from the settings file.
    Session session(m_workspace->path());
    QVERIFY(openFilePaths(session).isEmpty());
    auto* menu = session.window->findChild<QMenu*>(QStringLiteral("openRecentMenu"));
    QVERIFY(menu);
    // Keyboard reachable: it hangs under File.
    QMenu* fileMenu = session.window->menuBar()->actions().first()->menu();
    QVERIFY(fileMenu->actions().contains(menu->menuAction()));
    QVERIFY(menu->title().contains(QLatin1Char('&')));
    Q_EMIT menu->aboutToShow();
    const QList<QAction*> entries = fileEntries(menu);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0)->data().toString(), second);
    QCOMPARE(entries.at(1)->data().toString(), first);
    QVERIFY(entries.at(0)->text().contains(QStringLiteral("second.yaml")));
    QVERIFY(entries.at(0)->isEnabled());

    QSignalSpy opened(session.window.get(), &MainWindow::fileOpened);
    entries.at(1)->trigger();
    QVERIFY(opened.wait());
    QCOMPARE(openFilePaths(session), QSet<QString> {first});
    QCOMPARE(session.window->editorTabs()->currentEditor()->content(), QByteArray("name: First\n"));
    // Reopening makes it the newest.
    QCOMPARE(session.window->recentFiles()->files(), (QStringList {first, second}));

    // Clear Recent empties the list and the menu, and is then disabled.
    auto* clear = menu->findChild<QAction*>(QStringLiteral("clearRecentAction"));
    QVERIFY(clear);
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QTRY_VERIFY(session.window->recentFiles()->files().isEmpty());
    QVERIFY(fileEntries(menu).isEmpty());
    clear = menu->findChild<QAction*>(QStringLiteral("clearRecentAction"));
    QVERIFY(clear && !clear->isEnabled());
}

void TestOpenFiles::openRecentKeepsTenNewestFirst()
{
    Session session(m_workspace->path());
    RecentFiles* recent = session.window->recentFiles();
    QStringList expected;
    for (int i = 0; i < 12; ++i) {
        const QString path = writeFile(QStringLiteral("spec%1.yaml").arg(i), "name: x\n");
        recent->add(path);
        expected.prepend(path);
    }
    recent->add(m_files->filePath(QStringLiteral("spec5.yaml")));
    expected.removeAll(m_files->filePath(QStringLiteral("spec5.yaml")));
    expected.prepend(m_files->filePath(QStringLiteral("spec5.yaml")));
    QCOMPARE(recent->files(), expected.mid(0, RecentFiles::kMaxFiles));
    QCOMPARE(fileEntries(recent->menu()).size(), RecentFiles::kMaxFiles);
}

void TestOpenFiles::missingRecentFileIsDisabledAndRemovedWhenChosen()
{
    const QString kept = writeFile(QStringLiteral("kept.yaml"), "name: Kept\n");
    const QString vanishing = writeFile(QStringLiteral("vanishing.yaml"), "name: Vanishing\n");
    Session session(m_workspace->path());
    const int tabsBefore = session.window->editorTabs()->count();
    RecentFiles* recent = session.window->recentFiles();
    recent->add(kept);
    recent->add(vanishing);
    QMenu* menu = recent->menu();
    Q_EMIT menu->aboutToShow();
    QAction* entry = fileEntries(menu).first();
    QCOMPARE(entry->data().toString(), vanishing);
    QVERIFY(entry->isEnabled());

    // Gone after the menu was built: choosing it drops it with a message, and opens nothing.
    QVERIFY(QFile::remove(vanishing));
    QSignalSpy opened(session.window.get(), &MainWindow::fileOpened);
    entry->trigger();
    QTRY_COMPARE(recent->files(), QStringList {kept});
    QVERIFY2(session.window->statusBar()->currentMessage().contains(QStringLiteral("vanishing.yaml")),
             qPrintable(session.window->statusBar()->currentMessage()));
    QCOMPARE(opened.count(), 0);
    QCOMPARE(session.window->editorTabs()->count(), tabsBefore);

    // Gone before the menu opens: listed, but disabled and marked.
    recent->add(vanishing);
    Q_EMIT menu->aboutToShow();
    const QList<QAction*> entries = fileEntries(menu);
    QCOMPARE(entries.size(), 2);
    QVERIFY(!entries.at(0)->isEnabled());
    QVERIFY(entries.at(0)->text().contains(QStringLiteral("missing")));
    QVERIFY(entries.at(1)->isEnabled());
}

QTEST_MAIN(TestOpenFiles)
#include "TestOpenFiles.moc"
