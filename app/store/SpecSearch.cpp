#include "SpecSearch.h"

#include "DraftText.h"
#include "PreparedQuery.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

/// The trigram index finds pieces of three characters or more; shorter ones read every spec.
constexpr int kTrigram = 3;
/// Texts the index leaves out (schema step 9).
constexpr qint64 kIndexedBytes = 2 * 1024 * 1024;
/// How much of a long line a hit shows on each side of the match.
constexpr int kContext = 60;

QString ftsPhrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool isCancelled(const std::atomic<bool>* cancelled)
{
    return cancelled != nullptr && cancelled->load(std::memory_order_relaxed);
}

/// Brings the index up to the texts the workspace holds now: drops what it holds of specs that
/// are gone or changed, then indexes the others, a few at a time so that no write of the window
/// waits long for the database.
bool refreshIndex(const QSqlDatabase& db, const std::atomic<bool>* cancelled, QString* error)
{
    constexpr int kBatch = 50;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT i.spec_id FROM spec_search_indexed i LEFT JOIN specs s ON s.id = i.spec_id "
                                   "WHERE s.id IS NULL OR s.content_hash IS NOT i.content_hash"))) {
        *error = query.lastError().text();
        return false;
    }
    QList<qint64> stale;
    while (query.next()) {
        stale << query.value(0).toLongLong();
    }
    if (!query.exec(QStringLiteral("SELECT id FROM specs WHERE id NOT IN (SELECT spec_id FROM spec_search_indexed)"))) {
        *error = query.lastError().text();
        return false;
    }
    QList<qint64> fresh;
    while (query.next()) {
        fresh << query.value(0).toLongLong();
    }
    fresh += stale;
    QSqlDatabase writer = db;
    for (qsizetype from = 0; from < fresh.size(); from += kBatch) {
        if (isCancelled(cancelled)) {
            return true;
        }
        if (!writer.transaction()) {
            *error = writer.lastError().text();
            return false;
        }
        for (qsizetype i = from; i < std::min<qsizetype>(fresh.size(), from + kBatch); ++i) {
            const qint64 specId = fresh.at(i);
            // Texts over the limit are read whole when searched; the index holds nothing of them.
            const std::pair<const char*, QVariantList> steps[] = {
                {"DELETE FROM spec_search WHERE rowid = ?", {specId}},
                {"DELETE FROM spec_search_indexed WHERE spec_id = ?", {specId}},
                {"INSERT INTO spec_search(rowid, content) SELECT id, CASE WHEN length(content) <= ? "
                 "THEN CAST(content AS TEXT) ELSE '' END FROM specs WHERE id = ?",
                 {kIndexedBytes, specId}},
                {"INSERT INTO spec_search_indexed(spec_id, content_hash) SELECT id, content_hash FROM specs "
                 "WHERE id = ?",
                 {specId}},
            };
            for (const auto& [sql, values] : steps) {
                PreparedQuery step(db, QString::fromLatin1(sql));
                for (const QVariant& value : values) {
                    step->addBindValue(value);
                }
                if (!step.run(error)) {
                    writer.rollback();
                    return false;
                }
            }
        }
        if (!writer.commit()) {
            *error = writer.lastError().text();
            writer.rollback();
            return false;
        }
    }
    return true;
}

