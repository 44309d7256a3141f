#pragma once

#include "SemanticDiff.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;

/// What changed between two versions in analysts' words, above the text diff: the list of
/// SemanticDiff changes and, for DataFramer, each changed property's split before and after as a
/// pair of DistributionBars whose colours match value for value.
class SemanticSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit SemanticSummaryView(QWidget* parent = nullptr);

    void showDiff(const SemanticDiff& diff);
    void clear();
    QStringList changes() const;
    /// The number of properties shown as before/after bars.
    int barPairCount() const { return m_barPairs; }

private:
    void addBars(const SemanticDiff::Distribution& distribution);

    QListWidget* m_list;
    QLabel* m_note;
    QWidget* m_barsArea;
    QGridLayout* m_bars;
    int m_barPairs = 0;
};
