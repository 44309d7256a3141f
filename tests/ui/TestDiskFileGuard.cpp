#include "AppSettings.h"
#include "DiffView.h"
#include "DiskFileGuard.h"
#include "DiskFileWatcher.h"
#include "EditorPage.h"
#include "EditorTabs.h"
#include "FileChangeBanner.h"
#include "FileCompareDialog.h"
#include "OtherProgram.h"
#include "SpecEditor.h"
#include "WorkspaceStore.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using OtherProgram::read;
using OtherProgram::replaceByRename;
using OtherProgram::writeInPlace;

namespace {

const QByteArray kOriginal = "name: a\nshare: 40\nother: 60\nlast: 1\n";
const QByteArray kTheirs = "name: b\nshare: 40\nother: 60\nlast: 1\n";

} // namespace

/// Issue 16, "Files changed on disk": a file's tab follows its file when another program
/// changes it, asks when both changed, and a save never writes over a change not seen.
class TestDiskFileGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void changeOnDiskReloadsAnUneditedTabAsOneUndoStep();
    void everyRenameReplaceIsFollowed();
    void changeOnDiskWithLocalEditsAsks();
    void reloadFromTheBannerTakesTheFileText();
    void keepMineLetsTheNextSaveOverwrite();
    void compareShowsTheFileBesideTheEditor();
    void saveNeverWritesOverAnUnseenChange();
    void saveWithEditsOverAnUnseenChangeAsks();
    void deletedFileKeepsItsTabAndText();
    void changedWhileClosedIsReloadedWhenTheTabOpens();
    void changedWhileClosedWithEditsAsksWhenTheTabOpens();
    void revertTakesTheFileTextAsOneUndoStep();
    void closingATabWithUnsavedFileEditsAsks();
    void closePromptIsAMessageBox();

private:
    /// A spec linked to `m_path`, whose file and workspace both hold `content`.
    qint64 addFileSpec(const QByteArray& content);
    FileChangeBanner* bannerOf(qint64 specId) const { return m_tabs->pageForSpec(specId)->fileChangeBanner(); }
    QPushButton* button(qint64 specId, const char* objectName) const
    {
        return bannerOf(specId)->findChild<QPushButton*>(QLatin1String(objectName));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<EditorTabs> m_tabs;
    QString m_path;
    qint64 m_collection = 0;
};

void TestDiskFileGuard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkspaceStore>();
    m_settings = std::make_unique<AppSettings>(AppSettings::filePathForWorkspace(m_dir->path()));
    QString error;
    QVERIFY(m_store->open(m_dir->path(), &error));
    m_collection = m_store->addCollection(QStringLiteral("Files"), QStringLiteral("files"), &error);
    m_path = m_dir->filePath(QStringLiteral("spec.yaml"));
    m_tabs = std::make_unique<EditorTabs>(m_store.get(), m_settings.get());
    m_tabs->resize(900, 600);
    m_tabs->show();
}

