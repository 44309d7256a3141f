#include "SpecDocument.h"

#include <QSignalSpy>
#include <QTest>

class TestSpecDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void analysesOnlyTheLatestText();
    void aStoppedAnalysisNeverLands();
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

// An edit stops the analysis that is running (SpecTree::Abandoned on its worker); what lands is
// the analysis of the newest text, once.
void TestSpecDocument::aStoppedAnalysisNeverLands()
{
    SpecDocument document(SpecFormat::Yaml, std::nullopt);
    document.setDelay(0);
    QSignalSpy analysed(&document, &SpecDocument::analysed);
    QByteArray big = "spec:\n  requirements:\n" + QByteArray("    - a requirement\n").repeated(200'000);
    document.setText(big);
    QTest::qWait(5); // the delay passes, and the big text's analysis starts on a worker
    QVERIFY(document.isAnalysisPending());
    const QByteArray small = "spec:\n  description: x\n";
    document.setText(small);
    QVERIFY(analysed.wait(30000));
    QTest::qWait(50);
    QCOMPARE(analysed.count(), 1);
    QVERIFY(!document.isAnalysisStale());
    QCOMPARE(document.analysis()->tree.size(), SpecAnalysis::analyse(small, SpecFormat::Yaml).tree.size());
    QVERIFY(document.analysis()->tree.find(QStringLiteral("spec.description")) != SpecTree::kNoNode);
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
