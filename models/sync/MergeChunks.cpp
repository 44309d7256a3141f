#include "MergeChunks.h"

#include "TextLines.h"

#include <dtl/dtl.hpp>

#include <cstring>

#include <string>
#include <vector>

namespace {

using Lines = TextLines::Lines;

const QByteArray kMineMarker = "<<<<<<< mine";
const QByteArray kSeparator = "=======";
const QByteArray kTheirsMarker = ">>>>>>> theirs";

/// For each base line, the line of `side` it is kept as, or -1 where the side changed it.
std::vector<long long> keptLines(const Lines& base, const Lines& side)
{
    std::vector<long long> kept(base.size(), -1);
    dtl::Diff<std::string, Lines> diff(base, side);
    diff.compose();
    for (const auto& [line, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON) {
            kept[size_t(info.beforeIdx - 1)] = info.afterIdx - 1;
        }
    }
    return kept;
}

/// `text` ending with a line break, so what follows starts on a line of its own.
QByteArray asLines(const QByteArray& text, const QByteArray& lineBreak)
{
    return text.isEmpty() || text.endsWith('\n') ? text : text + lineBreak;
}

} // namespace

MergeChunks MergeChunks::compute(const QByteArray& base, const QByteArray& mine, const QByteArray& theirs)
{
    MergeChunks merge;
    if (base.contains("\r\n") || mine.contains("\r\n") || theirs.contains("\r\n")) {
        merge.m_lineBreak = "\r\n";
    }
    const Lines baseLines = TextLines::split(base);
    const Lines myLines = TextLines::split(mine);
    const Lines theirLines = TextLines::split(theirs);
    const std::vector<long long> keptInMine = keptLines(baseLines, myLines);
    const std::vector<long long> keptInTheirs = keptLines(baseLines, theirLines);
    size_t b = 0;
    size_t m = 0;
    size_t t = 0;
    QByteArray stable;
    while (b < baseLines.size() || m < myLines.size() || t < theirLines.size()) {
        if (b < baseLines.size() && keptInMine[b] == qint64(m) && keptInTheirs[b] == qint64(t)) {
            stable.append(baseLines[b].data(), qsizetype(baseLines[b].size()));
            ++b;
            ++m;
            ++t;
            continue;
        }
        // The chunk runs to the next base line both sides kept (they keep lines in order).
        size_t next = b;
        while (next < baseLines.size() && (keptInMine[next] < 0 || keptInTheirs[next] < 0)) {
            ++next;
        }
        const size_t mineEnd = next < baseLines.size() ? size_t(keptInMine[next]) : myLines.size();
        const size_t theirsEnd = next < baseLines.size() ? size_t(keptInTheirs[next]) : theirLines.size();
        Chunk chunk;
        chunk.base = TextLines::join(baseLines, b, next);
        chunk.mine = TextLines::join(myLines, m, mineEnd);
        chunk.theirs = TextLines::join(theirLines, t, theirsEnd);
        chunk.baseLine = int(b);
        chunk.mineLine = int(m);
        chunk.theirsLine = int(t);
        if (chunk.mine == chunk.theirs) {
            chunk.kind = Chunk::Kind::Same;
        } else if (chunk.mine == chunk.base) {
            chunk.kind = Chunk::Kind::Theirs;
        } else if (chunk.theirs == chunk.base) {
            chunk.kind = Chunk::Kind::Mine;
        } else {
            chunk.kind = Chunk::Kind::Conflict;
        }
        merge.m_stable << stable;
        merge.m_chunks << chunk;
        stable.clear();
        b = next;
        m = mineEnd;
        t = theirsEnd;
    }
    merge.m_stable << stable;
    return merge;
}

qsizetype MergeChunks::conflictCount() const
{
    return std::count_if(
        m_chunks.cbegin(), m_chunks.cend(), [](const Chunk& chunk) { return chunk.kind == Chunk::Kind::Conflict; });
}

namespace {

MergeChunks::Choice firstChoice(MergeChunks::Chunk::Kind kind)
{
    switch (kind) {
    case MergeChunks::Chunk::Kind::Mine:
    case MergeChunks::Chunk::Kind::Same:
        return MergeChunks::Choice::Mine;
    case MergeChunks::Chunk::Kind::Theirs:
        return MergeChunks::Choice::Theirs;
    case MergeChunks::Chunk::Kind::Conflict:
        break;
    }
    return MergeChunks::Choice::Unresolved;
}

} // namespace

