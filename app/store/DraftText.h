#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

/// A spec's draft as the workspace stores it: its last full text (`specs.content`) and the
/// splices autosave appended after it (`draft_splices`), so that typing a character in a 10 MB
/// spec writes a small row instead of the whole text again. `content_hash` is always the hash of
/// the text with every splice applied; writing the full text drops the splices in the same
/// statement (a trigger, schema step 7), whoever writes it.
///
/// Everything that reads a draft's text reads it through read() (or kTextUnlessSpliced). SQL
/// that only compares a draft with another text compares hashes (kDiffersFromBase, kIsText):
/// a row with splices always has content_hash, and base_hash when it has a base
/// (WorkspaceStore::saveDraft sees to it).
namespace DraftText {

/// One edit: the bytes [start, end) of the text before it become `replacement`.
struct Splice
{
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArray replacement;
};

/// The one splice that turns `from` into `to`: what lies between their common prefix and suffix.
Splice between(const QByteArray& from, const QByteArray& to);

/// What a text's next version is spliced against when keeping the text itself costs too much:
/// the hashes of its blocks, counted from its start and from its end (160 KB for 10 MB). The
/// draft writer kept the last text it wrote for between(), a fourth copy of a 10 MB spec
/// alive while typing. The splice found spans whole blocks around the change, a little longer
/// than between()'s, and is exact unless two different blocks share a 64-bit hash.
class Fingerprint
{
public:
    static constexpr qsizetype kBlockBytes = 1024;

    explicit Fingerprint(const QByteArray& text, qsizetype blockBytes = kBlockBytes);
    qsizetype textSize() const { return m_textSize; }
    /// The one splice that turns the text this was taken of into `to`.
    Splice spliceTo(const QByteArray& to) const;

private:
    size_t blockHash(const QByteArray& text, qsizetype offset) const;

    qsizetype m_textSize;
    qsizetype m_blockBytes;
    size_t m_seed; ///< random, so no text can be made to collide on purpose
    std::vector<size_t> m_fromStart; ///< block i is [i * size, (i + 1) * size)
    std::vector<size_t> m_fromEnd; ///< block i ends i blocks before the text's end
};
/// `text` with `splices` applied in order; std::nullopt when one does not fit the text it meets.
std::optional<QByteArray> applied(const QByteArray& text, const QList<Splice>& splices);

/// Whether a draft of `textSize` bytes with `count` splices of `bytes` replacement bytes in all
/// is better written as a full text again than given one more splice (see the .cpp for why).
bool shouldCompact(qsizetype textSize, qint64 count, qint64 bytes);

/// The draft of `specId` as every reader must see it, the full text and its splices read in one
/// snapshot (also inside the caller's transaction). std::nullopt when the spec is gone, or its
/// splices do not fit its text (never written so: each splice is committed with its hash).
std::optional<QByteArray> read(const QSqlDatabase& db, qint64 specId, QString* error = nullptr);

/// SQL of two columns over a row of specs: `content` unless splices follow it (then NULL, and
/// its pages are not read), and whether they do. Without splices that text is the draft, read
/// in one statement, one state of the workspace.
extern const char* const kTextUnlessSpliced;
/// SQL, true when a spec's draft differs from its base or it has none.
extern const char* const kDiffersFromBase;
/// SQL with two parameters, a text's hash and then the text: true when the draft is that text.
extern const char* const kIsText;

} // namespace DraftText
