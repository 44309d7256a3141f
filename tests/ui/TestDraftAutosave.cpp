#include "AppSettings.h"
#include "DraftAutosave.h"
#include "DraftWriter.h"
#include "SpecEditor.h"
#include "StoreQuery.h"
#include "WorkspaceStore.h"

#include <QElapsedTimer>
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
    QTest::qWait(1100);
    QCOMPARE(saved.count(), 1); // the timer was stopped by the flush
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
    // it is not a pause to wait for (which never came, so nothing was ever saved).
    SpecEditor editor(m_specId, SpecKind::PlainYaml);
    editor.loadContent("a: 1\n");
    DraftAutosave autosave(&editor, m_writer.get(), m_store.get(), AppSettings::kMaxAutosaveDelayMs);
    QSignalSpy saved(&autosave, &DraftAutosave::saved);
    QElapsedTimer typing;
    typing.start();
    while (typing.elapsed() < 3000) {
        QTest::keyClick(&editor, Qt::Key_X);
        QTest::qWait(100);
    }
    QElapsedTimer sinceLastEdit;
    sinceLastEdit.start();
    QVERIFY2(saved.count() >= 2, qPrintable(QString::number(saved.count())));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->spec(m_specId)->content, editor.content(), 5000);
    // A second at most, plus room for the writer's thread on a busy machine.
    QVERIFY2(sinceLastEdit.elapsed() < AppSettings::kMaxAutosaveDelayMs + 1000,
             qPrintable(QString::number(sinceLastEdit.elapsed())));
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