QByteArray MergeChunks::initialResult() const
{
    QByteArray result;
    for (qsizetype index = 0; index < m_chunks.size(); ++index) {
        result += m_stable[index];
        result += textOf(index, firstChoice(m_chunks[index].kind));
    }
    return result + m_stable.constLast();
}

MergeChunks::Placement MergeChunks::initialPlacement() const
{
    Placement placement;
    placement.valid = true;
    qsizetype at = 0;
    for (qsizetype index = 0; index < m_chunks.size(); ++index) {
        at += m_stable[index].size();
        placement.starts << at;
        at += textOf(index, firstChoice(m_chunks[index].kind)).size();
        placement.ends << at;
    }
    return placement;
}

bool MergeChunks::fits(const QByteArray& result, const Placement& placement) const
{
    if (!placement.valid || placement.starts.size() != m_chunks.size()) {
        return false;
    }
    qsizetype at = 0;
    for (qsizetype index = 0; index <= m_chunks.size(); ++index) {
        const QByteArray& stable = m_stable[index];
        if (at + stable.size() > result.size()
            || std::memcmp(result.constData() + at, stable.constData(), size_t(stable.size())) != 0) {
            return false;
        }
        at += stable.size();
        if (index < m_chunks.size()) {
            if (placement.starts[index] != at || placement.ends[index] < at) {
                return false;
            }
            at = placement.ends[index];
        }
    }
    return at == result.size();
}

QByteArray MergeChunks::textOf(qsizetype index, Choice choice) const
{
    const Chunk& chunk = m_chunks[index];
    switch (choice) {
    case Choice::Mine:
        return chunk.mine;
    case Choice::Theirs:
        return chunk.theirs;
    case Choice::Base:
        return chunk.base;
    case Choice::Both:
        return chunk.theirs.isEmpty() ? chunk.mine : asLines(chunk.mine, m_lineBreak) + chunk.theirs;
    case Choice::Unresolved:
    case Choice::Edited:
        break;
    }
    return kMineMarker + m_lineBreak + asLines(chunk.mine, m_lineBreak) + kSeparator + m_lineBreak
           + asLines(chunk.theirs, m_lineBreak) + kTheirsMarker + m_lineBreak;
}

MergeChunks::Choice MergeChunks::choiceOf(qsizetype index, const QByteArray& current) const
{
    for (const Choice choice : {Choice::Unresolved, Choice::Mine, Choice::Theirs, Choice::Base, Choice::Both}) {
        if (current == textOf(index, choice)) {
            return choice;
        }
    }
    return Choice::Edited;
}

MergeChunks::Placement MergeChunks::locate(const QByteArray& result, const Placement& previous) const
{
    Placement placement;
    if (!result.startsWith(m_stable.constFirst())) {
        return placement;
    }
    qsizetype at = m_stable.constFirst().size();
    for (qsizetype index = 0; index < m_chunks.size(); ++index) {
        const QByteArray& after = m_stable[index + 1];
        const bool last = index + 1 == m_chunks.size();
        // Lengths the chunk likely has: as placed before, then each side's text. A search alone
        // could find the shared stretch inside a chunk that holds the same lines.
        QList<qsizetype> lengths;
        if (previous.valid && index < previous.starts.size()) {
            lengths << previous.ends[index] - previous.starts[index];
        }
        for (const Choice choice : {Choice::Mine, Choice::Theirs, Choice::Unresolved, Choice::Both, Choice::Base}) {
            lengths << textOf(index, choice).size();
        }
        qsizetype end = -1;
        for (const qsizetype length : std::as_const(lengths)) {
            const qsizetype candidate = at + length;
            if (candidate <= result.size() && result.mid(candidate, after.size()) == after
                && (!last || candidate + after.size() == result.size())) {
                end = candidate;
                break;
            }
        }
        if (end < 0) {
            end = last ? (result.endsWith(after) ? result.size() - after.size() : -1) : result.indexOf(after, at);
        }
        if (end < at) {
            return {};
        }
        placement.starts << at;
        placement.ends << end;
        at = end + after.size();
    }
    if (m_chunks.isEmpty() && result != m_stable.constFirst()) {
        return {};
    }
    placement.valid = true;
    return placement;
}
