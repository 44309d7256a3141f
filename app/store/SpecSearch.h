#pragma once

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

/// One place a search found: a line of a spec's current text (the draft, splices applied).
struct SearchHit
{
    qint64 specId = 0;
    QString collection; ///< the connection's name, or the local collection's
    QString title;
    int line = 1; ///< 1-based
    int column = 1; ///< 1-based, in characters
    int length = 0; ///< of the match, in characters
    qint64 offset = 0; ///< byte offset of the match in the UTF-8 text, where the editor goes
    QString lineText; ///< the line, trimmed to a readable length around the match
};

/// Find across specs: every spec of the workspace whose text holds a piece of text, as typed,
/// ignoring case. The trigram index (schema step 9) picks the specs; each is then read as the
/// user would see it, so a hit is where the text is now, and text typed since the last full
/// write, or in a spec too big to index, is found too.
namespace SpecSearch {

struct Result
{
    QList<SearchHit> hits;
    /// Specs with more hits than were kept, or more specs than were read: say so.
    bool truncated = false;
    QString error;
};

/// Searches with `db` (a connection of the calling thread). For texts of three characters or
/// more it first brings the index up to the workspace's texts, in small write transactions. Stops early once
/// `cancelled` is set, so a query the user has typed over costs little.
Result
find(const QSqlDatabase& db, const QString& text, int maxHits = 1000, const std::atomic<bool>* cancelled = nullptr);

} // namespace SpecSearch

Q_DECLARE_METATYPE(SpecSearch::Result)
