#include "AppSettings.h"
#include "ComparisonView.h"
#include "EditorTabs.h"
#include "SpecEditor.h"
#include "WorkspaceStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestEditorTabs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensEachSpecOnce();
    void unknownSpecOpensNothing();
    void namesakesShowTheirCollection();
    void flushAllWritesEveryTab();
    void saveToFileLinksTheSpec();
    void failedSaveToFileIsReported();
    void comparisonTabsKeepThePanelsOnTheirSpec();

private:
    qint64 addSpec(const QString& title, const QByteArray& content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    qint64 m_collection = 0;
};

void TestEditorTabs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkspaceStore>();
    m_settings = std::make_unique<AppSettings>(AppSettings::filePathForWorkspace(m_dir->path()));
    m_settings->setValue(AppSettings::Key::AutosaveDelayMs, 1000);
    QString error;
    QVERIFY(m_store->open(m_dir->path(), &error));
    m_collection = m_store->addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
}

void TestEditorTabs::cleanup()
{
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 TestEditorTabs::addSpec(const QString& title, const QByteArray& content)
{
    SpecRecord spec;
    spec.collectionId = m_collection;
    spec.title = title;
    spec.kind = SpecKind::PlainYaml;
    spec.content = content;
    QString error;
    return m_store->addSpec(spec, &error);
}

void TestEditorTabs::opensEachSpecOnce()
{
    EditorTabs tabs(m_store.get(), m_settings.get());
    const qint64 a = addSpec(QStringLiteral("a"), "a: 1\n");
    const qint64 b = addSpec(QStringLiteral("b"), "b: 1\n");
    SpecEditor* first = tabs.openSpec(a);
    tabs.openSpec(b);
    QCOMPARE(tabs.count(), 2);
    QCOMPARE(tabs.openSpec(a), first);
    QCOMPARE(tabs.count(), 2);
    QCOMPARE(tabs.currentEditor(), first);
    QCOMPARE(tabs.openSpecIds(), (QList<qint64> {a, b}));
    QCOMPARE(tabs.tabText(0), QStringLiteral("a"));
    QVERIFY(tabs.closeTab(0));
    QCOMPARE(tabs.openSpecIds(), (QList<qint64> {b}));
}

void TestEditorTabs::comparisonTabsKeepThePanelsOnTheirSpec()
{
    EditorTabs tabs(m_store.get(), m_settings.get());
    const qint64 a = addSpec(QStringLiteral("a & b"), "a: 1\n");
    SpecEditor* editor = tabs.openSpec(a);
    QSignalSpy changed(&tabs, &EditorTabs::currentEditorChanged);
    ComparisonView* view = tabs.showComparison(QStringLiteral("k"),
                                               QStringLiteral("a & b"),
                                               QStringLiteral("v1"),
                                               QStringLiteral("Draft"),
                                               SemanticDiff::compute(SpecKind::PlainYaml, "a: 1\n", "a: 2\n"),
                                               TextDiff::compute("a: 1\n", "a: 2\n"));
    QCOMPARE(tabs.count(), 2);
    QCOMPARE(tabs.currentWidget(), view);
    QCOMPARE(tabs.tabText(1), QStringLiteral("a && b: v1 ↔ Draft")); // '&' is no mnemonic
    // The comparison is about the spec the panels show: they are not told of another editor.
    QVERIFY(changed.isEmpty());
    QCOMPARE(tabs.currentEditor(), nullptr);
    QCOMPARE(tabs.openSpecIds(), (QList<qint64> {a}));
    QCOMPARE(tabs.showComparison(QStringLiteral("k"),
                                 QStringLiteral("a & b"),
                                 QStringLiteral("v1"),
                                 QStringLiteral("Draft"),
                                 SemanticDiff::compute(SpecKind::PlainYaml, "a: 1\n", "a: 2\n"),
                                 TextDiff::compute("a: 1\n", "a: 2\n")),
             view);
    QCOMPARE(tabs.count(), 2);

    // The spec's tab closes behind the comparison: the panels must let go of its editor.
    QPointer<SpecEditor> closing(editor);
    QVERIFY(tabs.closeTab(0));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constLast().constFirst().value<SpecEditor*>(), nullptr);
    QVERIFY(tabs.flushAll());
    tabs.applyEditorSettings();
    QVERIFY(tabs.closeTab(0));
    QCOMPARE(tabs.count(), 0);
}