void TestDiskFileGuard::cleanup()
{
    m_tabs.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 TestDiskFileGuard::addFileSpec(const QByteArray& content)
{
    if (!writeInPlace(m_path, content)) {
        return 0;
    }
    SpecRecord spec;
    spec.collectionId = m_collection;
    spec.title = QStringLiteral("spec.yaml");
    spec.kind = SpecKind::PlainYaml;
    spec.content = content;
    spec.filePath = m_path;
    QString error;
    return m_store->addSpec(spec, &error);
}

void TestDiskFileGuard::changeOnDiskReloadsAnUneditedTabAsOneUndoStep()
{
    const qint64 specId = addFileSpec(kOriginal);
    SpecEditor* editor = m_tabs->openSpec(specId);
    editor->setCursorPosition(3, 2);
    QVERIFY(writeInPlace(m_path, kTheirs));
    QTRY_COMPARE(editor->content(), kTheirs);
    QVERIFY(bannerOf(specId)->isHidden());
    // The change was on line 0: the caret stays where it was.
    QCOMPARE(editor->caretLineColumn(), qMakePair(4, 3));
    QVERIFY(m_store->isSpecFileBase(specId, kTheirs));
    QTRY_COMPARE(m_store->spec(specId)->content, kTheirs);
    QVERIFY(!m_tabs->diskFiles()->canRevert(specId));
    editor->undo();
    QCOMPARE(editor->content(), kOriginal);
    QVERIFY(!editor->isUndoAvailable());
}

void TestDiskFileGuard::everyRenameReplaceIsFollowed()
{
    const qint64 specId = addFileSpec(kOriginal);
    SpecEditor* editor = m_tabs->openSpec(specId);
    for (int round = 1; round <= 3; ++round) {
        const QByteArray text = "name: round " + QByteArray::number(round) + "\n";
        QVERIFY(replaceByRename(m_path, text));
        QTRY_COMPARE(editor->content(), text);
    }
}

void TestDiskFileGuard::changeOnDiskWithLocalEditsAsks()
{
    const qint64 specId = addFileSpec(kOriginal);
    SpecEditor* editor = m_tabs->openSpec(specId);
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    const QByteArray mine = editor->content();
    QSignalSpy messages(m_tabs.get(), &EditorTabs::problem);
    QVERIFY(replaceByRename(m_path, kTheirs));
    QTRY_VERIFY(!bannerOf(specId)->isHidden());
    QCOMPARE(bannerOf(specId)->reason(), FileChangeBanner::Reason::Changed);
    QVERIFY(bannerOf(specId)->text().contains(QStringLiteral("changed on disk")));
    QVERIFY(button(specId, "reloadFromDiskButton")->isVisible());
    QVERIFY(button(specId, "keepMineButton")->isVisible());
    QVERIFY(button(specId, "compareWithDiskButton")->isVisible());
    QCOMPARE(editor->content(), mine);
    QCOMPARE(read(m_path), kTheirs);
    QVERIFY(!messages.isEmpty());
    QVERIFY(m_tabs->diskFiles()->canRevert(specId));
}

void TestDiskFileGuard::reloadFromTheBannerTakesTheFileText()
{
    const qint64 specId = addFileSpec(kOriginal);
    SpecEditor* editor = m_tabs->openSpec(specId);
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    const QByteArray mine = editor->content();
    QVERIFY(writeInPlace(m_path, kTheirs));
    QTRY_VERIFY(!bannerOf(specId)->isHidden());
    button(specId, "reloadFromDiskButton")->click();
    QCOMPARE(editor->content(), kTheirs);
    QVERIFY(bannerOf(specId)->isHidden());
    QVERIFY(m_store->isSpecFileInSync(specId));
    editor->undo();
    QCOMPARE(editor->content(), mine);
}

void TestDiskFileGuard::keepMineLetsTheNextSaveOverwrite()
{
    const qint64 specId = addFileSpec(kOriginal);
    SpecEditor* editor = m_tabs->openSpec(specId);
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    const QByteArray mine = editor->content();
    QVERIFY(writeInPlace(m_path, kTheirs));
    QTRY_VERIFY(!bannerOf(specId)->isHidden());
    button(specId, "keepMineButton")->click();
    QVERIFY(bannerOf(specId)->isHidden());
    QCOMPARE(editor->content(), mine);
    QVERIFY(m_tabs->saveCurrentToFile(m_path));
    QCOMPARE(read(m_path), mine);
    QVERIFY(m_store->isSpecFileInSync(specId));
}

void TestDiskFileGuard::compareShowsTheFileBesideTheEditor()
{
    const qint64 specId = addFileSpec(kOriginal);
    SpecEditor* editor = m_tabs->openSpec(specId);
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    const QByteArray mine = editor->content();
    QVERIFY(writeInPlace(m_path, kTheirs));
    QTRY_VERIFY(!bannerOf(specId)->isHidden());
    button(specId, "compareWithDiskButton")->click();
    FileCompareDialog* dialog = m_tabs->diskFiles()->compareDialog(specId);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->diffView()->changeCount(), 1);
    QVERIFY(dialog->diffView()->olderPane()->text().contains(QStringLiteral("name: b")));
    QVERIFY(dialog->diffView()->newerPane()->text().contains(QStringLiteral("# mine")));
    dialog->findChild<QPushButton*>(QStringLiteral("compareKeepMineButton"))->click();
    QVERIFY(bannerOf(specId)->isHidden());
    QCOMPARE(editor->content(), mine);
    QVERIFY(m_store->isSpecFileBase(specId, kTheirs));
}

void TestDiskFileGuard::saveNeverWritesOverAnUnseenChange()
{
    const qint64 specId = addFileSpec(kOriginal);
    SpecEditor* editor = m_tabs->openSpec(specId);
    // Saved at once, before the watcher can tell: the save itself must notice.
    QVERIFY(writeInPlace(m_path, kTheirs));
    QVERIFY(!m_tabs->saveCurrentToFile(m_path));
    QCOMPARE(read(m_path), kTheirs);
    // With no edits of its own the tab simply takes the file's text.
    QCOMPARE(editor->content(), kTheirs);
    QVERIFY(bannerOf(specId)->isHidden());
}

void TestDiskFileGuard::saveWithEditsOverAnUnseenChangeAsks()
{
    const qint64 specId = addFileSpec(kOriginal);
    SpecEditor* editor = m_tabs->openSpec(specId);
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    const QByteArray mine = editor->content();
    QVERIFY(replaceByRename(m_path, kTheirs));
    QSignalSpy messages(m_tabs.get(), &EditorTabs::problem);
    QVERIFY(!m_tabs->saveCurrentToFile(m_path));
    QCOMPARE(read(m_path), kTheirs);
    QCOMPARE(editor->content(), mine);
    QVERIFY(!bannerOf(specId)->isHidden());
    QVERIFY(messages.last().first().toString().startsWith(QStringLiteral("Not saved")));
    // Saving to another file is no overwrite of this one.
    const QString elsewhere = m_dir->filePath(QStringLiteral("copy.yaml"));
    QVERIFY(m_tabs->saveCurrentToFile(elsewhere));
    QCOMPARE(read(elsewhere), mine);
    QCOMPARE(m_store->spec(specId)->filePath, elsewhere);
    QCOMPARE(m_tabs->diskFiles()->watcher()->watchedFiles(), QStringList {elsewhere});
}

