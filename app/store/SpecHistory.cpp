#include "SpecHistory.h"

#include "DraftText.h"
#include "RemoteSpecStore.h"
#include "StoreQuery.h"
#include "WorkspaceStore.h"

namespace {

const QString kDraftId = QStringLiteral("draft");

} // namespace

SpecHistory::SpecHistory(WorkspaceStore* store)
    : m_store(store)
{
}

QList<HistoryEntry> SpecHistory::timeline(qint64 specId) const
{
    QList<HistoryEntry> entries;
    // The draft and the versions from one state of the workspace.
    const StoreQuery::Snapshot snapshot(m_store->database());
    QSqlQuery draft(m_store->database());
    draft.prepare(QStringLiteral("SELECT %1, updated_at FROM specs INDEXED BY specs_meta WHERE id = ?")
                      .arg(QLatin1String(DraftText::kDiffersFromBase)));
    draft.addBindValue(specId);
    if (!StoreQuery::run(draft, nullptr) || !draft.next()) {
        return entries;
    }
    if (draft.value(0).toBool()) {
        HistoryEntry current;
        current.id = kDraftId;
        current.kind = HistoryEntry::Kind::Draft;
        current.when = QDateTime::fromString(draft.value(1).toString(), Qt::ISODateWithMs);
        entries << current;
    }
    // The index holds every column read here, so no version's text is walked past.
    QSqlQuery versions(m_store->database());
    versions.setForwardOnly(true);
    versions.prepare(QStringLiteral("SELECT origin, number, COALESCE(NULLIF(created_at, ''), recorded_at), author "
                                    "FROM spec_versions INDEXED BY spec_versions_timeline WHERE spec_id = ?"));
    versions.addBindValue(specId);
    if (!StoreQuery::run(versions, nullptr)) {
        return entries;
    }
    QList<HistoryEntry> recorded;
    while (versions.next()) {
        HistoryEntry entry;
        if (!HistoryEntry::fromOrigin(versions.value(0).toString(), &entry.kind)) {
            continue;
        }
        entry.number = versions.value(1).toInt();
        entry.id = HistoryEntry::idOf(entry.kind, entry.number);
        entry.when = QDateTime::fromString(versions.value(2).toString(), Qt::ISODateWithMs);
        entry.author = versions.value(3).toString();
        recorded << entry;
    }
    // Newest first; a server version and the local snapshot of the same moment keep a fixed order.
    std::stable_sort(recorded.begin(), recorded.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
        if (a.when != b.when) {
            return a.when > b.when;
        }
        return a.kind == b.kind ? a.number > b.number : int(a.kind) < int(b.kind);
    });
    entries << recorded;
    return entries;
}

std::optional<HistoryEntry> SpecHistory::entry(qint64 specId, const QString& entryId) const
{
    if (entryId == kDraftId) {
        const std::optional<SpecRecord> spec = m_store->spec(specId);
        if (!spec) {
            return std::nullopt;
        }
        HistoryEntry current;
        current.id = entryId;
        current.content = spec->content;
        current.when = spec->updatedAt;
        return current;
    }
    HistoryEntry chosen;
    if (!HistoryEntry::parseId(entryId, &chosen.kind, &chosen.number)) {
        return std::nullopt;
    }
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT COALESCE(NULLIF(created_at, ''), recorded_at), author, content "
                                 "FROM spec_versions WHERE spec_id = ? AND origin = ? AND number = ?"));
    query.addBindValue(specId);
    query.addBindValue(HistoryEntry::kindId(chosen.kind));
    query.addBindValue(chosen.number);
    if (!StoreQuery::run(query, nullptr) || !query.next()) {
        return std::nullopt;
    }
    chosen.id = HistoryEntry::idOf(chosen.kind, chosen.number);
    chosen.when = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    chosen.author = query.value(1).toString();
    chosen.content = query.value(2).toByteArray();
    return chosen;
}

bool SpecHistory::restore(qint64 specId, const QString& entryId, QString* error)
{
    const std::optional<HistoryEntry> chosen = entry(specId, entryId);
    if (!chosen) {
        *error = QCoreApplication::translate("SpecHistory", "This spec has no history entry '%1'.").arg(entryId);
        return false;
    }
    return m_store->saveSpecContent(specId, chosen->content, error) && recordRestore(specId, chosen->content);
}

bool SpecHistory::recordRestore(qint64 specId, const QByteArray& content)
{
    return RemoteSpecStore(m_store).addSnapshot(specId, HistoryEntry::kindId(HistoryEntry::Kind::Restore), content);
}
