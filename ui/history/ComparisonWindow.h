#pragma once

#include "SemanticDiff.h"
#include "TextDiff.h"

#include <QDialog>

class DiffView;
class SemanticSummaryView;

/// A History comparison in a window as large as the screen allows, where the dock shows only a
/// few lines a side at 1280×800: the change in analysts' words above, the texts side by side
/// (or inline) below. Not modal, so the editor stays at hand.
class ComparisonWindow : public QDialog
{
    Q_OBJECT

public:
    explicit ComparisonWindow(QWidget* parent = nullptr);

    void showComparison(const QString& olderTitle,
                        const QString& newerTitle,
                        const SemanticDiff& meaning,
                        const TextDiff& text);
    DiffView* diffView() const { return m_diff; }

private:
    SemanticSummaryView* m_summary;
    DiffView* m_diff;
};
