#include "MergeChunks.h"

#include <QTest>

namespace {

const QByteArray kBase = "spec:\n"
                         "  # the catalogue's words\n"
                         "  description: Support chats\n"
                         "  data_property_variations:\n"
                         "    - property_name: sentiment\n"
                         "      base_distributions: {positive: 50, negative: 50}\n"
                         "    - property_name: channel\n"
                         "      base_distributions: {chat: 70, mail: 30}\n";

QByteArray edited(QByteArray text, const QByteArray& from, const QByteArray& to)
{
    return text.replace(from, to);
}

using Choice = MergeChunks::Choice;
using Kind = MergeChunks::Chunk::Kind;

} // namespace

/// The merge editor's chunks: found, chosen and found again in a result the user edits.
class TestMergeChunks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunksAreFoundAndClassified();
    void choicesAreReadFromTheResultText();
    void handEditsInAChunkAreKeptAndSeen();
    void anEditOutsideTheChunksLosesTheirPlaces();
    void missingFinalNewlinesSurvive();
    void sharedLinesInsideAChunkDoNotMisplaceIt();
    void crlfTextsGetCrlfMarkers();
    void initialPlacementFitsTheInitialResult();
};

void TestMergeChunks::chunksAreFoundAndClassified()
{
    const QByteArray mine
        = edited(edited(kBase, "Support chats", "Support chats (EU)"), "chat: 70, mail: 30", "chat: 60, mail: 40");
    const QByteArray theirs = "# reviewed\n" + edited(kBase, "chat: 70, mail: 30", "chat: 80, mail: 20");
    const MergeChunks merge = MergeChunks::compute(kBase, mine, theirs);
    QCOMPARE(merge.chunks().size(), 3);
    QCOMPARE(merge.chunks()[0].kind, Kind::Theirs);
    QCOMPARE(merge.chunks()[0].base, QByteArray());
    QCOMPARE(merge.chunks()[0].theirs, QByteArray("# reviewed\n"));
    QCOMPARE(merge.chunks()[1].kind, Kind::Mine);
    QCOMPARE(merge.chunks()[1].baseLine, 2);
    QCOMPARE(merge.chunks()[1].theirsLine, 3);
    QCOMPARE(merge.chunks()[1].mine, QByteArray("  description: Support chats (EU)\n"));
    QCOMPARE(merge.chunks()[2].kind, Kind::Conflict);
    QCOMPARE(merge.chunks()[2].baseLine, 7);
    QCOMPARE(merge.conflictCount(), 1);

    const QByteArray result = merge.initialResult();
    QCOMPARE(result,
             "# reviewed\n"
                 + edited(kBase, "Support chats", "Support chats (EU)")
                       .replace("      base_distributions: {chat: 70, mail: 30}\n",
                                "<<<<<<< mine\n"
                                "      base_distributions: {chat: 60, mail: 40}\n"
                                "=======\n"
                                "      base_distributions: {chat: 80, mail: 20}\n"
                                ">>>>>>> theirs\n"));
    const MergeChunks::Placement placement = merge.locate(result);
    QVERIFY(placement.valid);
    QCOMPARE(merge.choiceOf(0, result.mid(placement.starts[0], placement.ends[0] - placement.starts[0])),
             Choice::Theirs);
    QCOMPARE(merge.choiceOf(1, result.mid(placement.starts[1], placement.ends[1] - placement.starts[1])), Choice::Mine);
    QCOMPARE(merge.choiceOf(2, result.mid(placement.starts[2], placement.ends[2] - placement.starts[2])),
             Choice::Unresolved);
}

void TestMergeChunks::choicesAreReadFromTheResultText()
{
    const QByteArray mine = edited(kBase, "positive: 50, negative: 50", "positive: 40, negative: 60");
    const QByteArray theirs = edited(kBase, "positive: 50, negative: 50", "positive: 55, negative: 45");
    const MergeChunks merge = MergeChunks::compute(kBase, mine, theirs);
    QCOMPARE(merge.chunks().size(), 1);
    QByteArray result = merge.initialResult();
    for (const Choice choice : {Choice::Theirs, Choice::Both, Choice::Base, Choice::Mine}) {
        const MergeChunks::Placement placement = merge.locate(result);
        QVERIFY(placement.valid);
        result.replace(placement.starts[0], placement.ends[0] - placement.starts[0], merge.textOf(0, choice));
        const MergeChunks::Placement again = merge.locate(result, placement);
        QVERIFY(again.valid);
        QCOMPARE(merge.choiceOf(0, result.mid(again.starts[0], again.ends[0] - again.starts[0])), choice);
    }
    QCOMPARE(result, mine);
    QCOMPARE(merge.textOf(0, Choice::Both),
             QByteArray("      base_distributions: {positive: 40, negative: 60}\n"
                        "      base_distributions: {positive: 55, negative: 45}\n"));
}

