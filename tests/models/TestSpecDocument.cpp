#include "FreedPages.h"
#include "SpecDocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

#if !defined(SPECDESK_ADDRESS_SANITIZER)
namespace {

/// Resident memory in bytes, as the system counts it.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : -1;
}

} // namespace
#endif

class TestSpecDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void analysesOnlyTheLatestText();
    void aStoppedAnalysisNeverLands();
    void kindChoiceReanalyses();
    void baseFlagsReadOnlyChanges();
    void freedPagesGoBackToTheSystem();
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

// glibc keeps what a program frees for its next allocations; a big spec's analysis frees tens of
// megabytes of small blocks, which stayed resident until FreedPages gave them back.
void TestSpecDocument::freedPagesGoBackToTheSystem()
{
#if defined(SPECDESK_ADDRESS_SANITIZER)
    QSKIP("AddressSanitizer's allocator keeps freed memory in quarantine by design.");
#else
    if (residentBytes() < 0) {
        QSKIP("This system does not say how much memory a process holds.");
    }
    constexpr int kBlocks = 200'000;
    constexpr size_t kBlockBytes = 150; // below every mmap threshold: from the heap
    std::vector<std::unique_ptr<char[]>> blocks(kBlocks);
    for (auto& block : blocks) {
        block = std::make_unique<char[]>(kBlockBytes);
        block[0] = 1;
    }
    // One block kept at the end, so freeing the rest does not simply lower the heap's top.
    auto kept = std::make_unique<char[]>(kBlockBytes);
    blocks.clear();
    const qint64 before = residentBytes();
    if (!FreedPages::giveBack()) {
#if defined(__GLIBC__)
        QFAIL("glibc can give freed pages back, but FreedPages did not ask it to.");
#else
        QSKIP("This C library cannot give freed pages back.");
#endif
    }
    const qint64 after = residentBytes();
    QVERIFY2(before - after > 10 * 1024 * 1024,
             qPrintable(QStringLiteral("%1 MB resident before, %2 MB after").arg(before >> 20).arg(after >> 20)));
#endif
}

QTEST_GUILESS_MAIN(TestSpecDocument)
#include "TestSpecDocument.moc"
