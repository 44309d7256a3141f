#include "SemanticSummaryView.h"

#include "DistributionBar.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace {

/// Percent shares as whole basis points: DistributionBar draws integers relative to their sum.
QList<qint64> sharesFor(const QStringList& names, const QList<QPair<QString, double>>& side)
{
    QList<qint64> shares;
    for (const QString& name : names) {
        double share = 0;
        for (const auto& [value, percent] : side) {
            if (value == name) {
                share = percent;
            }
        }
        shares << qRound64(share * 100.0);
    }
    return shares;
}

} // namespace

SemanticSummaryView::SemanticSummaryView(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_note(new QLabel(this))
    , m_barsArea(new QWidget(this))
    , m_bars(new QGridLayout(m_barsArea))
{
    m_list->setObjectName(QStringLiteral("semanticChangesList"));
    m_list->setAccessibleName(tr("What changed"));
    m_list->setAccessibleDescription(tr("The changes between the compared entries in the spec's own terms."));
    m_list->setMaximumHeight(fontMetrics().height() * 6);
    m_note->setObjectName(QStringLiteral("semanticNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_bars->setContentsMargins(0, 0, 0, 0);
    m_bars->setColumnStretch(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_note);
    layout->addWidget(m_barsArea);
    clear();
}

void SemanticSummaryView::clear()
{
    m_list->clear();
    m_note->hide();
    while (QLayoutItem* item = m_bars->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_barPairs = 0;
    m_barsArea->hide();
    hide();
}

void SemanticSummaryView::showDiff(const SemanticDiff& diff)
{
    clear();
    m_list->addItems(diff.changes);
    if (diff.changes.isEmpty()) {
        m_list->addItem(tr("No change in meaning (the text differs only in layout or wording)."));
    }
    m_note->setText(diff.note);
    m_note->setVisible(!diff.note.isEmpty());
    for (const SemanticDiff::Distribution& distribution : diff.distributions) {
        addBars(distribution);
    }
    m_barsArea->setVisible(m_barPairs > 0);
    show();
}

QStringList SemanticSummaryView::changes() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row) {
        texts << m_list->item(row)->text();
    }
    return texts;
}

void SemanticSummaryView::addBars(const SemanticDiff::Distribution& distribution)
{
    // One list of values for both bars, so a value keeps its colour from before to after.
    QStringList names;
    for (const auto* side : {&distribution.before, &distribution.after}) {
        for (const auto& share : *side) {
            if (!names.contains(share.first)) {
                names << share.first;
            }
        }
    }
    const int row = m_barPairs * 2;
    auto* property = new QLabel(distribution.property, m_barsArea);
    property->setTextFormat(Qt::PlainText);
    m_bars->addWidget(property, row, 0, 2, 1, Qt::AlignTop);
    const struct
    {
        QString title;
        const QList<QPair<QString, double>>* side;
    } sides[] = {{tr("before"), &distribution.before}, {tr("after"), &distribution.after}};
    for (int i = 0; i < 2; ++i) {
        auto* title = new QLabel(sides[i].title, m_barsArea);
        m_bars->addWidget(title, row + i, 1);
        auto* bar = new DistributionBar(m_barsArea);
        bar->setObjectName(QStringLiteral("%1Bar").arg(
            sides[i].side == &distribution.before ? QStringLiteral("before") : QStringLiteral("after")));
        bar->setAccessibleName(tr("%1 %2").arg(distribution.property, sides[i].title));
        if (sides[i].side->isEmpty()) {
            bar->setToolTip(sides[i].side == &distribution.before ? tr("Not in the older version")
                                                                  : tr("Not in the newer version"));
        }
        bar->setShares(names, sharesFor(names, *sides[i].side));
        m_bars->addWidget(bar, row + i, 2);
    }
    ++m_barPairs;
}