void TestEditorTabs::namesakesShowTheirCollection()
{
    EditorTabs tabs(m_store.get(), m_settings.get());
    const qint64 local = addSpec(QStringLiteral("Orders"), "a: 1\n");
    QString error;
    m_collection = m_store->addCollection(QStringLiteral("Staging"), QStringLiteral("local"), &error);
    const qint64 staging = addSpec(QStringLiteral("Orders"), "b: 1\n");
    const qint64 other = addSpec(QStringLiteral("Returns"), "c: 1\n");
    tabs.openSpec(local);
    QCOMPARE(tabs.tabText(0), QStringLiteral("Orders"));
    tabs.openSpec(staging);
    tabs.openSpec(other);
    QCOMPARE(tabs.tabText(0), QStringLiteral("Orders — Local"));
    QCOMPARE(tabs.tabText(1), QStringLiteral("Orders — Staging"));
    QCOMPARE(tabs.tabText(2), QStringLiteral("Returns"));
    // Alone again once the namesake closes.
    QVERIFY(tabs.closeTab(1));
    QCOMPARE(tabs.tabText(0), QStringLiteral("Orders"));
}

void TestEditorTabs::unknownSpecOpensNothing()
{
    EditorTabs tabs(m_store.get(), m_settings.get());
    QVERIFY(!tabs.openSpec(777));
    QCOMPARE(tabs.count(), 0);
    QVERIFY(!tabs.closeTab(0));
}

void TestEditorTabs::flushAllWritesEveryTab()
{
    EditorTabs tabs(m_store.get(), m_settings.get());
    const qint64 a = addSpec(QStringLiteral("a"), "a: 1\n");
    const qint64 b = addSpec(QStringLiteral("b"), "b: 1\n");
    QTest::keyClicks(tabs.openSpec(a), QStringLiteral("1"));
    QTest::keyClicks(tabs.openSpec(b), QStringLiteral("2"));
    QVERIFY(tabs.flushAll());
    QCOMPARE(m_store->spec(a)->content, QByteArray("1a: 1\n"));
    QCOMPARE(m_store->spec(b)->content, QByteArray("2b: 1\n"));
}

void TestEditorTabs::saveToFileLinksTheSpec()
{
    EditorTabs tabs(m_store.get(), m_settings.get());
    const qint64 a = addSpec(QStringLiteral("a"), "a: 1\n");
    SpecEditor* editor = tabs.openSpec(a);
    QTest::keyClicks(editor, QStringLiteral("#"));
    QTRY_VERIFY(!tabs.tabText(0).contains(QStringLiteral("●"))); // not file-linked: no marker
    const QString path = m_dir->filePath(QStringLiteral("a.yaml"));
    QVERIFY(tabs.saveCurrentToFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("#a: 1\n"));
    QCOMPARE(m_store->spec(a)->filePath, path);
    QVERIFY(m_store->isSpecFileInSync(a));

    // An edit puts the file behind the workspace, and the tab says so once it is saved.
    QTest::keyClicks(editor, QStringLiteral("#"));
    QVERIFY(tabs.flushAll());
    QVERIFY(tabs.tabText(0).contains(QStringLiteral("●")));
}

void TestEditorTabs::failedSaveToFileIsReported()
{
    EditorTabs tabs(m_store.get(), m_settings.get());
    tabs.openSpec(addSpec(QStringLiteral("a"), "a: 1\n"));
    QSignalSpy problem(&tabs, &EditorTabs::problem);
    QVERIFY(!tabs.saveCurrentToFile(m_dir->filePath(QStringLiteral("no/such/dir/a.yaml"))));
    QCOMPARE(problem.count(), 1);
    QVERIFY(problem.first().first().toString().contains(QStringLiteral("a.yaml")));
}

QTEST_MAIN(TestEditorTabs)
#include "TestEditorTabs.moc"
