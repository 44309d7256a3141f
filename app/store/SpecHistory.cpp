#include "SpecHistory.h"

#include "DraftText.h"
#include "RemoteSpecStore.h"
#include "StoreQuery.h"
#include "WorkspaceStore.h"

SpecHistory::SpecHistory(WorkspaceStore* store)
    : m_store(store)
{
}

QList<HistoryEntry> SpecHistory::timeline(qint64 specId, bool withContent) const
{
    QList<HistoryEntry> entries;
    // The draft and the versions from one state of the workspace.
    const StoreQuery::Snapshot snapshot(m_store->database());
    QSqlQuery draft(m_store->database());
    draft.prepare(QStringLiteral("SELECT %1, updated_at FROM specs WHERE id = ?")
                      .arg(QLatin1String(DraftText::kDiffersFromBase)));
    draft.addBindValue(specId);
    if (!StoreQuery::run(draft, nullptr) || !draft.next()) {
        return entries;
    }
    if (draft.value(0).toBool()) {
        HistoryEntry current;
        current.id = QStringLiteral("draft");
        current.kind = HistoryEntry::Kind::Draft;
        current.when = QDateTime::fromString(draft.value(1).toString(), Qt::ISODateWithMs);
        if (withContent) {
            current.content = DraftText::read(m_store->database(), specId).value_or(QByteArray());
        }
        entries << current;
    }
    QSqlQuery versions(m_store->database());
    versions.prepare(QStringLiteral("SELECT origin, number, COALESCE(NULLIF(created_at, ''), recorded_at), author%1 "
                                    "FROM spec_versions WHERE spec_id = ?")
                         .arg(withContent ? QStringLiteral(", content") : QString()));
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
        entry.id = entry.kind == HistoryEntry::Kind::ServerVersion
                       ? QStringLiteral("v%1").arg(entry.number)
                       : QStringLiteral("%1-%2").arg(HistoryEntry::kindId(entry.kind)).arg(entry.number);
        entry.when = QDateTime::fromString(versions.value(2).toString(), Qt::ISODateWithMs);
        entry.author = versions.value(3).toString();
        if (withContent) {
            entry.content = versions.value(4).toByteArray();
        }
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
    if (entryId == QLatin1String("draft")) {
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
    for (HistoryEntry& candidate : timeline(specId, true)) {
        if (candidate.id == entryId) {
            return candidate;
        }
    }
    return std::nullopt;
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
