#include "ComparisonWindow.h"

#include "DiffView.h"
#include "SemanticSummaryView.h"

#include <QDialogButtonBox>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>

ComparisonWindow::ComparisonWindow(QWidget* parent)
    : QDialog(parent)
    , m_summary(new SemanticSummaryView(this))
    , m_diff(new DiffView(this))
{
    setObjectName(QStringLiteral("comparisonWindow"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_summary);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Most of the screen, with room left for a title bar and a panel.
    const QRect available = (parent ? parent->screen() : screen())->availableGeometry();
    resize(available.width() * 9 / 10, available.height() * 8 / 10);
}

void ComparisonWindow::showComparison(const QString& olderTitle,
                                      const QString& newerTitle,
                                      const SemanticDiff& meaning,
                                      const TextDiff& text)
{
    setWindowTitle(tr("%1 → %2").arg(olderTitle, newerTitle));
    m_summary->showDiff(meaning);
    m_diff->showDiff(text, olderTitle, newerTitle);
}
