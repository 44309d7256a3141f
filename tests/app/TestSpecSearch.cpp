#include "SpecSearch.h"
#include "StoreQuery.h"
#include "WorkspaceStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// Find across specs on a real workspace: the trigram index picks the specs, their current
/// text (splices applied) decides, and whatever the index leaves out is still found.
class TestSpecSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<WorkspaceStore>();
        QString error;
        QVERIFY2(m_store->open(m_dir->path(), &error), qPrintable(error));
        m_local = m_store->addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
        m_staging = m_store->addCollection(QStringLiteral("Staging"), QStringLiteral("local"), &error);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void findsEveryPlaceWithLineColumnAndOffset()
    {
        const qint64 orders = addSpec(m_local, QStringLiteral("Orders"), "spec:\n  id: ORD-1\n  next: é ord-22\n");
        addSpec(m_staging, QStringLiteral("Billing"), "spec:\n  plan: monthly\n");
        const qint64 returns = addSpec(m_staging, QStringLiteral("Returns"), "# ORD- numbers\n");
        const SpecSearch::Result result = SpecSearch::find(m_store->database(), QStringLiteral("ord-"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.hits.size(), 3);
        QCOMPARE(result.hits.at(0).specId, orders);
        QCOMPARE(result.hits.at(0).collection, QStringLiteral("Local"));
        QCOMPARE(result.hits.at(0).line, 2);
        QCOMPARE(result.hits.at(0).column, 7);
        QCOMPARE(result.hits.at(0).lineText, QStringLiteral("  id: ORD-1"));
        // Ignoring case, and the offset counts UTF-8 bytes (é is two).
        QCOMPARE(result.hits.at(1).line, 3);
        QCOMPARE(result.hits.at(1).column, 11);
        const QByteArray text("spec:\n  id: ORD-1\n  next: é ord-22\n");
        QCOMPARE(result.hits.at(1).offset, qint64(text.indexOf("ord-22")));
        QCOMPARE(result.hits.at(2).specId, returns);
        QCOMPARE(result.hits.at(2).collection, QStringLiteral("Staging"));
    }

    void shortTextsAndIndexSyntaxAreFoundAsTyped()
    {
        addSpec(m_local, QStringLiteral("A"), "k: \"x\" AND y*\n");
        addSpec(m_local, QStringLiteral("B"), "z: 1\n");
        // Two characters: below the trigram size, every spec is read.
        QCOMPARE(SpecSearch::find(m_store->database(), QStringLiteral("z:")).hits.size(), 1);
        // FTS5 operators and quotes are plain text here.
        for (const char* typed : {"\"x\" AND", "y*", "\" AND y"}) {
            const SpecSearch::Result result = SpecSearch::find(m_store->database(), QString::fromUtf8(typed));
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.hits.size(), 1);
        }
        QVERIFY(SpecSearch::find(m_store->database(), QStringLiteral("not there")).hits.isEmpty());
    }

    void findsTheDraftAsItIsNow()
    {
        const QByteArray first("name: first version\n");
        const qint64 spec = addSpec(m_local, QStringLiteral("Draft"), first);
        QString error;
        // A small edit is kept as a splice, which the index has not seen.
        const QByteArray typed("name: first version, with a zebra\n");
        QCOMPARE(m_store->saveDraft(spec, typed, {StoreQuery::hashOf(first)}, &error),
                 WorkspaceStore::DraftSave::Saved);
        QCOMPARE(SpecSearch::find(m_store->database(), QStringLiteral("zebra")).hits.size(), 1);
        // A full write replaces what the index held.
        QVERIFY(m_store->saveSpecContent(spec, "name: second\n", &error));
        QVERIFY(SpecSearch::find(m_store->database(), QStringLiteral("first version")).hits.isEmpty());
        QCOMPARE(SpecSearch::find(m_store->database(), QStringLiteral("second")).hits.size(), 1);
    }

    void bigSpecsLeftOutOfTheIndexAreFound()
    {
        QByteArray big(3 * 1024 * 1024, 'a');
        big.append("\nneedle: here\n");
        addSpec(m_local, QStringLiteral("Big"), big);
        const SpecSearch::Result result = SpecSearch::find(m_store->database(), QStringLiteral("needle"));
        // The index holds nothing of it; it was read whole.
        QSqlQuery indexed(m_store->database());
        QVERIFY(indexed.exec(QStringLiteral("SELECT COUNT(*) FROM spec_search WHERE spec_search MATCH 'needle'")));
        QVERIFY(indexed.next());
        QCOMPARE(indexed.value(0).toInt(), 0);
        QCOMPARE(result.hits.size(), 1);
        QCOMPARE(result.hits.first().line, 2);
        QVERIFY(result.hits.first().lineText.startsWith(QStringLiteral("needle")));
    }

    void theIndexFollowsRemovedSpecs()
    {
        addSpec(m_local, QStringLiteral("Kept"), "a: shared words\n");
        addSpec(m_staging, QStringLiteral("Gone"), "b: shared words\n");
        QCOMPARE(SpecSearch::find(m_store->database(), QStringLiteral("shared")).hits.size(), 2);
        QString error;
        QVERIFY(m_store->removeCollection(m_staging, &error));
        const SpecSearch::Result result = SpecSearch::find(m_store->database(), QStringLiteral("shared"));
        QCOMPARE(result.hits.size(), 1);
        QCOMPARE(result.hits.first().title, QStringLiteral("Kept"));
        QSqlQuery indexed(m_store->database());
        QVERIFY(indexed.exec(QStringLiteral("SELECT COUNT(*) FROM spec_search_indexed")));
        QVERIFY(indexed.next());
        QCOMPARE(indexed.value(0).toInt(), 1);
    }

    void hitsStopAtTheLimitAndSaySo()
    {
        addSpec(m_local, QStringLiteral("Many"), QByteArray("x: abc\n").repeated(50));
        const SpecSearch::Result result = SpecSearch::find(m_store->database(), QStringLiteral("abc"), 10);
        QCOMPARE(result.hits.size(), 10);
        QVERIFY(result.truncated);
        const std::atomic<bool> cancelled {true};
        QVERIFY(SpecSearch::find(m_store->database(), QStringLiteral("abc"), 10, &cancelled).hits.isEmpty());
    }

private:
    qint64 addSpec(qint64 collection, const QString& title, const QByteArray& content)
    {
        SpecRecord spec;
        spec.collectionId = collection;
        spec.title = title;
        spec.kind = SpecKind::PlainYaml;
        spec.content = content;
        QString error;
        const qint64 id = m_store->addSpec(spec, &error);
        if (id <= 0) {
            qWarning("%s", qPrintable(error));
        }
        return id;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    qint64 m_local = 0;
    qint64 m_staging = 0;
};

QTEST_MAIN(TestSpecSearch)
#include "TestSpecSearch.moc"
