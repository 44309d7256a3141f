#include "DraftWriter.h"
#include "StoreQuery.h"
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
    void neverWritesOverAnotherProcesssChange();
    void earlierWritesAreKnownByTheirNumbers();
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
    const QByteArray v0 = StoreQuery::hashOf("v0");
    const QByteArray v1 = StoreQuery::hashOf("v1");
    const QByteArray v2 = StoreQuery::hashOf("v2");
    writer.writeLater(id, "v1", {v0});
    writer.writeLater(id, "v2", {v0, v1});
    // A waiting write comes after the queued ones, so the last word is the newest text.
    QCOMPARE(writer.writeAndWait(id, "v3", {v0, v1, v2}, &error), WorkspaceStore::DraftSave::Saved);
    QCOMPARE(store.spec(id)->content, QByteArray("v3"));
    QTRY_COMPARE(written.count(), 2);
    QCOMPARE(written.at(0).at(1).toByteArray(), v1);
    QCOMPARE(written.at(0).at(2).value<WorkspaceStore::DraftSave>(), WorkspaceStore::DraftSave::Saved);
}

void TestDraftWriter::failuresAreReported()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    DraftWriter writer(dir.path());
    QSignalSpy written(&writer, &DraftWriter::written);
    writer.writeLater(999, "x", {});
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(written.first().at(2).value<WorkspaceStore::DraftSave>(), WorkspaceStore::DraftSave::Failed);
    QVERIFY(!written.first().at(3).toString().isEmpty());
    QCOMPARE(writer.writeAndWait(999, "x", {}, &error), WorkspaceStore::DraftSave::Failed);
}

void TestDraftWriter::neverWritesOverAnotherProcesssChange()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    SpecRecord spec;
    spec.collectionId = store.addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
    spec.title = QStringLiteral("s");
    spec.content = "loaded";
    const qint64 id = store.addSpec(spec, &error);
    const QByteArray loaded = StoreQuery::hashOf("loaded");

    // specdesk-cli edit, on a connection of its own, after the editor loaded the draft.
    WorkspaceStore cli;
    QVERIFY(cli.open(dir.path(), &error));
    QVERIFY(cli.saveSpecContent(id, "from the CLI", &error));

    DraftWriter writer(dir.path());
    QSignalSpy written(&writer, &DraftWriter::written);
    writer.writeLater(id, "typed", {loaded});
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(written.first().at(2).value<WorkspaceStore::DraftSave>(), WorkspaceStore::DraftSave::ChangedElsewhere);
    QCOMPARE(writer.writeAndWait(id, "typed", {loaded}, &error), WorkspaceStore::DraftSave::ChangedElsewhere);
    QCOMPARE(store.spec(id)->content, QByteArray("from the CLI"));

    // The same text as stored is no conflict; knowing the CLI's text (Keep Mine) writes over it.
    QCOMPARE(writer.writeAndWait(id, "from the CLI", {loaded}, &error), WorkspaceStore::DraftSave::Saved);
    QCOMPARE(writer.writeAndWait(id, "typed", {StoreQuery::hashOf("from the CLI")}, &error),
             WorkspaceStore::DraftSave::Saved);
    QCOMPARE(store.spec(id)->content, QByteArray("typed"));
    QCOMPARE(store.contentHash(id), StoreQuery::hashOf("typed"));
}

void TestDraftWriter::earlierWritesAreKnownByTheirNumbers()
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
    const QByteArray v0 = StoreQuery::hashOf("v0");

    // The caller hashes nothing: a write still on its way is named by the number it was given,
    // and the writer, which hashed its text, accepts the stored text it left.
    DraftWriter writer(dir.path());
    QSignalSpy written(&writer, &DraftWriter::written);
    const quint64 first = writer.writeLater(id, "v1", {v0});
    const quint64 second = writer.writeLater(id, "v2", {v0}, {first});
    QVERIFY(first != second);
    QByteArray hash;
    QCOMPARE(writer.writeAndWait(id, "v3", {v0}, &error, {first, second}, &hash), WorkspaceStore::DraftSave::Saved);
    QCOMPARE(hash, StoreQuery::hashOf("v3"));
    QTRY_COMPARE(written.count(), 2);
    QCOMPARE(written.at(1).at(1).toByteArray(), StoreQuery::hashOf("v2"));
    QCOMPARE(written.at(1).at(2).value<WorkspaceStore::DraftSave>(), WorkspaceStore::DraftSave::Saved);
    QCOMPARE(written.at(1).at(4).value<quint64>(), second);
    QCOMPARE(store.spec(id)->content, QByteArray("v3"));

    // Without naming them, the text they left is someone else's.
    QCOMPARE(writer.writeAndWait(id, "v4", {v0}, &error), WorkspaceStore::DraftSave::ChangedElsewhere);
}

QTEST_GUILESS_MAIN(TestDraftWriter)
#include "TestDraftWriter.moc"
