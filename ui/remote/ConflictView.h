#pragma once

#include "SpecKind.h"
#include "SyncJournal.h"

#include <QDialog>

class QLabel;
class QPushButton;
class SpecEditor;

/// A spec's conflict side by side: the draft ("mine") on the left, the server's text ("theirs")
/// on the right, both read-only, with the lines that differ marked. The user decides with Keep
/// Mine, Take Theirs, or Use Editor Text after merging by hand in the spec's own editor; the view
/// only says which (resolutionChosen()), the sync controller does it.
///
/// It is not modal, so the spec's editor stays usable for that hand merge while it is open.
class ConflictView : public QDialog
{
    Q_OBJECT

public:
    ConflictView(qint64 specId,
                 const QString& title,
                 SpecKind kind,
                 const QByteArray& mine,
                 const QByteArray& theirs,
                 const QString& message,
                 QWidget* parent = nullptr);

    qint64 specId() const { return m_specId; }
    SpecEditor* mineEditor() const { return m_mine; }
    SpecEditor* theirsEditor() const { return m_theirs; }
    /// 0-based lines marked as changed in each pane.
    QList<int> changedLines(const SpecEditor* pane) const;

Q_SIGNALS:
    void resolutionChosen(qint64 specId, SyncJournal::Resolution resolution);

private:
    SpecEditor* addPane(const QByteArray& content, SpecKind kind, const QString& objectName);
    /// Marks the lines each side has that the other lacks, from dtl's line diff.
    void markDifferences(const QByteArray& mine, const QByteArray& theirs);
    void choose(SyncJournal::Resolution resolution);

    qint64 m_specId;
    SpecEditor* m_mine;
    SpecEditor* m_theirs;
    int m_changedMarker = -1;
};