void TestDiskFileGuard::deletedFileKeepsItsTabAndText()
{
    const qint64 specId = addFileSpec(kOriginal);
    SpecEditor* editor = m_tabs->openSpec(specId);
    QVERIFY(QFile::remove(m_path));
    QTRY_VERIFY(!bannerOf(specId)->isHidden());
    QCOMPARE(bannerOf(specId)->reason(), FileChangeBanner::Reason::Missing);
    QCOMPARE(m_tabs->count(), 1);
    QCOMPARE(editor->content(), kOriginal);
    QVERIFY(!m_tabs->diskFiles()->canRevert(specId));
    button(specId, "saveAgainButton")->click();
    QCOMPARE(read(m_path), kOriginal);
    QVERIFY(bannerOf(specId)->isHidden());
    // Watched again once it is back.
    QVERIFY(writeInPlace(m_path, kTheirs));
    QTRY_COMPARE(editor->content(), kTheirs);
}

void TestDiskFileGuard::changedWhileClosedIsReloadedWhenTheTabOpens()
{
    const qint64 specId = addFileSpec(kOriginal);
    QVERIFY(replaceByRename(m_path, kTheirs));
    SpecEditor* editor = m_tabs->openSpec(specId);
    QCOMPARE(editor->content(), kTheirs);
    QVERIFY(bannerOf(specId)->isHidden());
    QCOMPARE(m_store->spec(specId)->content, kTheirs);
    QVERIFY(m_store->isSpecFileInSync(specId));
}

void TestDiskFileGuard::changedWhileClosedWithEditsAsksWhenTheTabOpens()
{
    const qint64 specId = addFileSpec(kOriginal);
    QString error;
    QVERIFY(m_store->saveSpecContent(specId, "# unsaved edit\n" + kOriginal, &error));
    QVERIFY(replaceByRename(m_path, kTheirs));
    SpecEditor* editor = m_tabs->openSpec(specId);
    QCOMPARE(editor->content(), "# unsaved edit\n" + kOriginal);
    QVERIFY(!bannerOf(specId)->isHidden());
    QCOMPARE(bannerOf(specId)->reason(), FileChangeBanner::Reason::Changed);
}

void TestDiskFileGuard::revertTakesTheFileTextAsOneUndoStep()
{
    const qint64 specId = addFileSpec(kOriginal);
    SpecEditor* editor = m_tabs->openSpec(specId);
    DiskFileGuard* guard = m_tabs->diskFiles();
    QVERIFY(!guard->canRevert(specId));
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    QVERIFY(guard->canRevert(specId));
    QVERIFY(m_tabs->flushAll());
    QVERIFY(guard->canRevert(specId)); // the workspace holds the edit now, not the file
    const QByteArray mine = editor->content();
    QVERIFY(guard->revert(specId));
    QCOMPARE(editor->content(), kOriginal);
    QTRY_VERIFY(!guard->canRevert(specId));
    editor->undo();
    QCOMPARE(editor->content(), mine);
}

void TestDiskFileGuard::closingATabWithUnsavedFileEditsAsks()
{
    const qint64 specId = addFileSpec(kOriginal);
    DiskFileGuard::CloseAnswer answer = DiskFileGuard::CloseAnswer::Cancel;
    QStringList asked;
    m_tabs->diskFiles()->setClosePrompt([&](const QString& fileName) {
        asked << fileName;
        return answer;
    });
    SpecEditor* editor = m_tabs->openSpec(specId);
    // Nothing unsaved: it closes without a word.
    QVERIFY(m_tabs->closeTab(0));
    QVERIFY(asked.isEmpty());

    editor = m_tabs->openSpec(specId);
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    const QByteArray mine = editor->content();
    QVERIFY(!m_tabs->closeTab(0));
    QCOMPARE(asked, QStringList {QStringLiteral("spec.yaml")});
    QCOMPARE(m_tabs->count(), 1);

    answer = DiskFileGuard::CloseAnswer::Save;
    QVERIFY(m_tabs->closeTab(0));
    QCOMPARE(read(m_path), mine);

    editor = m_tabs->openSpec(specId);
    QTest::keyClicks(editor, QStringLiteral("# thrown away "));
    answer = DiskFileGuard::CloseAnswer::Discard;
    QVERIFY(m_tabs->closeTab(0));
    QCOMPARE(read(m_path), mine);
    QCOMPARE(m_store->spec(specId)->content, mine);
    QCOMPARE(asked.size(), 3);
}

void TestDiskFileGuard::closePromptIsAMessageBox()
{
    const qint64 specId = addFileSpec(kOriginal);
    SpecEditor* editor = m_tabs->openSpec(specId);
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box) {
            shown = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    QVERIFY(!m_tabs->closeTab(0));
    QVERIFY(shown.contains(QStringLiteral("spec.yaml")));
    QCOMPARE(m_tabs->count(), 1);
    QCOMPARE(read(m_path), kOriginal);
}

QTEST_MAIN(TestDiskFileGuard)
#include "TestDiskFileGuard.moc"
