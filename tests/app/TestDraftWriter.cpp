#include "DraftWriter.h"
#include "WorkspaceStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDraftWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesInTheBackgroundInOrder();
    void failuresAreReported();
};

void TestDraftWriter::writesInTheBackgroundInOrder()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    SpecRecord spec;
    spec.collectionId = store.addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
    spec.title = QStringLiteral("s");
    spec.content = "v0";
    const qint64 id = store.addSpec(spec, &error);

    DraftWriter writer(dir.path());
    QSignalSpy written(&writer, &DraftWriter::written);
    writer.writeLater(id, "v1");
    writer.writeLater(id, "v2");
    // A waiting write comes after the queued ones, so the last word is the newest text.
    QVERIFY(writer.writeAndWait(id, "v3", &error));
    QCOMPARE(store.spec(id)->content, QByteArray("v3"));
    QTRY_COMPARE(written.count(), 2);
    QVERIFY(written.at(0).at(1).toBool());
}

void TestDraftWriter::failuresAreReported()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    DraftWriter writer(dir.path());
    QSignalSpy written(&writer, &DraftWriter::written);
    writer.writeLater(999, "x");
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(written.first().at(1).toBool(), false);
    QVERIFY(!written.first().at(2).toString().isEmpty());
    QVERIFY(!writer.writeAndWait(999, "x", &error));
}

QTEST_GUILESS_MAIN(TestDraftWriter)
#include "TestDraftWriter.moc"
