#include "ComparisonView.h"

#include "DiffView.h"
#include "SemanticSummaryView.h"

#include <QSplitter>
#include <QVBoxLayout>

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new SemanticSummaryView(this))
    , m_diff(new DiffView(this))
{
    setObjectName(QStringLiteral("comparisonView"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_summary);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    // The text's navigation (F7, Shift+F7) works anywhere in the tab.
    addActions(m_diff->navigationActions());
}

void ComparisonView::showComparison(const QString& olderTitle,
                                    const QString& newerTitle,
                                    const SemanticDiff& meaning,
                                    const TextDiff& text)
{
    m_summary->showDiff(meaning);
    m_diff->showDiff(text, olderTitle, newerTitle);
}
