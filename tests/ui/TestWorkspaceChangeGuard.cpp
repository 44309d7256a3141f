#include "AppSettings.h"
#include "DraftAutosave.h"
#include "EditorPage.h"
#include "EditorTabs.h"
#include "FileChangeBanner.h"
#include "SpecEditor.h"
#include "StoreQuery.h"
#include "WorkspaceChangeGuard.h"
#include "WorkspaceStore.h"
#include "WorkspaceWatcher.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// A tab open in the GUI while another connection (specdesk-cli edit, the sync journal's) changes
/// its draft: the tab follows, or asks, and never writes over the other change unseen.
class TestWorkspaceChangeGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tabWithoutEditsReloadsAsOneUndoStep();
    void tabWithEditsAsksAndKeepMineWritesOver();
    void reloadTakesTheirs();
    void refusedWriteAsksEvenUnwatched();
    void ownMergeRaisesNoBanner();

private:
    FileChangeBanner* bannerOf(EditorTabs* tabs) const;
    void click(EditorTabs* tabs, const QString& buttonName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    /// Another process's connection to the same workspace, such as specdesk-cli's.
    std::unique_ptr<WorkspaceStore> m_other;
    std::unique_ptr<AppSettings> m_settings;
    qint64 m_specId = 0;
};

namespace {
const QByteArray kLoaded = "a: 1\nb: 2\nc: 3\n";
const QByteArray kTheirs = "a: 1\nb: 20 # from specdesk-cli edit\nc: 3\n";
} // namespace

void TestWorkspaceChangeGuard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkspaceStore>();
    m_settings = std::make_unique<AppSettings>(AppSettings::filePathForWorkspace(m_dir->path()));
    m_settings->setValue(AppSettings::Key::AutosaveDelayMs, 1000);
    QString error;
    QVERIFY(m_store->open(m_dir->path(), &error));
    SpecRecord spec;
    spec.collectionId = m_store->addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
    spec.title = QStringLiteral("Shared spec");
    spec.kind = SpecKind::PlainYaml;
    spec.content = kLoaded;
    m_specId = m_store->addSpec(spec, &error);
    m_other = std::make_unique<WorkspaceStore>();
    QVERIFY(m_other->open(m_dir->path(), &error));
}

