#include "AppSettings.h"
#include "EditorTabs.h"
#include "MainWindow.h"
#include "SpecEditor.h"
#include "WorkspaceStore.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

QByteArray minifiedJsonWithManyProblems()
{
    // One 2 MB line of Adobe-shaped JSON in which every one of 20,000 entries is wrong: the
    // shape fuzzing found slow (every problem located from the start of its very long line).
    QByteArray json("{\"name\":\"x\",\"providerId\":\"p\",\"attributes\":{");
    for (int i = 0; i < 20000; ++i) {
        json += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) + "\":[1,{\"type\":\"nope\"},\""
                + QByteArray(60, 'v') + "\"]";
    }
    return json + "}}";
}

} // namespace

/// Hostile and broken files opened through the window as a user would open them: each one
/// either opens with located problems (line:column and words) or is refused with a reason in
/// the status bar. Nothing crashes, hangs or loses the other open tabs.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithLocatedProblemsOrARefusal_data();
    void opensWithLocatedProblemsOrARefusal();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = std::make_unique<WorkspaceStore>();
    QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("workspace")), &error), qPrintable(error));
    m_settings
        = std::make_unique<AppSettings>(AppSettings::filePathForWorkspace(m_dir.filePath(QStringLiteral("workspace"))));
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHostileFiles::opensWithLocatedProblemsOrARefusal_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("opens"); // false: refused with a reason (over 32 MB)

    QByteArray blockNesting;
    for (int depth = 0; depth < 3000; ++depth) {
        blockNesting += QByteArray(depth, ' ') + "k:\n";
    }
    QTest::newRow("yaml flow nested 100000 deep")
        << QStringLiteral("deep.yaml") << QByteArray(100000, '[') + QByteArray(100000, ']') << true;
    QTest::newRow("yaml block nested 3000 deep") << QStringLiteral("deep-block.yaml") << blockNesting << true;
    QTest::newRow("json nested 100000 deep") << QStringLiteral("deep.json") << QByteArray(100000, '[') << true;
    QTest::newRow("yaml-cpp endless documents") << QStringLiteral("bang-comma.yaml") << QByteArray("!,\n") << true;
    QTest::newRow("quote never closed") << QStringLiteral("quote.yaml") << QByteArray("a: 1\n\"key:\n- entry\n")
                                        << true;
    QTest::newRow("NUL bytes") << QStringLiteral("binary.yaml") << QByteArray("spec:\n  a: 1\n\0\0\0b", 17) << true;
    QTest::newRow("invalid UTF-8") << QStringLiteral("latin1.yaml") << QByteArray("spec:\n  description: caf\xE9\n")
                                   << true;
    QTest::newRow("minified JSON, 20000 problems")
        << QStringLiteral("minified.json") << minifiedJsonWithManyProblems() << true;
    QTest::newRow("100 MB") << QStringLiteral("huge.yaml") << QByteArray(100 * 1024 * 1024, 'a') << false;
}

void TestHostileFiles::opensWithLocatedProblemsOrARefusal()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, opens);
    const QString path = m_dir.filePath(name);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    EditorTabs* tabs = m_window->findChild<EditorTabs*>();
    QVERIFY(tabs);
    const int tabsBefore = tabs->count();
    content.clear(); // the app holds its own copy

    const bool opened = m_window->openFile(path);
    QVERIFY(m_window->isVisible());
    if (!opens) {
        // Refused before any editor is made, with the reason on screen.
        QVERIFY(!opened);
        QCOMPARE(tabs->count(), tabsBefore);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(name),
                 qPrintable(m_window->statusBar()->currentMessage()));
        return;
    }
    // Opened (or opened read-only): the problems view lists where and what.
    QVERIFY(opened);
    QCOMPARE(tabs->count(), tabsBefore + 1);
    QVERIFY(tabs->currentEditor());
    auto* problems = m_window->findChild<QTreeView*>(QStringLiteral("problemsView"));
    QVERIFY(problems);
    QTRY_VERIFY_WITH_TIMEOUT(problems->model()->rowCount() > 0, 30000);
    const QAbstractItemModel* model = problems->model();
    const QString location = model->index(0, 1).data().toString();
    const QString message = model->index(0, 2).data().toString();
    QVERIFY2(location.contains(QLatin1Char(':')), qPrintable(location)); // line:column
    QVERIFY2(message.size() > 10, qPrintable(message));
    // The editor still works: typing at the end is taken.
    tabs->currentEditor()->setCursorPosition(0, 0);
    QTest::keyClicks(tabs->currentEditor(), QStringLiteral("#"));
}

QTEST_MAIN(TestHostileFiles)
#include "TestHostileFiles.moc"
