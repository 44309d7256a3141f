#include "HistoryTimelineModel.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace {

/// Stock icons keep the kinds apart without artwork of our own; the label says the kind too.
QIcon makeIcon(HistoryEntry::Kind kind)
{
    QStyle* style = QApplication::style();
    switch (kind) {
    case HistoryEntry::Kind::Draft:
        return style->standardIcon(QStyle::SP_FileIcon);
    case HistoryEntry::Kind::ServerVersion:
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    case HistoryEntry::Kind::Pull:
        return style->standardIcon(QStyle::SP_ArrowDown);
    case HistoryEntry::Kind::Sync:
        return style->standardIcon(QStyle::SP_ArrowUp);
    case HistoryEntry::Kind::Restore:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case HistoryEntry::Kind::Resolution:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
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
