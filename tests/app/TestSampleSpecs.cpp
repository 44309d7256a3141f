#include "SampleSpecs.h"
#include "WorkspaceStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sampleNamed(WorkspaceStore& store, SpecKind kind)
{
    const auto local = store.collectionByType(QStringLiteral("local"));
    for (const SpecRecord& summary : store.specSummaries(local->id)) {
        if (summary.kind == kind) {
            return store.spec(summary.id)->content;
        }
    }
    return {};
}

} // namespace

class TestSampleSpecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsTheLocalCollectionOnce();
    void dataFramerSampleIsTheSeedExample();
    void adobeSampleIsTheSeedExampleWithTheCommaFixed();
};

void TestSampleSpecs::seedsTheLocalCollectionOnce()
{
    QTemporaryDir dir;
    QString error;
    {
        WorkspaceStore store;
        QVERIFY(store.open(dir.path(), &error));
        QVERIFY2(SampleSpecs::seedIfNew(store, &error), qPrintable(error));
        const auto local = store.collectionByType(QStringLiteral("local"));
        QVERIFY(local);
        QCOMPARE(local->name, SampleSpecs::localCollectionName());
        const QList<SpecRecord> specs = store.specSummaries(local->id);
        QCOMPARE(specs.size(), 3);
        QList<SpecKind> kinds;
        for (const SpecRecord& spec : specs) {
            kinds.append(spec.kind);
            QVERIFY(!store.spec(spec.id)->content.isEmpty());
        }
        QVERIFY(kinds.contains(SpecKind::DataFramer));
        QVERIFY(kinds.contains(SpecKind::ScaleGp));
        QVERIFY(kinds.contains(SpecKind::AdobeFlow));
    }
    // A second start over the same workspace adds nothing.
    WorkspaceStore again;
    QVERIFY(again.open(dir.path(), &error));
    QVERIFY(SampleSpecs::seedIfNew(again, &error));
    QCOMPARE(again.collections().size(), 1);
    QCOMPARE(again.specSummaries(again.collections().first().id).size(), 3);
}

void TestSampleSpecs::dataFramerSampleIsTheSeedExample()
{
    const QByteArray seed = readFile(QStringLiteral(TEST_DATA_DIR "/seeds/000_15942d8f55167f51.txt"));
    QVERIFY2(!seed.isEmpty(), "tests/data/seeds is part of the checkout");
    // The update_spec example's content_yaml block, with its indentation removed.
    const QString text = QString::fromUtf8(seed);
    const qsizetype example = text.indexOf(QStringLiteral("update_spec:"));
    const qsizetype blockStart = text.indexOf(QStringLiteral("content_yaml: |\n"), example) + 16;
    const QStringList lines = text.mid(blockStart).split(QLatin1Char('\n'));
    const qsizetype indent = lines.first().indexOf(QLatin1Char('s'));
    QString expected;
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty() && line.indexOf(QRegularExpression(QStringLiteral("\\S"))) < indent) {
            break;
        }
        expected += line.mid(indent) + QLatin1Char('\n');
    }
    expected = expected.trimmed() + QLatin1Char('\n');

    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error) && SampleSpecs::seedIfNew(store, &error));
    QCOMPARE(QString::fromUtf8(sampleNamed(store, SpecKind::DataFramer)), expected);
}

void TestSampleSpecs::adobeSampleIsTheSeedExampleWithTheCommaFixed()
{
    const QByteArray seed = readFile(QStringLiteral(TEST_DATA_DIR "/seeds/002_dce777679e2d5b9a.txt"));
    QVERIFY2(!seed.isEmpty(), "tests/data/seeds is part of the checkout");
    const qsizetype start = seed.indexOf("```json\n") + 8;
    QByteArray response = seed.mid(start, seed.indexOf("```", start) - start);
    QVERIFY(QJsonDocument::fromJson(response).isNull()); // the seed really is invalid
    const qsizetype comma = response.lastIndexOf("},");
    response.remove(comma + 1, 1);
    const QJsonDocument fixed = QJsonDocument::fromJson(response);
    QVERIFY(fixed.isObject());

    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error) && SampleSpecs::seedIfNew(store, &error));
    const QJsonDocument sample = QJsonDocument::fromJson(sampleNamed(store, SpecKind::AdobeFlow));
    QCOMPARE(sample.object(), fixed.object().value(QStringLiteral("items")).toArray().first().toObject());
}

QTEST_GUILESS_MAIN(TestSampleSpecs)
#include "TestSampleSpecs.moc"
