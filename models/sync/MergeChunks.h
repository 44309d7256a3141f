#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// A three-way merge of texts, change by change, for the merge editor: where the draft (mine)
/// and the server's text (theirs) differ from what both started from (base), as chunks between
/// stretches all three share.
///
/// The result text stays the one source of truth: a chunk's choice is read from what the result
/// holds between the shared stretches (choiceOf()), and taking a side is a splice of that range
/// (locate()), so the user may also edit the result freely. Lines keep their endings, so the
/// pieces join back to the exact bytes; the diffs are dtl's (Wu's O(NP)), not ours.
class MergeChunks
{
public:
    struct Chunk
    {
        enum class Kind {
            Mine, ///< only the draft changed here
            Theirs, ///< only the server changed here
            Same, ///< both made the same change
            Conflict, ///< both changed it, differently
        };
        Kind kind = Kind::Conflict;
        QByteArray base;
        QByteArray mine;
        QByteArray theirs;
        /// 0-based first line of the chunk in each text (where it would be when it is empty).
        int baseLine = 0;
        int mineLine = 0;
        int theirsLine = 0;
    };

    enum class Choice {
        Unresolved, ///< still the conflict's markers
        Mine,
        Theirs,
        Both, ///< mine, then theirs
        Base, ///< neither change
        Edited, ///< typed by hand
    };

    /// Where each chunk lies in a result text: [start, end) byte offsets. Empty when a stretch
    /// all three share was edited, so the chunks can no longer be told apart in it.
    struct Placement
    {
        bool valid = false;
        QList<qsizetype> starts;
        QList<qsizetype> ends;
    };

    static MergeChunks compute(const QByteArray& base, const QByteArray& mine, const QByteArray& theirs);

    const QList<Chunk>& chunks() const { return m_chunks; }
    qsizetype conflictCount() const;

    /// The first result: each one-sided or shared change taken, each conflict written between
    /// markers (`<<<<<<< mine`, `=======`, `>>>>>>> theirs`) for the user to decide.
    QByteArray initialResult() const;
    /// Where each chunk lies in initialResult(), known as it is built.
    Placement initialPlacement() const;
    /// Whether the stretches all three share stand between the chunks as `placement` has them.
    bool fits(const QByteArray& result, const Placement& placement) const;
    /// What chunk `index` holds when `choice` is taken (Edited and Unresolved give the markers).
    QByteArray textOf(qsizetype index, Choice choice) const;
    /// Which choice `current` (the chunk's text in the result) is.
    Choice choiceOf(qsizetype index, const QByteArray& current) const;
    /// Finds each chunk in `result`, trying first where the previous placement had it.
    Placement locate(const QByteArray& result, const Placement& previous) const;
    Placement locate(const QByteArray& result) const { return locate(result, Placement()); }

private:
    QList<Chunk> m_chunks;
    /// The stretches all three share: one before each chunk and one after the last.
    QList<QByteArray> m_stable;
    /// The texts' own line break, for the markers and for lines joined by Both.
    QByteArray m_lineBreak = "\n";
};
