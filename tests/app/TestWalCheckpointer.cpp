#include "WalCheckpointer.h"
#include "WorkspaceStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

/// What the checkpointer reported, recorded on the test's thread: QSignalSpy::wait() can miss
/// a signal emitted on another thread (Qt 6.4), which made these tests flaky under load.
class Reports : public QObject
{
public:
    explicit Reports(WalCheckpointer* checkpointer)
    {
        connect(
            checkpointer,
            &WalCheckpointer::checkpointed,
            this,
            [this](int logPages, int copiedPages) {
                seen.append({logPages, copiedPages});
            },
            Qt::QueuedConnection);
    }
    bool wait(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return !seen.isEmpty(); }, timeoutMs);
    }
    void clear() { seen.clear(); }
    /// Pages in the log and pages copied back, per checkpoint.
    QList<std::pair<int, int>> seen;
};

} // namespace

/// Checkpoints of a store whose commits run on the GUI thread: asked for by the commit that takes
/// the log past 1,000 pages, run on a thread of their own, never waiting for a reader, and gone
/// cleanly with the store.
class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void largeCommitIsCheckpointedOnAnotherThread();
    void smallCommitsAskForNothing();
    void readerKeepsItsPagesAndIsNotWaitedFor();
    void clonedConnectionIsWatchedToo();
    void commitsAfterTheCheckpointerIsGoneAreSafe();

private:
    /// One commit of about 5 MB: some 1,250 pages in the log.
    static bool writeLargeRow(const QSqlDatabase& db);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
};

bool TestWalCheckpointer::writeLargeRow(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS scratch (data BLOB)"))
           && query.exec(QStringLiteral("INSERT INTO scratch VALUES (randomblob(5000000))"));
}

void TestWalCheckpointer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkspaceStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->path(), &error), qPrintable(error));
    m_store->checkpointOffThread();
    QVERIFY(m_store->walCheckpointer() != nullptr);
}

void TestWalCheckpointer::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestWalCheckpointer::largeCommitIsCheckpointedOnAnotherThread()
{
    QThread* checkpointThread = nullptr;
    int logPages = 0;
    int copiedPages = 0;
    connect(
        m_store->walCheckpointer(),
        &WalCheckpointer::checkpointed,
        this,
        [&](int log, int copied) {
            checkpointThread = QThread::currentThread();
            logPages = log;
            copiedPages = copied;
        },
        Qt::DirectConnection);
    Reports checkpoints(m_store->walCheckpointer());

    QVERIFY(writeLargeRow(m_store->database()));
    QVERIFY(checkpoints.wait());
    QVERIFY(checkpointThread != nullptr);
    QVERIFY(checkpointThread != QThread::currentThread());
    QVERIFY(logPages >= WalCheckpointer::kPagesBeforeCheckpoint);
    // Nobody was reading, so every page went back into the database.
    QCOMPARE(copiedPages, logPages);
}

void TestWalCheckpointer::smallCommitsAskForNothing()
{
    Reports checkpoints(m_store->walCheckpointer());
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE small (value INTEGER)")));
    for (int row = 0; row < 50; ++row) {
        QVERIFY(query.exec(QStringLiteral("INSERT INTO small VALUES (%1)").arg(row)));
    }
    // A checkpoint would have been posted by now; give the thread a moment to answer anyway.
    QVERIFY(!checkpoints.wait(200));
}

void TestWalCheckpointer::readerKeepsItsPagesAndIsNotWaitedFor()
{
    QVERIFY(writeLargeRow(m_store->database()));
    Reports checkpoints(m_store->walCheckpointer());
    QVERIFY(checkpoints.wait());

    // Another process's read, open from before the next write: the pages it still reads stay.
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(m_dir->filePath(WorkspaceStore::databaseFileName()));
        QVERIFY(reader.open());
        QVERIFY(reader.transaction());
        QSqlQuery read(reader);
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM scratch")) && read.next());

        checkpoints.clear();
        QVERIFY(writeLargeRow(m_store->database()));
        QVERIFY(checkpoints.wait());
        const int logPages = checkpoints.seen.last().first;
        const int copiedPages = checkpoints.seen.last().second;
        QVERIFY(logPages >= WalCheckpointer::kPagesBeforeCheckpoint);
        QVERIFY2(copiedPages < logPages, qPrintable(QStringLiteral("%1 of %2").arg(copiedPages).arg(logPages)));
        read.finish();
        QVERIFY(reader.commit());
        reader.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));

    // With the reader gone, the next checkpoint copies everything.
    checkpoints.clear();
    QVERIFY(writeLargeRow(m_store->database()));
    QVERIFY(checkpoints.wait());
    QCOMPARE(checkpoints.seen.last().second, checkpoints.seen.last().first);
}

void TestWalCheckpointer::clonedConnectionIsWatchedToo()
{
    // As the sync journal does: a clone of the store's connection, handed to the checkpointer.
    const QString name = QStringLiteral("clone");
    {
        QSqlDatabase clone = QSqlDatabase::cloneDatabase(m_store->database(), name);
        QVERIFY(clone.open());
        m_store->walCheckpointer()->watch(clone);
        QThread* checkpointThread = nullptr;
        connect(
            m_store->walCheckpointer(),
            &WalCheckpointer::checkpointed,
            this,
            [&] { checkpointThread = QThread::currentThread(); },
            Qt::DirectConnection);
        Reports checkpoints(m_store->walCheckpointer());
        QVERIFY(writeLargeRow(clone));
        QVERIFY(checkpoints.wait());
        QVERIFY(checkpointThread != QThread::currentThread());
        clone.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestWalCheckpointer::commitsAfterTheCheckpointerIsGoneAreSafe()
{
    // A store without the checkpointer (as the CLI runs), then one whose checkpointer is gone
    // while a clone it watched stays open: its commits must not reach the old object.
    const QString name = QStringLiteral("survivor");
    {
        auto store = std::make_unique<WorkspaceStore>();
        QString error;
        QVERIFY(store->open(m_dir->path(), &error));
        QVERIFY(store->walCheckpointer() == nullptr);
        QVERIFY(writeLargeRow(store->database()));

        auto checkpointer = std::make_unique<WalCheckpointer>(m_dir->filePath(WorkspaceStore::databaseFileName()));
        QSqlDatabase survivor = QSqlDatabase::cloneDatabase(store->database(), name);
        QVERIFY(survivor.open());
        checkpointer->watch(survivor);
        checkpointer.reset();
        // Under the sanitizers a call into the destroyed checkpointer would be reported here.
        QVERIFY(writeLargeRow(survivor));
        QVERIFY(writeLargeRow(survivor));
        QSqlQuery count(survivor);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM scratch")) && count.next());
        QCOMPARE(count.value(0).toInt(), 3);
        count.finish();
        survivor.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "TestWalCheckpointer.moc"
