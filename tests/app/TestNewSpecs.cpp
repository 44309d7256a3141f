#include "NewSpecs.h"
#include "SpecAnalysis.h"
#include "WorkspaceStore.h"

#include <QTemporaryDir>
#include <QTest>

/// File ▸ New: each kind's template passes SpecDesk's own checks, and new specs get names of
/// their own in the Local collection.
class TestNewSpecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templatesPassTheChecks_data()
    {
        QTest::addColumn<SpecKind>("kind");
        QTest::newRow("DataFramer") << SpecKind::DataFramer;
        QTest::newRow("Scale GP") << SpecKind::ScaleGp;
        QTest::newRow("Adobe") << SpecKind::AdobeFlow;
    }

    void templatesPassTheChecks()
    {
        QFETCH(SpecKind, kind);
        const QByteArray text = NewSpecs::templateText(kind);
        QVERIFY(!text.isEmpty());
        const SpecAnalysis analysis = SpecAnalysis::analyse(text, SpecKinds::formatOf(kind), kind);
        QStringList problems;
        for (const Diagnostic& diagnostic : analysis.diagnostics) {
            if (diagnostic.severity != Diagnostic::Severity::Info) {
                problems << diagnostic.code + QStringLiteral(": ") + diagnostic.message;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The kind is stored with the spec; a Scale GP text is told by its server-set account_id,
        // which a new spec does not have yet.
        if (kind != SpecKind::ScaleGp) {
            QCOMPARE(SpecKinds::detect(text, SpecKinds::formatOf(kind)), kind);
        }
    }

    void newSpecsGoToLocalWithNamesOfTheirOwn()
    {
        QTemporaryDir dir;
        WorkspaceStore store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        const qint64 first = NewSpecs::add(store, SpecKind::DataFramer, &error);
        const qint64 second = NewSpecs::add(store, SpecKind::DataFramer, &error);
        QVERIFY2(first > 0 && second > 0, qPrintable(error));
        QCOMPARE(store.spec(first)->title, QStringLiteral("New DataFramer spec"));
        QCOMPARE(store.spec(second)->title, QStringLiteral("New DataFramer spec 2"));
        QCOMPARE(store.spec(second)->kind, SpecKind::DataFramer);
        QCOMPARE(store.spec(second)->content, NewSpecs::templateText(SpecKind::DataFramer));
        QCOMPARE(store.collectionByType(QStringLiteral("local"))->id, store.spec(first)->collectionId);
    }
};

QTEST_MAIN(TestNewSpecs)
#include "TestNewSpecs.moc"
