#pragma once

#include "HistoryEntry.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QList>

/// A spec's timeline as a list, newest first, for the History panel. It holds entries without
/// their text (what SpecHistory::timeline() gives cheaply), so refreshing it after every autosave
/// stays fast. A refresh with the same entries only updates their rows, so a selection survives
/// typing in the editor.
class HistoryTimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, ///< "draft", "v3", "pull-2", ...
        KindRole, ///< HistoryEntry::kindId() of the entry
    };

    explicit HistoryTimelineModel(QObject* parent = nullptr);

    /// True when the rows were reset (the entries differ), which drops a view's selection.
    bool setEntries(const QList<HistoryEntry>& entries);
    const QList<HistoryEntry>& entries() const { return m_entries; }
    /// The row of the entry with `entryId`, or -1.
    int rowOf(const QString& entryId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    /// "15 Jan 2025 14:30 · sarah.chen@acme.com": local time, and the author when known.
    static QString detailOf(const HistoryEntry& entry);

    QIcon iconOf(HistoryEntry::Kind kind) const;

    QList<HistoryEntry> m_entries;
    /// One icon per kind of entry.
    mutable QHash<int, QIcon> m_icons;
};
