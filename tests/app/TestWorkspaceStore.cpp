#include "StoreQuery.h"
#include "WorkspaceSchema.h"
#include "WorkspaceStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestWorkspaceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithWalAndCurrentSchema();
    void storesBytesExactly();
    void secondStoreSeesCommittedEdits();
    void specSummariesAreOrderedAndLight();
    void fileLinkTracksSync();
    void unknownSpecIsReported();
    void refusesUnwritableFolder();
    void metaValues();
    void damagedDatabaseIsFoundAtOpen();
    void databaseErrorsArePlainSentences();
};

void TestWorkspaceStore::opensWithWalAndCurrentSchema()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
    QVERIFY(store.isOpen());
    QCOMPARE(store.directory(), dir.path());

    // Look at the file with an independent connection, as another process would.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(dir.filePath(WorkspaceStore::databaseFileName()));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(WorkspaceSchema::versionOf(db), WorkspaceSchema::currentVersion());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

void TestWorkspaceStore::storesBytesExactly()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    const qint64 collection = store.addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
    QVERIFY(collection > 0);

    SpecRecord spec;
    spec.collectionId = collection;
    spec.title = QStringLiteral("Bytes");
    spec.kind = SpecKind::DataFramer;
    // A BOM, CRLF, a tab in a string, non-ASCII text and an embedded NUL must all survive.
    spec.content = QByteArrayLiteral("\xEF\xBB\xBFspec:\r\n  d: \"a\tb \xC3\xA9\xE2\x82\xAC\"\r\n\0tail");
    QVERIFY(spec.content.endsWith(QByteArray("\0tail", 5)));
    const qint64 id = store.addSpec(spec, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(store.spec(id)->content, spec.content);

    const QByteArray edited = spec.content + "\r\n# more";
    QSignalSpy changed(&store, &WorkspaceStore::specChanged);
    QVERIFY(store.saveSpecContent(id, edited, &error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.spec(id)->content, edited);

    QVERIFY(store.saveSpecContent(id, QByteArray(), &error));
    QCOMPARE(store.spec(id)->content, QByteArray(""));
}

void TestWorkspaceStore::secondStoreSeesCommittedEdits()
{
    QTemporaryDir dir;
    QString error;
    auto writer = std::make_unique<WorkspaceStore>();
    QVERIFY(writer->open(dir.path(), &error));
    const qint64 collection = writer->addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
    SpecRecord spec;
    spec.collectionId = collection;
    spec.title = QStringLiteral("Shared");
    spec.content = "a: 1\n";
    const qint64 id = writer->addSpec(spec, &error);
    QVERIFY(writer->saveSpecContent(id, "a: 2\n", &error));

    // The reader is opened while the writer still holds the database, as the CLI would be.
    WorkspaceStore reader;
    QVERIFY(reader.open(dir.path(), &error));
    QCOMPARE(reader.spec(id)->content, QByteArray("a: 2\n"));
    writer.reset();
    QCOMPARE(reader.spec(id)->content, QByteArray("a: 2\n"));
}

void TestWorkspaceStore::specSummariesAreOrderedAndLight()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    QSignalSpy added(&store, &WorkspaceStore::specAdded);
    const qint64 collection = store.addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
    for (const char* title : {"beta", "Alpha", "gamma"}) {
        SpecRecord spec;
        spec.collectionId = collection;
        spec.title = QString::fromUtf8(title);
        spec.kind = SpecKind::PlainJson;
        spec.content = "{}";
        QVERIFY(store.addSpec(spec, &error) > 0);
    }
    QCOMPARE(added.count(), 3);
    QVERIFY(added.first().first().value<SpecRecord>().content.isEmpty());

    const QList<SpecRecord> summaries = store.specSummaries(collection);
    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries.at(0).title, QStringLiteral("Alpha"));
    QCOMPARE(summaries.at(2).title, QStringLiteral("gamma"));
    QVERIFY(summaries.at(0).content.isEmpty());
    QCOMPARE(summaries.at(0).kind, SpecKind::PlainJson);
    QVERIFY(summaries.at(0).updatedAt.isValid());
    QCOMPARE(store.specSummary(summaries.at(1).id)->title, QStringLiteral("beta"));
    QCOMPARE(store.collections().size(), 1);
    QCOMPARE(store.collectionByType(QStringLiteral("local"))->id, collection);
    QVERIFY(!store.collectionByType(QStringLiteral("files")));
}