/// The specs that may hold `text`, in the tree's order (collection, then title).
QList<qint64> candidates(const QSqlDatabase& db, const QString& text, QString* error)
{
    QSet<qint64> wanted;
    const bool indexed = text.size() >= kTrigram;
    QSqlQuery query(db);
    if (indexed) {
        query.prepare(QStringLiteral("SELECT rowid FROM spec_search WHERE spec_search MATCH ?"));
        query.addBindValue(ftsPhrase(text));
        if (!query.exec()) {
            *error = query.lastError().text();
            return {};
        }
        while (query.next()) {
            wanted.insert(query.value(0).toLongLong());
        }
        // What the index does not hold as it reads now: big texts and drafts with splices.
        query.prepare(QStringLiteral("SELECT id FROM specs WHERE length(content) > ? "
                                     "UNION SELECT spec_id FROM draft_splices"));
        query.addBindValue(kIndexedBytes);
        if (!query.exec()) {
            *error = query.lastError().text();
            return {};
        }
        while (query.next()) {
            wanted.insert(query.value(0).toLongLong());
        }
    }
    query.prepare(QStringLiteral("SELECT s.id FROM specs s JOIN collections c ON c.id = s.collection_id "
                                 "ORDER BY c.id, s.title COLLATE NOCASE, s.id"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return {};
    }
    QList<qint64> ordered;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (!indexed || wanted.contains(id)) {
            ordered.append(id);
        }
    }
    return ordered;
}

/// How many UTF-8 bytes `text` takes, without converting it.
qint64 utf8Size(QStringView text)
{
    qint64 bytes = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
        bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : QChar::isSurrogate(unit) ? 2 : 3;
    }
    return bytes;
}

/// The line around a match, cut to a readable length.
QString excerpt(QStringView line, qsizetype column, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, column - kContext);
    const qsizetype to = std::min<qsizetype>(line.size(), column + length + kContext);
    QString shown = line.mid(from, to - from).toString();
    shown.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (from > 0) {
        shown.prepend(QStringLiteral("…"));
    }
    if (to < line.size()) {
        shown.append(QStringLiteral("…"));
    }
    return shown;
}

} // namespace

namespace SpecSearch {

Result find(const QSqlDatabase& db, const QString& text, int maxHits, const std::atomic<bool>* cancelled)
{
    Result result;
    if (text.isEmpty()) {
        return result;
    }
    if (text.size() >= kTrigram && !refreshIndex(db, cancelled, &result.error)) {
        return result;
    }
    const QList<qint64> specs = candidates(db, text, &result.error);
    QSqlQuery names(db);
    names.prepare(QStringLiteral("SELECT s.title, c.name FROM specs s JOIN collections c ON c.id = s.collection_id "
                                 "WHERE s.id = ?"));
    for (const qint64 specId : specs) {
        if (isCancelled(cancelled)) {
            return {};
        }
        const std::optional<QByteArray> bytes = DraftText::read(db, specId);
        if (!bytes) {
            continue;
        }
        const QString content = QString::fromUtf8(*bytes);
        qsizetype at = content.indexOf(text, 0, Qt::CaseInsensitive);
        if (at < 0) {
            continue;
        }
        names.addBindValue(specId);
        if (!names.exec() || !names.next()) {
            continue;
        }
        const QString title = names.value(0).toString();
        const QString collection = names.value(1).toString();
        names.finish();
        int line = 1;
        qsizetype lineStart = 0;
        qsizetype counted = 0;
        qint64 offset = 0;
        while (at >= 0) {
            if (result.hits.size() >= maxHits) {
                result.truncated = true;
                return result;
            }
            const QStringView passed = QStringView(content).mid(counted, at - counted);
            line += int(passed.count(QLatin1Char('\n')));
            offset += utf8Size(passed);
            const qsizetype newline = content.lastIndexOf(QLatin1Char('\n'), at);
            lineStart = newline < 0 ? 0 : newline + 1;
            counted = at;
            qsizetype lineEnd = content.indexOf(QLatin1Char('\n'), at);
            lineEnd = lineEnd < 0 ? content.size() : lineEnd;
            SearchHit hit;
            hit.specId = specId;
            hit.collection = collection;
            hit.title = title;
            hit.line = line;
            hit.column = int(at - lineStart) + 1;
            hit.length = int(text.size());
            hit.offset = offset;
            hit.lineText
                = excerpt(QStringView(content).mid(lineStart, lineEnd - lineStart), at - lineStart, text.size());
            result.hits.append(hit);
            at = content.indexOf(text, at + std::max<qsizetype>(1, text.size()), Qt::CaseInsensitive);
        }
    }
    return result;
}

} // namespace SpecSearch
