#include "ProblemsPanel.h"

#include "DiagnosticListModel.h"
#include "PlainToolTip.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

ProblemsPanel::ProblemsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new DiagnosticListModel(this))
    , m_view(new QTreeView(this))
    , m_summaryLabel(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->setAccessibleDescription(
        tr("Errors and warnings in the current spec, with their line and column; activate one to go to it."));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setModel(m_model);
    // Messages quote the spec's own keys and values.
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(DiagnosticListModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticListModel::LocationColumn, QHeaderView::ResizeToContents);
    m_summaryLabel->setObjectName(QStringLiteral("problemsSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_view);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT jumpRequested(index.data(DiagnosticListModel::OffsetRole).toLongLong());
    });
    showDiagnostics({}, false);
}

void ProblemsPanel::showDiagnostics(const Diagnostics& diagnostics, bool hasDocument)
{
    m_model->setDiagnostics(diagnostics);
    if (!hasDocument) {
        m_summaryLabel->setText(tr("No spec is open. Problems in the open spec are listed here."));
    } else if (diagnostics.isEmpty()) {
        m_summaryLabel->setText(tr("No problems found."));
    } else {
        m_summaryLabel->setText(diagnostics.size() == 1
                                    ? tr("1 problem — activate it to go to its place.")
                                    : tr("%1 problems — activate one to go to its place.").arg(diagnostics.size()));
    }
}