void TestWorkspaceStore::fileLinkTracksSync()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    const qint64 collection = store.addCollection(QStringLiteral("Files"), QStringLiteral("files"), &error);
    SpecRecord spec;
    spec.collectionId = collection;
    spec.title = QStringLiteral("a.yaml");
    spec.content = "a: 1\n";
    spec.filePath = dir.filePath(QStringLiteral("a.yaml"));
    const qint64 id = store.addSpec(spec, &error);
    QVERIFY(store.isSpecFileInSync(id));
    QCOMPARE(store.specByFilePath(spec.filePath)->id, id);

    QVERIFY(store.saveSpecContent(id, "a: 2\n", &error));
    QVERIFY(!store.isSpecFileInSync(id));
    QVERIFY(store.setSpecFile(id, spec.filePath, "a: 2\n", &error));
    QVERIFY(store.isSpecFileInSync(id));

    // A row from before the content hash was stored is still judged right.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
        db.setDatabaseName(dir.filePath(WorkspaceStore::databaseFileName()));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE specs SET content_hash = NULL")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
    QVERIFY(store.isSpecFileInSync(id));

    // Two specs can never claim the same file.
    SpecRecord twin = spec;
    QCOMPARE(store.addSpec(twin, &error), qint64(0));
    QVERIFY(!error.isEmpty());
}

void TestWorkspaceStore::unknownSpecIsReported()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    QVERIFY(!store.spec(4242));
    QVERIFY(!store.saveSpecContent(4242, "x", &error));
    QVERIFY(error.contains(QStringLiteral("no longer")));
}

void TestWorkspaceStore::refusesUnwritableFolder()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    WorkspaceStore store;
    QString error;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("file/sub")), &error));
    QVERIFY(!error.isEmpty());
}

void TestWorkspaceStore::metaValues()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    QVERIFY(store.metaValue(QStringLiteral("k")).isEmpty());
    QVERIFY(store.setMetaValue(QStringLiteral("k"), QStringLiteral("1"), &error));
    QVERIFY(store.setMetaValue(QStringLiteral("k"), QStringLiteral("2"), &error));
    QCOMPARE(store.metaValue(QStringLiteral("k")), QStringLiteral("2"));
}

// A damaged page is found at open, with what to do, before anything is written.
void TestWorkspaceStore::damagedDatabaseIsFoundAtOpen()
{
    QTemporaryDir dir;
    QString error;
    {
        WorkspaceStore store;
        QVERIFY(store.open(dir.path(), &error));
        const qint64 collection = store.addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
        for (int i = 0; i < 200; ++i) {
            SpecRecord spec;
            spec.collectionId = collection;
            spec.title = QStringLiteral("Spec %1").arg(i);
            spec.kind = SpecKind::PlainYaml;
            spec.content = QByteArray("key: value\n").repeated(50 + i);
            QVERIFY(store.addSpec(spec, &error) > 0);
        }
        QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile file(dir.filePath(WorkspaceStore::databaseFileName()));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 64 * 1024);
    // Garbage over the headers of pages 2 to 7, where the tables' and indexes' b-trees begin:
    // they no longer parse, although the schema on page 1 still does.
    for (qint64 page = 1; page < 7; ++page) {
        QVERIFY(file.seek(page * 4096));
        file.write(QByteArray(64, '\xA5'));
    }
    file.close();

    WorkspaceStore store;
    QVERIFY(!store.open(dir.path(), &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String(".recover")), qPrintable(error));
}

void TestWorkspaceStore::databaseErrorsArePlainSentences()
{
    QSqlError full(QStringLiteral("disk I/O"),
                   QStringLiteral("database or disk is full"),
                   QSqlError::StatementError,
                   QStringLiteral("13"));
    QVERIFY(StoreQuery::plainMessage(full).contains(QLatin1String("disk that holds the workspace is full")));
    QSqlError busy(
        QStringLiteral(""), QStringLiteral("database is locked"), QSqlError::StatementError, QStringLiteral("5"));
    QVERIFY(StoreQuery::plainMessage(busy).contains(QLatin1String("locked")));
    QVERIFY(!StoreQuery::plainMessage(busy).contains(QLatin1String("database is locked")));
}

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "TestWorkspaceStore.moc"
