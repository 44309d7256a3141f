#pragma once

#include "ThreeWayMerge.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QButtonGroup;
class QLabel;

/// A JSON spec's merge by field (Scale GP, Adobe): each field both sides changed differently,
/// with its value on each side as a choice (a pair of radio buttons: Tab reaches each field,
/// the arrow keys choose). The choices go to ThreeWayMerge::mergeChoosing(); the merge editor
/// writes what that gives into its result once every field is chosen.
class FieldMergeChoices : public QWidget
{
    Q_OBJECT

public:
    explicit FieldMergeChoices(const QList<ThreeWayMerge::FieldConflict>& conflicts, QWidget* parent = nullptr);

    QHash<QString, ThreeWayMerge::Side> choices() const;
    bool allChosen() const { return choices().size() == m_paths.size(); }
    /// Chooses a side for the field at `path` (tests, and the merge editor's Take buttons).
    void choose(const QString& path, ThreeWayMerge::Side side);
    /// Shows `choices` (a field it does not name shows none), without choicesChanged().
    void setChoices(const QHash<QString, ThreeWayMerge::Side>& choices);

Q_SIGNALS:
    void choicesChanged();

private:
    QList<QString> m_paths;
    QList<QButtonGroup*> m_groups;
};