void TestMergeChunks::handEditsInAChunkAreKeptAndSeen()
{
    const QByteArray mine = edited(kBase, "positive: 50, negative: 50", "positive: 40, negative: 60");
    const QByteArray theirs = edited(kBase, "positive: 50, negative: 50", "positive: 55, negative: 45");
    const MergeChunks merge = MergeChunks::compute(kBase, mine, theirs);
    const QByteArray result = edited(kBase, "positive: 50, negative: 50", "positive: 47, negative: 53");
    const MergeChunks::Placement placement = merge.locate(result);
    QVERIFY(placement.valid);
    QCOMPARE(result.mid(placement.starts[0], placement.ends[0] - placement.starts[0]),
             QByteArray("      base_distributions: {positive: 47, negative: 53}\n"));
    QCOMPARE(merge.choiceOf(0, result.mid(placement.starts[0], placement.ends[0] - placement.starts[0])),
             Choice::Edited);
}

void TestMergeChunks::anEditOutsideTheChunksLosesTheirPlaces()
{
    const QByteArray mine = edited(kBase, "positive: 50", "positive: 40").replace("negative: 50", "negative: 60");
    const QByteArray theirs = edited(kBase, "chat: 70, mail: 30", "chat: 80, mail: 20");
    const MergeChunks merge = MergeChunks::compute(kBase, mine, theirs);
    QCOMPARE(merge.chunks().size(), 2);
    QVERIFY(merge.locate(merge.initialResult()).valid);
    // The line between the two chunks, which all three share, was changed in the result.
    QVERIFY(!merge.locate(edited(merge.initialResult(), "property_name: channel", "property_name: medium")).valid);
    QVERIFY(!merge.locate(edited(merge.initialResult(), "spec:", "spek:")).valid);
}

void TestMergeChunks::missingFinalNewlinesSurvive()
{
    const QByteArray base = "a: 1\nb: 2";
    const MergeChunks same = MergeChunks::compute(base, base, base);
    QVERIFY(same.chunks().isEmpty());
    QCOMPARE(same.initialResult(), base);
    QVERIFY(same.locate(base).valid);
    QVERIFY(!same.locate(base + "\n").valid);

    const MergeChunks merge = MergeChunks::compute(base, "a: 1\nb: 3", "a: 1\nb: 4");
    QCOMPARE(merge.chunks().size(), 1);
    QCOMPARE(merge.textOf(0, Choice::Mine), QByteArray("b: 3"));
    QCOMPARE(merge.textOf(0, Choice::Both), QByteArray("b: 3\nb: 4"));
    QByteArray result = merge.initialResult();
    const MergeChunks::Placement placement = merge.locate(result);
    QVERIFY(placement.valid);
    result.replace(placement.starts[0], placement.ends[0] - placement.starts[0], merge.textOf(0, Choice::Theirs));
    QCOMPARE(result, QByteArray("a: 1\nb: 4"));
}

void TestMergeChunks::sharedLinesInsideAChunkDoNotMisplaceIt()
{
    // Theirs adds a line equal to the shared line after the chunk: a plain search for that
    // line would end the chunk too early.
    const QByteArray base = "x: 1\nkeep: yes\nend: 0\n";
    const QByteArray mine = "x: 2\nkeep: yes\nend: 0\n";
    const QByteArray theirs = "x: 3\nkeep: yes\nkeep: yes\nend: 0\n";
    const MergeChunks merge = MergeChunks::compute(base, mine, theirs);
    QByteArray result = merge.initialResult();
    for (const Choice choice : {Choice::Theirs, Choice::Both, Choice::Mine}) {
        const MergeChunks::Placement placement = merge.locate(result);
        QVERIFY(placement.valid);
        for (qsizetype index = merge.chunks().size() - 1; index >= 0; --index) {
            result.replace(
                placement.starts[index], placement.ends[index] - placement.starts[index], merge.textOf(index, choice));
        }
        const MergeChunks::Placement again = merge.locate(result);
        QVERIFY(again.valid);
        for (qsizetype index = 0; index < merge.chunks().size(); ++index) {
            const QByteArray current = result.mid(again.starts[index], again.ends[index] - again.starts[index]);
            QCOMPARE(current, merge.textOf(index, choice));
        }
    }
}

void TestMergeChunks::crlfTextsGetCrlfMarkers()
{
    const MergeChunks merge = MergeChunks::compute("a: 1\r\nb: 2\r\n", "a: 1\r\nb: 3", "a: 1\r\nb: 4\r\n");
    QCOMPARE(merge.initialResult(),
             QByteArray("a: 1\r\n<<<<<<< mine\r\nb: 3\r\n=======\r\nb: 4\r\n>>>>>>> theirs\r\n"));
    QCOMPARE(merge.textOf(0, Choice::Both), QByteArray("b: 3\r\nb: 4\r\n"));
}

void TestMergeChunks::initialPlacementFitsTheInitialResult()
{
    const QByteArray base = "list:\n  - x\n  - y\n";
    const MergeChunks merge = MergeChunks::compute(base, base + "  - y\n", "list:\n  - y\n  - y\n");
    const MergeChunks::Placement placement = merge.initialPlacement();
    QVERIFY(merge.fits(merge.initialResult(), placement));
    QCOMPARE(merge.choiceOf(0, merge.initialResult().mid(placement.starts[0], placement.ends[0] - placement.starts[0])),
             Choice::Theirs);
    QVERIFY(!merge.fits(merge.initialResult() + "z\n", placement));
    QVERIFY(!merge.fits("list:\n", placement));
}

QTEST_GUILESS_MAIN(TestMergeChunks)
#include "TestMergeChunks.moc"
