#pragma once

#include "SemanticDiff.h"
#include "TextDiff.h"

#include <QWidget>

class DiffView;
class SemanticSummaryView;

/// A comparison of two texts of a spec as a tab of the editor area, full width, where the
/// History dock shows only a few lines a side at 1280×800: the change in analysts' words above,
/// the texts side by side (or inline) below. Opened from History, from the tree's Compare Draft
/// with Server and from a conflict's banner.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget* parent = nullptr);

    void showComparison(const QString& olderTitle,
                        const QString& newerTitle,
                        const SemanticDiff& meaning,
                        const TextDiff& text);
    DiffView* diffView() const { return m_diff; }
    SemanticSummaryView* summaryView() const { return m_summary; }

private:
    SemanticSummaryView* m_summary;
    DiffView* m_diff;
};
