#include "SpecTreeModel.h"
#include "WorkspaceStore.h"
#include "WorkspaceWatcher.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSpecTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsCollectionsAndSpecs();
    void followsStoreSignals();
    void followsAnotherConnection();

private:
    qint64 addSpec(qint64 collection, const QString& title, SpecKind kind);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
};

void TestSpecTreeModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkspaceStore>();
    QString error;
    QVERIFY(m_store->open(m_dir->path(), &error));
}

void TestSpecTreeModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestSpecTreeModel::addSpec(qint64 collection, const QString& title, SpecKind kind)
{
    SpecRecord spec;
    spec.collectionId = collection;
    spec.title = title;
    spec.kind = kind;
    spec.content = "x";
    QString error;
    return m_store->addSpec(spec, &error);
}

void TestSpecTreeModel::showsCollectionsAndSpecs()
{
    QString error;
    const qint64 local = m_store->addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
    addSpec(local, QStringLiteral("b"), SpecKind::ScaleGp);
    const qint64 a = addSpec(local, QStringLiteral("a"), SpecKind::DataFramer);

    SpecTreeModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex collection = model.index(0, 0);
    QCOMPARE(collection.data().toString(), QStringLiteral("Local"));
    QVERIFY(collection.data(SpecTreeModel::IsCollectionRole).toBool());
    QCOMPARE(model.rowCount(collection), 2);
    const QModelIndex first = model.index(0, 0, collection);
    QCOMPARE(first.data().toString(), QStringLiteral("a"));
    QCOMPARE(first.data(SpecTreeModel::SpecIdRole).toLongLong(), a);
    QCOMPARE(first.data(SpecTreeModel::KindIdRole).toString(), QStringLiteral("dataframer"));
    QVERIFY(!first.data(Qt::DecorationRole).isNull());
    QCOMPARE(first.parent(), collection);
    QCOMPARE(model.indexForSpec(a), first);
    QVERIFY(!model.indexForSpec(999).isValid());
}

void TestSpecTreeModel::followsStoreSignals()
{
    SpecTreeModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    QString error;
    const qint64 files = m_store->addCollection(QStringLiteral("Files"), QStringLiteral("files"), &error);
    QCOMPARE(model.rowCount(), 1);
    addSpec(files, QStringLiteral("m"), SpecKind::PlainJson);
    addSpec(files, QStringLiteral("c"), SpecKind::PlainYaml);
    const qint64 z = addSpec(files, QStringLiteral("z"), SpecKind::PlainYaml);
    const QModelIndex collection = model.index(0, 0);
    QCOMPARE(model.rowCount(collection), 3);
    QCOMPARE(model.index(0, 0, collection).data().toString(), QStringLiteral("c"));
    QCOMPARE(model.index(2, 0, collection).data().toString(), QStringLiteral("z"));

    QVERIFY(m_store->setSpecFile(z, QStringLiteral("/tmp/z.yaml"), "x", &error));
    QVERIFY(model.indexForSpec(z).data(Qt::ToolTipRole).toString().contains(QStringLiteral("z.yaml")));
}

void TestSpecTreeModel::followsAnotherConnection()
{
    // What specdesk-cli (or the sync journal's connection) writes comes with no signal of this
    // store's: the tree learns of it through the watcher.
    QString error;
    const qint64 local = m_store->addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
    const qint64 b = addSpec(local, QStringLiteral("b"), SpecKind::PlainYaml);
    SpecTreeModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    WorkspaceWatcher watcher(m_store.get());
    const QModelIndex collection = model.index(0, 0);
    QCOMPARE(model.rowCount(collection), 1);

    WorkspaceStore other;
    QVERIFY(other.open(m_dir->path(), &error));
    SpecRecord added;
    added.collectionId = local;
    added.title = QStringLiteral("c");
    added.kind = SpecKind::PlainJson;
    added.content = "{}";
    const qint64 c = other.addSpec(added, &error);
    QVERIFY(c > 0);
    QTRY_COMPARE(model.rowCount(collection), 2);
    QCOMPARE(model.index(1, 0, collection).data(SpecTreeModel::SpecIdRole).toLongLong(), c);

    // Renamed elsewhere (a server's new name, stored by the CLI's sync): the row follows, in order.
    QSqlQuery rename(other.database());
    QVERIFY(rename.exec(QStringLiteral("UPDATE specs SET title = 'd' WHERE id = %1").arg(b)));
    QTRY_COMPARE(model.index(1, 0, collection).data().toString(), QStringLiteral("d"));
    QCOMPARE(model.index(1, 0, collection).data(SpecTreeModel::SpecIdRole).toLongLong(), b);
    QCOMPARE(model.index(0, 0, collection).data().toString(), QStringLiteral("c"));

    // A sync run by specdesk-cli recorded a conflict.
    QSqlQuery conflict(other.database());
    QVERIFY(conflict.exec(QStringLiteral("UPDATE specs SET remote_id = 'r-1', remote_status = 'ready', "
                                         "sync_state = 'conflict', sync_message = 'Both changed line 3.' WHERE id = %1")
                              .arg(b)));
    QTRY_COMPARE(model.index(1, 0, collection).data(SpecTreeModel::SyncStateRole).toString(),
                 QStringLiteral("conflict"));
    QCOMPARE(model.syncMessage(b), QStringLiteral("Both changed line 3."));

    QSqlQuery remove(other.database());
    QVERIFY(remove.exec(QStringLiteral("DELETE FROM specs WHERE id = %1").arg(c)));
    QTRY_COMPARE(model.rowCount(collection), 1);
    QCOMPARE(model.index(0, 0, collection).data().toString(), QStringLiteral("d"));
}

QTEST_GUILESS_MAIN(TestSpecTreeModel)
#include "TestSpecTreeModel.moc"
