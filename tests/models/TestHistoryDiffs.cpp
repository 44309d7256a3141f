#include "SemanticDiff.h"
#include "TextDiff.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// The history's diffs: golden pairs for the line diff (tests/data/diffs/NAME.before, .after and
/// the expected .diff), word highlights within changed lines, and the semantic summary.
class TestHistoryDiffs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenPairs_data();
    void goldenPairs();
    void changedWordsAreMarked();
    void aMissingFinalLineBreakIsAChange();
    void navigationStopsAtEachChange();
    void dataFramerSummaryInAnalystsWords();
    void dataFramerPropertiesAddedAndRemoved();
    void scaleGpFieldsAndAdobePaths();
    void unreadableSideFallsBackToText();
};

void TestHistoryDiffs::aMissingFinalLineBreakIsAChange()
{
    // As diff(1) and git write it, so the patch gives back the exact text.
    QCOMPARE(TextDiff::compute("a: 1\nb: 2\n", "a: 1\nb: 2").unified(),
             QStringLiteral("@@ -1,2 +1,2 @@\n a: 1\n-b: 2\n+b: 2\n\\ No newline at end of file\n"));
    QCOMPARE(TextDiff::compute("a: 1\nb: 2", "a: 1\nb: 3").unified(),
             QStringLiteral("@@ -1,2 +1,2 @@\n a: 1\n-b: 2\n\\ No newline at end of file\n+b: 3\n"
                            "\\ No newline at end of file\n"));
    const TextDiff same = TextDiff::compute("a: 1\nb: 2", "a: 1\nb: 2");
    QVERIFY(same.isEmpty());
    QVERIFY(same.lines.constLast().lacksLineBreak);
    QCOMPARE(same.lines.constLast().text, QStringLiteral("b: 2"));
}

void TestHistoryDiffs::goldenPairs_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name :
         {QStringLiteral("shares"), QStringLiteral("crlf"), QStringLiteral("empty"), QStringLiteral("nested")}) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestHistoryDiffs::goldenPairs()
{
    QFETCH(QString, name);
    const QDir dir(QStringLiteral(TEST_DATA_DIR "/diffs"));
    const TextDiff diff = TextDiff::compute(readFile(dir.filePath(name + QStringLiteral(".before"))),
                                            readFile(dir.filePath(name + QStringLiteral(".after"))));
    const QString expectedPath = dir.filePath(name + QStringLiteral(".diff"));
    if (qEnvironmentVariableIntValue("SPECDESK_UPDATE_GOLDEN") == 1) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(diff.unified().toUtf8());
    }
    QCOMPARE(diff.unified(), QString::fromUtf8(readFile(expectedPath)));
}

void TestHistoryDiffs::changedWordsAreMarked()
{
    const TextDiff diff = TextDiff::compute("  base_distributions: {positive: 40, negative: 60}\n",
                                            "  base_distributions: {positive: 35, negative: 65}\n");
    QCOMPARE(diff.lines.size(), 2);
    const TextDiff::Line& removed = diff.lines.at(0);
    const TextDiff::Line& added = diff.lines.at(1);
    QCOMPARE(removed.type, TextDiff::Line::Type::Removed);
    QCOMPARE(added.type, TextDiff::Line::Type::Added);
    QStringList marked;
    for (const auto& [start, end] : added.changedSpans) {
        marked << added.text.mid(start, end - start);
    }
    QCOMPARE(marked, (QStringList {QStringLiteral("35"), QStringLiteral("65")}));
    QCOMPARE(removed.changedSpans.size(), 2);
}

void TestHistoryDiffs::navigationStopsAtEachChange()
{
    const TextDiff diff = TextDiff::compute("a\nb\nc\nd\ne\nf\n", "a\nB\nc\nd\ne\nF\ng\n");
    QCOMPARE(diff.changeStarts.size(), 2);
    QCOMPARE(diff.lines.at(diff.changeStarts.at(0)).oldNumber, 2);
    QCOMPARE(diff.lines.at(diff.changeStarts.at(1)).oldNumber, 6);
    QCOMPARE(diff.addedCount(), 3);
    QCOMPARE(diff.removedCount(), 2);
    QVERIFY(TextDiff::compute("same\n", "same\n").isEmpty());
}

void TestHistoryDiffs::dataFramerSummaryInAnalystsWords()
{
    const QDir dir(QStringLiteral(TEST_DATA_DIR "/diffs"));
    const SemanticDiff diff = SemanticDiff::compute(SpecKind::DataFramer,
                                                    readFile(dir.filePath(QStringLiteral("shares.before"))),
                                                    readFile(dir.filePath(QStringLiteral("shares.after"))));
    QCOMPARE(diff.changes, QStringList {QStringLiteral("sentiment: positive 40 → 35, neutral 30 → 20, +mixed 15")});
    QCOMPARE(diff.distributions.size(), 1);
    const SemanticDiff::Distribution& bars = diff.distributions.first();
    QCOMPARE(bars.property, QStringLiteral("sentiment"));
    QCOMPARE(bars.before.size(), 3);
    QCOMPARE(bars.after.size(), 4);
    QCOMPARE(bars.after.last().first, QStringLiteral("mixed"));
    QCOMPARE(bars.after.last().second, 15.0);
}

void TestHistoryDiffs::dataFramerPropertiesAddedAndRemoved()
{
    const QByteArray before = "spec:\n  description: a\n  requirements: keep it short\n  data_property_variations:\n"
                              "    - property_name: tone\n      property_values: [calm, angry]\n"
                              "      base_distributions: {calm: 50, angry: 50}\n";
    const QByteArray after = "spec:\n  description: b\n  requirements: keep it short\n  data_property_variations:\n"
                             "    - property_name: channel\n      property_values: [email, chat]\n"
                             "      base_distributions: {email: 70, chat: 30}\n";
    const SemanticDiff diff = SemanticDiff::compute(SpecKind::DataFramer, before, after);
    QCOMPARE(diff.changes,
             (QStringList {QStringLiteral("description changed"),
                           QStringLiteral("+channel (email, chat)"),
                           QStringLiteral("−tone")}));
    QCOMPARE(diff.distributions.size(), 2);
}

void TestHistoryDiffs::scaleGpFieldsAndAdobePaths()
{
    const SemanticDiff scaleGp
        = SemanticDiff::compute(SpecKind::ScaleGp,
                                R"({"name": "A", "run_online_evaluation": false})",
                                R"({"name": "B", "run_online_evaluation": false, "theme_id": "t"})");
    QCOMPARE(scaleGp.changes,
             (QStringList {QStringLiteral("name: \"A\" → \"B\""), QStringLiteral("+theme_id: \"t\"")}));
    const QDir dir(QStringLiteral(TEST_DATA_DIR "/diffs"));
    const SemanticDiff adobe = SemanticDiff::compute(SpecKind::AdobeFlow,
                                                     readFile(dir.filePath(QStringLiteral("nested.before"))),
                                                     readFile(dir.filePath(QStringLiteral("nested.after"))));
    QCOMPARE(adobe.changes,
             (QStringList {QStringLiteral("scheduleSpec.spec.properties.interval.minimum: 15 → 30"),
                           QStringLiteral("version: \"1.0\" → \"1.1\"")}));
}

void TestHistoryDiffs::unreadableSideFallsBackToText()
{
    const SemanticDiff diff = SemanticDiff::compute(SpecKind::AdobeFlow, "{", R"({"a": 1})");
    QVERIFY(diff.changes.isEmpty());
    QVERIFY(!diff.note.isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryDiffs)
#include "TestHistoryDiffs.moc"
