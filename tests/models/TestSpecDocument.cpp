#include "SpecDocument.h"

#include <QSignalSpy>
#include <QTest>

class TestSpecDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void analysesOnlyTheLatestText();
    void kindChoiceReanalyses();
    void baseFlagsReadOnlyChanges();
};

void TestSpecDocument::analysesOnlyTheLatestText()
{
    SpecDocument document(SpecFormat::Yaml, std::nullopt);
    document.setDelay(1);
    QSignalSpy analysed(&document, &SpecDocument::analysed);
    QVERIFY(document.analysis()->tree.isEmpty());
    // A burst of edits: only the last text's result may arrive.
    document.setText("a: [\n");
    document.setText("{");
    document.setText("spec:\n  description: x\n");
    QVERIFY(document.isAnalysisStale());
    QVERIFY(analysed.wait(10000));
    QTest::qWait(50);
    QCOMPARE(analysed.count(), 1);
    QVERIFY(!document.isAnalysisStale());
    QCOMPARE(document.analysis()->kind, SpecKind::DataFramer);
    QVERIFY(document.analysis()->diagnostics.isEmpty());
    QCOMPARE(document.analysis()->tree.path(document.analysis()->tree.find(QStringLiteral("spec.description"))),
             QStringLiteral("spec.description"));
}

void TestSpecDocument::kindChoiceReanalyses()
{
    SpecDocument document(SpecFormat::Json, std::nullopt);
    document.setText("{\"name\": 7}");
    document.analyseNow();
    QCOMPARE(document.analysis()->kind, SpecKind::PlainJson);
    QSignalSpy analysed(&document, &SpecDocument::analysed);
    document.setKind(SpecKind::ScaleGp);
    QVERIFY(analysed.wait(10000));
    QCOMPARE(document.analysis()->kind, SpecKind::ScaleGp);
    QCOMPARE(document.analysis()->diagnostics.size(), 1);
}

void TestSpecDocument::baseFlagsReadOnlyChanges()
{
    SpecDocument document(SpecFormat::Json, SpecKind::ScaleGp);
    document.setBase("{\"id\": \"a\", \"name\": \"n\"}");
    document.setText("{\"id\": \"b\", \"name\": \"n\"}");
    document.analyseNow();
    QCOMPARE(document.analysis()->diagnostics.size(), 1);
    QCOMPARE(document.analysis()->diagnostics.first().code, QStringLiteral("scalegp-readonly-changed"));
}

QTEST_GUILESS_MAIN(TestSpecDocument)
#include "TestSpecDocument.moc"
