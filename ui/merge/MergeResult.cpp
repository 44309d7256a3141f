#include "MergeResult.h"

#include "SpecEditor.h"

MergeResult::MergeResult(SpecEditor* result, MergeChunks chunks, QObject* parent)
    : QObject(parent)
    , m_editor(result)
    , m_chunks(std::move(chunks))
    , m_current(m_chunks.chunks().isEmpty() ? -1 : 0)
{
    m_editor->loadContent(m_chunks.initialResult());
    m_placement = m_chunks.initialPlacement();
    m_lastFitting = m_placement;
    connect(
        m_editor,
        &QsciScintillaBase::SCN_MODIFIED,
        this,
        [this](int position, int modification, const char*, int length) { follow(position, modification, length); });
    connect(m_editor, &SpecEditor::contentChanged, this, &MergeResult::relocate);
    relocate();
    // Start at the first conflict: the one-sided changes are already taken.
    for (qsizetype index = 0; index < m_chunks.chunks().size(); ++index) {
        if (choiceAt(index) == MergeChunks::Choice::Unresolved) {
            m_current = index;
            break;
        }
    }
}

void MergeResult::follow(int position, int modification, int length)
{
    // SpecEditor asks Scintilla for the notices sent just before each change only; they carry
    // the same place and length.
    const bool inserted = (modification & QsciScintillaBase::SC_MOD_BEFOREINSERT) != 0;
    const bool deleted = (modification & QsciScintillaBase::SC_MOD_BEFOREDELETE) != 0;
    if (!inserted && !deleted) {
        return;
    }
    m_stale = true;
    if (!m_placement.valid) {
        return;
    }
    const qsizetype from = position;
    const qsizetype to = deleted ? from + length : from; // what was removed: [from, to)
    for (qsizetype index = 0; index < m_placement.starts.size(); ++index) {
        qsizetype& start = m_placement.starts[index];
        qsizetype& end = m_placement.ends[index];
        if (start <= from && to <= end) {
            // Inside this chunk (its edges included): it grows or shrinks, the later ones move.
            const qsizetype change = inserted ? length : -length;
            end += change;
            for (qsizetype later = index + 1; later < m_placement.starts.size(); ++later) {
                m_placement.starts[later] += change;
                m_placement.ends[later] += change;
            }
            return;
        }
    }
    m_placement = {}; // a shared line changed
}

void MergeResult::settle() const
{
    if (!m_stale || !m_editor) {
        return;
    }
    m_stale = false;
    m_text = m_editor->content();
    if (!m_chunks.fits(m_text, m_placement)) {
        m_placement = m_chunks.locate(m_text, m_lastFitting);
    }
    if (m_placement.valid) {
        m_lastFitting = m_placement;
    }
}

void MergeResult::relocate()
{
    m_stale = true;
    settle();
    Q_EMIT changed();
}

void MergeResult::setCurrent(qsizetype index)
{
    if (index < 0 || index >= m_chunks.chunks().size()) {
        return;
    }
    m_current = index;
    Q_EMIT changed();
}

void MergeResult::next()
{
    step(1);
}

void MergeResult::previous()
{
    step(-1);
}

void MergeResult::step(int direction)
{
    const qsizetype count = m_chunks.chunks().size();
    if (count == 0) {
        return;
    }
    const bool onlyUnresolved = isPlaced() && unresolvedCount() > 0;
    qsizetype index = m_current;
    for (qsizetype tried = 0; tried < count; ++tried) {
        index = (index + direction + count) % count;
        if (!onlyUnresolved || choiceAt(index) == MergeChunks::Choice::Unresolved) {
            break;
        }
    }
    setCurrent(index);
}

MergeChunks::Choice MergeResult::choiceAt(qsizetype index) const
{
    settle();
    if (!isPlaced() || index < 0 || index >= m_placement.starts.size()) {
        return MergeChunks::Choice::Edited;
    }
    const qsizetype start = m_placement.starts[index];
    return m_chunks.choiceOf(index, m_text.mid(start, m_placement.ends[index] - start));
}

qsizetype MergeResult::unresolvedCount() const
{
    settle();
    if (isPlaced()) {
        qsizetype count = 0;
        for (qsizetype index = 0; index < m_chunks.chunks().size(); ++index) {
            count += choiceAt(index) == MergeChunks::Choice::Unresolved ? 1 : 0;
        }
        return count;
    }
    // Each conflict left by hand still has its opening marker at the start of a line.
    const QByteArray marker = "<<<<<<< mine";
    qsizetype count = m_text.startsWith(marker) ? 1 : 0;
    return count + m_text.count(QByteArray("\n" + marker));
}

bool MergeResult::take(MergeChunks::Choice choice)
{
    if (!isPlaced() || m_current < 0) {
        return false;
    }
    TextSplice splice;
    splice.start = m_placement.starts[m_current];
    splice.end = m_placement.ends[m_current];
    splice.replacement = m_chunks.textOf(m_current, choice);
    // The places follow the splice as Scintilla reports it.
    m_editor->applySplices({splice});
    m_editor->reportChangesNow();
    return true;
}

void MergeResult::reset()
{
    m_editor->replaceText(m_chunks.initialResult());
    m_editor->reportChangesNow();
    // Known by construction where the text took it; checked against the text all the same.
    m_placement = m_chunks.initialPlacement();
    relocate();
}

QPair<int, int> MergeResult::linesOf(qsizetype index) const
{
    settle();
    if (!isPlaced() || index < 0 || index >= m_placement.starts.size()) {
        return {0, 0};
    }
    const qsizetype start = m_placement.starts[index];
    const qsizetype end = m_placement.ends[index];
    const int first = int(QByteArrayView(m_text).first(start).count('\n'));
    // The chunk's own lines end with its last line break; an empty chunk stays on its line.
    const int last
        = end > start ? first + int(QByteArrayView(m_text).sliced(start, end - start - 1).count('\n')) : first;
    return {first, last};
}
