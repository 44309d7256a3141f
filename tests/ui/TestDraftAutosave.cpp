#include "AppSettings.h"
#include "DraftAutosave.h"
#include "DraftWriter.h"
#include "SpecEditor.h"
#include "StoreQuery.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDraftAutosave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void savesAfterTypingStops();
    void flushSavesAtOnceAndOnlyOnce();
    void failureKeepsTheTextPending();
    void quietEditsAreStillSaved();
    void continuousTypingIsSavedEverySecond();
    void changeElsewhereIsNeitherOverwrittenNorRetried();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<DraftWriter> m_writer;
    qint64 m_specId = 0;
};

void TestDraftAutosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkspaceStore>();
    QString error;
    QVERIFY(m_store->open(m_dir->path(), &error));
    SpecRecord spec;
    spec.collectionId = m_store->addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
    spec.title = QStringLiteral("s");
    spec.content = "a: 1\n";
    m_specId = m_store->addSpec(spec, &error);
    m_writer = std::make_unique<DraftWriter>(m_dir->path());
}

void TestDraftAutosave::cleanup()
{
    m_writer.reset();
    m_store.reset();
    m_dir.reset();
}

void TestDraftAutosave::savesAfterTypingStops()
{
    SpecEditor editor(m_specId, SpecKind::PlainYaml);
    editor.loadContent("a: 1\n");
    DraftAutosave autosave(&editor, m_writer.get(), m_store.get(), 50);
    QSignalSpy saved(&autosave, &DraftAutosave::saved);
    QTest::keyClicks(&editor, QStringLiteral("# x"));
    QVERIFY(autosave.hasPendingChanges());
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.count(), 1); // one write for the whole burst of keystrokes
    QVERIFY(!autosave.hasPendingChanges());
    QCOMPARE(m_store->spec(m_specId)->content, QByteArray("# xa: 1\n"));
}

void TestDraftAutosave::flushSavesAtOnceAndOnlyOnce()
{
    SpecEditor editor(m_specId, SpecKind::PlainYaml);
    editor.loadContent("a: 1\n");
    DraftAutosave autosave(&editor, m_writer.get(), m_store.get(), 1000);
    QSignalSpy saved(&autosave, &DraftAutosave::saved);
    QVERIFY(autosave.flush()); // nothing pending: no write
    QCOMPARE(saved.count(), 0);
    QTest::keyClicks(&editor, QStringLiteral("z"));
    QVERIFY(autosave.flush());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_store->spec(m_specId)->content, QByteArray("za: 1\n"));
    QCOMPARE(autosave.msUntilSave(), -1); // the flush stopped the scheduled write
}

void TestDraftAutosave::failureKeepsTheTextPending()
{
    SpecEditor editor(4242, SpecKind::PlainYaml); // a spec that is not in the workspace
    editor.loadContent("a: 1\n");
    DraftAutosave autosave(&editor, m_writer.get(), m_store.get(), 1000);
    QSignalSpy failed(&autosave, &DraftAutosave::saveFailed);
    QTest::keyClicks(&editor, QStringLiteral("z"));
    QVERIFY(!autosave.flush());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("still in the editor")));
    QVERIFY(autosave.hasPendingChanges());
}

void TestDraftAutosave::quietEditsAreStillSaved()
{
    // A hidden editor is never painted, so an undo there sends no content update; the save
    // point still knows the text moved, and a flush writes it.
    SpecEditor editor(m_specId, SpecKind::PlainYaml);
    editor.loadContent("a: 1\n");
    DraftAutosave autosave(&editor, m_writer.get(), m_store.get(), 1000);
    QTest::keyClicks(&editor, QStringLiteral("z"));
    QVERIFY(autosave.flush());
    QCOMPARE(m_store->spec(m_specId)->content, QByteArray("za: 1\n"));
    editor.undo();
    QVERIFY(autosave.flush());
    QCOMPARE(m_store->spec(m_specId)->content, QByteArray("a: 1\n"));
}

void TestDraftAutosave::continuousTypingIsSavedEverySecond()
{
    // Someone typing without a pause: the delay bounds how long an edit waits for its write,
    // it is not a pause to wait for (which never came, so nothing was ever saved). Checked on
    // the scheduled write itself, not on a clock, so a loaded machine changes nothing.
    SpecEditor editor(m_specId, SpecKind::PlainYaml);
    editor.loadContent("a: 1\n");
    DraftAutosave autosave(&editor, m_writer.get(), m_store.get(), AppSettings::kMaxAutosaveDelayMs);
    QSignalSpy saved(&autosave, &DraftAutosave::saved);
    QTest::keyClick(&editor, Qt::Key_X);
    QTRY_VERIFY(autosave.msUntilSave() > 0); // scheduled once the edit is reported
    const int first = autosave.msUntilSave();
    // Qt's coarse timers may fire up to 5 % late, and say so.
    QVERIFY2(first <= AppSettings::kMaxAutosaveDelayMs * 21 / 20, qPrintable(QString::number(first)));
    for (int key = 0; key < 20 && saved.isEmpty(); ++key) {
        QTest::keyClick(&editor, Qt::Key_X);
        QCoreApplication::processEvents();
        if (!saved.isEmpty()) {
            break; // the write came (a slow machine): the next keystroke schedules anew
        }
        // Each keystroke leaves the write where it was: never later than the first one set it.
        QVERIFY2(autosave.msUntilSave() <= first, qPrintable(QString::number(autosave.msUntilSave())));
        QVERIFY(autosave.msUntilSave() >= 0);
    }
    // The write comes while the typing goes on, and the next keystroke schedules the next one.
    QVERIFY(!saved.isEmpty() || saved.wait(10000));
    const qsizetype writes = saved.size();
    QTest::keyClick(&editor, Qt::Key_X);
    QTRY_VERIFY(autosave.msUntilSave() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() > writes, 10000);
    QTRY_COMPARE(m_store->spec(m_specId)->content, editor.content());
    QVERIFY(!autosave.hasPendingChanges());
}

void TestDraftAutosave::changeElsewhereIsNeitherOverwrittenNorRetried()
{
    SpecEditor editor(m_specId, SpecKind::PlainYaml);
    editor.loadContent("a: 1\n");
    DraftAutosave autosave(&editor, m_writer.get(), m_store.get(), 50);
    QSignalSpy failed(&autosave, &DraftAutosave::saveFailed);
    QSignalSpy refused(&autosave, &DraftAutosave::changedElsewhere);
    WorkspaceStore cli;
    QString error;
    QVERIFY(cli.open(m_dir->path(), &error));
    QVERIFY(cli.saveSpecContent(m_specId, "a: 2 # specdesk-cli edit\n", &error));

    QTest::keyClicks(&editor, QStringLiteral("z"));
    QVERIFY(refused.wait(5000));
    QVERIFY(autosave.isChangedElsewhere());
    QVERIFY(!autosave.isFailing());
    QCOMPARE(failed.count(), 0);
    QVERIFY(autosave.hasPendingChanges());
    QVERIFY(!autosave.flush());
    QCOMPARE(m_store->spec(m_specId)->content, QByteArray("a: 2 # specdesk-cli edit\n"));

    // Keep Mine: the other text was seen, so the next write goes over it.
    QSignalSpy saved(&autosave, &DraftAutosave::saved);
    autosave.keepMine(StoreQuery::hashOf("a: 2 # specdesk-cli edit\n"));
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_store->spec(m_specId)->content, QByteArray("za: 1\n"));
}

QTEST_MAIN(TestDraftAutosave)
#include "TestDraftAutosave.moc"
