#include "HistoryTimelineModel.h"

#include "ResourceIcons.h"
#include "ResourcePaths.h"

#include <QIcon>
#include <QLocale>

namespace {

/// The app's own line icons, drawn in the text colour like the toolbar's: stock icons of the
/// style looked like another program's. The label says the kind too.
QIcon makeIcon(HistoryEntry::Kind kind)
{
    switch (kind) {
    case HistoryEntry::Kind::Draft:
        return ResourceIcons::themed(ResourcePaths::actionIcon(QStringLiteral("edit")));
    case HistoryEntry::Kind::ServerVersion:
        return ResourceIcons::themed(ResourcePaths::actionIcon(QStringLiteral("server")));
    case HistoryEntry::Kind::Pull:
        return ResourceIcons::themed(ResourcePaths::actionIcon(QStringLiteral("pull")));
    case HistoryEntry::Kind::Sync:
        return ResourceIcons::themed(ResourcePaths::actionIcon(QStringLiteral("push")));
    case HistoryEntry::Kind::Restore:
        return ResourceIcons::themed(ResourcePaths::actionIcon(QStringLiteral("undo")));
    case HistoryEntry::Kind::Resolution:
        return ResourceIcons::themed(ResourcePaths::actionIcon(QStringLiteral("merge")));
    }
    return {};
}

bool sameIds(const QList<HistoryEntry>& a, const QList<HistoryEntry>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const HistoryEntry& x, const HistoryEntry& y) {
        return x.id == y.id;
    });
}

} // namespace

HistoryTimelineModel::HistoryTimelineModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

bool HistoryTimelineModel::setEntries(const QList<HistoryEntry>& entries)
{
    if (sameIds(m_entries, entries)) {
        m_entries = entries;
        if (!m_entries.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
        }
        return false;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    return true;
}

int HistoryTimelineModel::rowOf(const QString& entryId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == entryId) {
            return row;
        }
    }
    return -1;
}

int HistoryTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant HistoryTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const HistoryEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString detail = detailOf(entry);
        return detail.isEmpty() ? entry.label() : entry.label() + QLatin1Char('\n') + detail;
    }
    case Qt::DecorationRole:
        return iconOf(entry.kind);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString detail = detailOf(entry);
        return detail.isEmpty() ? entry.label() : tr("%1, %2").arg(entry.label(), detail);
    }
    case EntryIdRole:
        return entry.id;
    case KindRole:
        return HistoryEntry::kindId(entry.kind);
    default:
        return {};
    }
}

QIcon HistoryTimelineModel::iconOf(HistoryEntry::Kind kind) const
{
    // Made once: the style makes a new icon on each call, and a view asks on every repaint, so
    // Qt's pixmap cache would fill with copies of the same six pictures.
    auto it = m_icons.constFind(int(kind));
    if (it == m_icons.cend()) {
        it = m_icons.insert(int(kind), makeIcon(kind));
    }
    return *it;
}

QString HistoryTimelineModel::detailOf(const HistoryEntry& entry)
{
    QStringList parts;
    if (entry.when.isValid()) {
        parts << QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat);
    }
    if (!entry.author.isEmpty()) {
        parts << entry.author;
    }
    return parts.join(QStringLiteral(" · "));
}
