#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

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
