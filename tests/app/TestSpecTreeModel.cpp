#include "SpecTreeModel.h"
#include "WorkspaceStore.h"

#include <QAbstractItemModelTester>
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

QTEST_GUILESS_MAIN(TestSpecTreeModel)
#include "TestSpecTreeModel.moc"
