#pragma once

#include "MergeChunks.h"

#include <QObject>
#include <QPointer>

class SpecEditor;

/// The merge editor's result: an editable text in which each chunk of a three-way merge is
/// followed through every edit, so taking a side is one splice of that chunk and one undo step,
/// and typing in the result is as good as a choice. What a chunk holds is always read from the
/// text, never remembered beside it.
///
/// Edits inside a chunk (typing, a Use button, undo and redo of either) move the chunks' places
/// as Scintilla reports them. An edit of a line all three texts share loses them; they are then
/// searched for again (MergeChunks::locate()), so undoing that edit finds them back.
class MergeResult : public QObject
{
    Q_OBJECT

public:
    MergeResult(SpecEditor* result, MergeChunks chunks, QObject* parent = nullptr);

    const MergeChunks& chunks() const { return m_chunks; }
    SpecEditor* editor() const { return m_editor; }
    /// False once a line all three texts share was edited: the chunks cannot be told apart then.
    bool isPlaced() const
    {
        settle();
        return m_placement.valid;
    }
    /// The chunk the navigation is at; -1 when there are none.
    qsizetype current() const { return m_current; }
    void setCurrent(qsizetype index);
    /// To the next (previous) chunk, wrapping around; unresolved ones first when any are left.
    void next();
    void previous();
    MergeChunks::Choice choiceAt(qsizetype index) const;
    /// Conflicts still between markers: counted by chunk, or by marker lines once not placed.
    qsizetype unresolvedCount() const;
    /// Makes the current chunk `choice`, as one undo step. False when the chunks are not placed.
    bool take(MergeChunks::Choice choice);
    /// The first result again (the chunks' own choices), as one undo step.
    void reset();
    /// The result lines (0-based, first and last) chunk `index` covers; an empty chunk covers
    /// the line it would be on.
    QPair<int, int> linesOf(qsizetype index) const;

Q_SIGNALS:
    /// The text, the placement or the current chunk changed.
    void changed();

private:
    /// Moves the chunks' places by what Scintilla changed (SCN_MODIFIED).
    void follow(int position, int modification, int length);
    /// Reads the text again after edits, and checks the places against it (searching when a
    /// shared line changed). Every reader calls it: an edit's report comes a moment after it.
    void settle() const;
    void relocate();
    void step(int direction);

    QPointer<SpecEditor> m_editor;
    MergeChunks m_chunks;
    mutable MergeChunks::Placement m_placement;
    /// The last placement that fitted, to try first when searching again.
    mutable MergeChunks::Placement m_lastFitting;
    mutable QByteArray m_text;
    /// The text changed since m_text was read.
    mutable bool m_stale = false;
    qsizetype m_current = -1;
};