void TestWorkspaceChangeGuard::cleanup()
{
    m_other.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

FileChangeBanner* TestWorkspaceChangeGuard::bannerOf(EditorTabs* tabs) const
{
    return tabs->pageForSpec(m_specId)->fileChangeBanner();
}

void TestWorkspaceChangeGuard::click(EditorTabs* tabs, const QString& buttonName) const
{
    auto* button = bannerOf(tabs)->findChild<QPushButton*>(buttonName);
    QVERIFY(button && button->isVisibleTo(bannerOf(tabs)));
    button->click();
}

void TestWorkspaceChangeGuard::tabWithoutEditsReloadsAsOneUndoStep()
{
    EditorTabs tabs(m_store.get(), m_settings.get());
    WorkspaceWatcher watcher(m_store.get());
    SpecEditor* editor = tabs.openSpec(m_specId);
    editor->setCursorPosition(2, 1);
    QString error;
    QVERIFY(m_other->saveSpecContent(m_specId, kTheirs, &error));

    QTRY_COMPARE(editor->content(), kTheirs);
    QVERIFY(bannerOf(&tabs)->isHidden());
    int line = 0;
    int column = 0;
    editor->getCursorPosition(&line, &column);
    QCOMPARE(line, 2);
    QCOMPARE(m_store->spec(m_specId)->content, kTheirs);
    QCOMPARE(tabs.autosaveForSpec(m_specId)->knownHash(), StoreQuery::hashOf(kTheirs));
    editor->undo();
    QCOMPARE(editor->content(), kLoaded);
}

void TestWorkspaceChangeGuard::tabWithEditsAsksAndKeepMineWritesOver()
{
    EditorTabs tabs(m_store.get(), m_settings.get());
    WorkspaceWatcher watcher(m_store.get());
    SpecEditor* editor = tabs.openSpec(m_specId);
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    const QByteArray mine = editor->content();
    QString error;
    QVERIFY(m_other->saveSpecContent(m_specId, kTheirs, &error));

    QTRY_VERIFY(!bannerOf(&tabs)->isHidden());
    QCOMPARE(bannerOf(&tabs)->reason(), FileChangeBanner::Reason::ChangedInWorkspace);
    QVERIFY(bannerOf(&tabs)->text().contains(QStringLiteral("Another SpecDesk process changed this spec")));
    QCOMPARE(editor->content(), mine);
    // Neither the autosave nor closing the tab writes over the other change.
    QSignalSpy refused(tabs.autosaveForSpec(m_specId), &DraftAutosave::changedElsewhere);
    QVERIFY(!tabs.flushAll());
    QVERIFY(!tabs.closeTab(0));
    QCOMPARE(refused.count(), 2);
    QVERIFY(!tabs.autosaveForSpec(m_specId)->isFailing());
    QCOMPARE(m_store->spec(m_specId)->content, kTheirs);

    click(&tabs, QStringLiteral("keepMineButton"));
    QVERIFY(bannerOf(&tabs)->isHidden());
    QTRY_COMPARE(m_store->spec(m_specId)->content, mine);
    QVERIFY(tabs.flushAll());
}

void TestWorkspaceChangeGuard::reloadTakesTheirs()
{
    EditorTabs tabs(m_store.get(), m_settings.get());
    WorkspaceWatcher watcher(m_store.get());
    SpecEditor* editor = tabs.openSpec(m_specId);
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    const QByteArray mine = editor->content();
    QString error;
    QVERIFY(m_other->saveSpecContent(m_specId, kTheirs, &error));
    QTRY_VERIFY(!bannerOf(&tabs)->isHidden());

    click(&tabs, QStringLiteral("reloadFromDiskButton"));
    QCOMPARE(editor->content(), kTheirs);
    QVERIFY(bannerOf(&tabs)->isHidden());
    QVERIFY(tabs.flushAll());
    QCOMPARE(m_store->spec(m_specId)->content, kTheirs);
    // Reload is one undo step: the typing is one Ctrl+Z away.
    editor->undo();
    QCOMPARE(editor->content(), mine);
}

void TestWorkspaceChangeGuard::refusedWriteAsksEvenUnwatched()
{
    // Without any file notification, the autosave's own refused write is enough to ask.
    EditorTabs tabs(m_store.get(), m_settings.get());
    SpecEditor* editor = tabs.openSpec(m_specId);
    QTest::keyClicks(editor, QStringLiteral("# mine "));
    QString error;
    QVERIFY(m_other->saveSpecContent(m_specId, kTheirs, &error));
    QVERIFY(!tabs.flushAll());
    QVERIFY(!bannerOf(&tabs)->isHidden());
    QCOMPARE(m_store->spec(m_specId)->content, kTheirs);
}

void TestWorkspaceChangeGuard::ownMergeRaisesNoBanner()
{
    // The sync journal stores a merge on its own connection, then SyncController puts it in the
    // editor (adoptMerge): that is this process's doing, not someone else's.
    EditorTabs tabs(m_store.get(), m_settings.get());
    WorkspaceWatcher watcher(m_store.get());
    QSignalSpy changed(&watcher, &WorkspaceWatcher::changed);
    SpecEditor* editor = tabs.openSpec(m_specId);
    QTest::keyClicks(editor, QStringLiteral("# typed during the sync "));
    const QByteArray merged = kTheirs;
    QString error;
    QVERIFY(m_other->saveSpecContent(m_specId, merged, &error));
    const QByteArray typedOnMerge = "# typed during the sync " + merged;
    tabs.replaceText(m_specId, typedOnMerge, merged);
    QTRY_VERIFY(changed.count() > 0);
    QVERIFY(bannerOf(&tabs)->isHidden());
    QCOMPARE(editor->content(), typedOnMerge);
    QCOMPARE(m_store->spec(m_specId)->content, typedOnMerge);
}

QTEST_MAIN(TestWorkspaceChangeGuard)
#include "TestWorkspaceChangeGuard.moc"
