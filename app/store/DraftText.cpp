#include "DraftText.h"

#include "PreparedQuery.h"
#include "StoreQuery.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>
#include <vector>

namespace DraftText {

// Each test is a branch of its own: SQLite evaluates both sides of an OR in a value, so
// `base_content IS NULL OR content != base_content` read the whole 10 MB draft of a spec without
// a base on every history refresh.
const char* const kDiffersFromBase = "(CASE WHEN content_hash IS NOT NULL AND base_hash IS NOT NULL "
                                     "THEN content_hash != base_hash WHEN base_content IS NULL THEN 1 "
                                     "ELSE content != base_content END)";

const char* const kTextUnlessSpliced
    = "CASE WHEN EXISTS (SELECT 1 FROM draft_splices WHERE draft_splices.spec_id = specs.id) THEN NULL "
      "ELSE content END, EXISTS (SELECT 1 FROM draft_splices WHERE draft_splices.spec_id = specs.id)";

const char* const kIsText = "(CASE WHEN content_hash IS NOT NULL THEN content_hash = ? ELSE content = ? END)";

namespace {

/// How many leading bytes `a` and `b` share; whole blocks are compared with memcmp first, so a
/// 10 MB text takes a few milliseconds even in a debug build.
qsizetype commonPrefix(const char* a, const char* b, qsizetype limit)
{
    constexpr qsizetype kBlock = 4096;
    qsizetype at = 0;
    while (at + kBlock <= limit && std::memcmp(a + at, b + at, kBlock) == 0) {
        at += kBlock;
    }
    while (at < limit && a[at] == b[at]) {
        ++at;
    }
    return at;
}

qsizetype commonSuffix(const char* aEnd, const char* bEnd, qsizetype limit)
{
    constexpr qsizetype kBlock = 4096;
    qsizetype at = 0;
    while (at + kBlock <= limit && std::memcmp(aEnd - at - kBlock, bEnd - at - kBlock, kBlock) == 0) {
        at += kBlock;
    }
    while (at < limit && aEnd[-at - 1] == bEnd[-at - 1]) {
        ++at;
    }
    return at;
}

} // namespace

Splice between(const QByteArray& from, const QByteArray& to)
{
    const qsizetype prefix = commonPrefix(from.constData(), to.constData(), std::min(from.size(), to.size()));
    const qsizetype suffix = commonSuffix(
        from.constData() + from.size(), to.constData() + to.size(), std::min(from.size(), to.size()) - prefix);
    return {prefix, from.size() - suffix, to.mid(prefix, to.size() - suffix - prefix)};
}

Fingerprint::Fingerprint(const QByteArray& text, qsizetype blockBytes)
    : m_textSize(text.size())
    , m_blockBytes(std::max<qsizetype>(1, blockBytes))
    , m_seed(size_t(QRandomGenerator::global()->generate64()))
{
    const qsizetype blocks = m_textSize / m_blockBytes;
    m_fromStart.reserve(size_t(blocks));
    m_fromEnd.reserve(size_t(blocks));
    for (qsizetype i = 0; i < blocks; ++i) {
        m_fromStart.push_back(blockHash(text, i * m_blockBytes));
        m_fromEnd.push_back(blockHash(text, m_textSize - (i + 1) * m_blockBytes));
    }
}

size_t Fingerprint::blockHash(const QByteArray& text, qsizetype offset) const
{
    return qHashBits(text.constData() + offset, size_t(m_blockBytes), m_seed);
}

Splice Fingerprint::spliceTo(const QByteArray& to) const
{
    // Whole blocks alike at the start, then at the end, never overlapping in either text.
    const qsizetype common = std::min(m_textSize, to.size());
    qsizetype prefix = 0;
    for (size_t i = 0; prefix + m_blockBytes <= common && blockHash(to, prefix) == m_fromStart[i]; ++i) {
        prefix += m_blockBytes;
    }
    qsizetype suffix = 0;
    for (size_t i = 0;
         prefix + suffix + m_blockBytes <= common && blockHash(to, to.size() - suffix - m_blockBytes) == m_fromEnd[i];
         ++i) {
        suffix += m_blockBytes;
    }
    return {prefix, m_textSize - suffix, to.mid(prefix, to.size() - suffix - prefix)};
}

std::optional<QByteArray> applied(const QByteArray& text, const QList<Splice>& splices)
{
    if (splices.isEmpty()) {
        return text;
    }
    // A list of pieces (of the text or of a replacement) is spliced, and the result assembled
    // once: one pass over the bytes, where replacing in place would move the tail every time.
    struct Piece
    {
        const QByteArray* source;
        qsizetype from;
        qsizetype size;
    };
    std::vector<Piece> pieces {{&text, 0, text.size()}};
    qsizetype total = text.size();
    // The index of the piece that starts at `offset`, splitting the one it falls in.
    const auto pieceAt = [&pieces](qsizetype offset) {
        qsizetype at = 0;
        for (size_t i = 0; i < pieces.size(); ++i) {
            if (at == offset) {
                return i;
            }
            if (offset < at + pieces[i].size) {
                const qsizetype head = offset - at;
                const Piece tail {pieces[i].source, pieces[i].from + head, pieces[i].size - head};
                pieces[i].size = head;
                pieces.insert(pieces.begin() + qsizetype(i) + 1, tail);
                return i + 1;
            }
            at += pieces[i].size;
        }
        return pieces.size();
    };
    for (const Splice& splice : splices) {
        if (splice.start < 0 || splice.start > splice.end || splice.end > total) {
            return std::nullopt;
        }
        const size_t first = pieceAt(splice.start);
        const size_t last = pieceAt(splice.end);
        pieces.erase(pieces.begin() + qsizetype(first), pieces.begin() + qsizetype(last));
        if (!splice.replacement.isEmpty()) {
            pieces.insert(pieces.begin() + qsizetype(first), Piece {&splice.replacement, 0, splice.replacement.size()});
        }
        total += splice.replacement.size() - (splice.end - splice.start);
    }
    QByteArray result;
    result.reserve(total);
    for (const Piece& piece : pieces) {
        result.append(piece.source->constData() + piece.from, piece.size);
    }
    return result;
}

bool shouldCompact(qsizetype textSize, qint64 count, qint64 bytes)
{
    // 1024 splices. Writing the full text costs about four times its size (the log, the
    // checkpoint, the freed pages: 42 MB for 10 MB), a splice about 16 KB whatever the size;
    // folded in every 1024 saves (8 minutes of typing saved every half second), the full
    // writes add about 40 KB a save. A reader applies them all in one pass (applied()), a few
    // milliseconds.
    constexpr qint64 kMostSplices = 1024;
    // A quarter of the text: the table never holds more than that beyond the text, and a paste
    // that large is about as cheap to write with the whole text. 64 KiB at least, so the splices
    // of a small spec are not folded in at every paste.
    constexpr qint64 kLeastBytes = 64 * 1024;
    return count > kMostSplices || bytes > std::max(kLeastBytes, qint64(textSize) / 4);
}

std::optional<QByteArray> read(const QSqlDatabase& db, qint64 specId, QString* error)
{
    {
        // Usually there are none: then one statement reads the draft, in one state.
        static const QString sql
            = QStringLiteral("SELECT %1 FROM specs WHERE id = ?").arg(QLatin1String(kTextUnlessSpliced));
        PreparedQuery text(db, sql);
        text->addBindValue(specId);
        if (!text.run(error) || !text->next()) {
            return std::nullopt;
        }
        if (!text->value(1).toBool()) {
            return text.bytes(0);
        }
    }
    // The text and its splices from one state: a compaction committed between two reads would
    // otherwise apply the splices twice, or not at all.
    const StoreQuery::Snapshot snapshot(db);
    QByteArray content;
    {
        PreparedQuery text(db, QStringLiteral("SELECT content FROM specs WHERE id = ?"));
        text->addBindValue(specId);
        if (!text.run(error) || !text->next()) {
            return std::nullopt;
        }
        content = text.bytes(0);
    }
    QList<Splice> splices;
    {
        PreparedQuery rows(db,
                           QStringLiteral("SELECT splice_start, splice_end, replacement FROM draft_splices "
                                          "WHERE spec_id = ? ORDER BY id"));
        rows->addBindValue(specId);
        if (!rows.run(error)) {
            return std::nullopt;
        }
        while (rows->next()) {
            splices.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows.bytes(2)});
        }
    }
    std::optional<QByteArray> draft = applied(content, splices);
    if (!draft) {
        qCWarning(lcStore) << "the splices of spec" << specId << "do not fit its text";
        if (error) {
            *error = QCoreApplication::translate("WorkspaceStore",
                                                 "The draft in the workspace is damaged: its edits do not fit its "
                                                 "text. Nothing was changed.");
        }
    }
    return draft;
}

} // namespace DraftText
