#include "WorkspaceStore.h"
#include "WorkspaceWatcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// The watcher wakes on other connections' commits (other processes, the draft writer's and the
/// sync journal's connections), through the files, and says nothing of the store's own writes.
class TestWorkspaceWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void noticesAnotherConnectionsCommit();
    void ignoresItsOwnConnection();

private:
    qint64 addSpec(WorkspaceStore* store);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    qint64 m_collection = 0;
};

void TestWorkspaceWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkspaceStore>();
    QString error;
    QVERIFY(m_store->open(m_dir->path(), &error));
    m_collection = m_store->addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
}

void TestWorkspaceWatcher::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestWorkspaceWatcher::addSpec(WorkspaceStore* store)
{
    SpecRecord spec;
    spec.collectionId = m_collection;
    spec.title = QStringLiteral("s");
    spec.content = "a: 1\n";
    QString error;
    return store->addSpec(spec, &error);
}

void TestWorkspaceWatcher::noticesAnotherConnectionsCommit()
{
    WorkspaceWatcher watcher(m_store.get());
    QSignalSpy changed(&watcher, &WorkspaceWatcher::changed);
    QSignalSpy announced(m_store.get(), &WorkspaceStore::changedByOthers);
    WorkspaceStore other;
    QString error;
    QVERIFY(other.open(m_dir->path(), &error));
    const qint64 id = addSpec(&other);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(announced.count(), 1);
    QVERIFY(other.saveSpecContent(id, "a: 2\n", &error));
    QTRY_COMPARE(changed.count(), 2);
}

void TestWorkspaceWatcher::ignoresItsOwnConnection()
{
    WorkspaceWatcher watcher(m_store.get());
    QSignalSpy changed(&watcher, &WorkspaceWatcher::changed);
    addSpec(m_store.get());
    // The store says what it writes itself with signals of its own.
    watcher.check();
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestWorkspaceWatcher)
#include "TestWorkspaceWatcher.moc"
