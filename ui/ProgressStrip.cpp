#include "ProgressStrip.h"

#include "LongOperations.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <limits>

ProgressStrip::ProgressStrip(LongOperations* operations, QWidget* parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("progressStrip"));
    m_text->setTextFormat(Qt::PlainText);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelOperationButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAccessibleDescription(tr("Stops the operation shown next to it."));
    m_cancel->setToolTip(tr("Stops the operation shown next to it. Edits are never lost."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, m_operations, &LongOperations::cancelNewest);
    connect(m_operations, &LongOperations::changed, this, &ProgressStrip::refresh);
    refresh();
}

void ProgressStrip::refresh()
{
    setVisible(!m_operations->isEmpty());
    if (m_operations->isEmpty()) {
        return;
    }
    const LongOperations::Operation operation = m_operations->newest();
    const qsizetype others = m_operations->count() - 1;
    m_text->setText(others > 0 ? tr("%1 (and %n more)", nullptr, int(others)).arg(operation.text) : operation.text);
    if (operation.total > 0) {
        // QProgressBar counts in int; scale very large totals down to fit.
        const qint64 divisor = operation.total / std::numeric_limits<int>::max() + 1;
        m_bar->setRange(0, int(operation.total / divisor));
        m_bar->setValue(int(std::min(operation.done, operation.total) / divisor));
    } else {
        m_bar->setRange(0, 0); // busy: the total is not known yet
    }
    m_bar->setAccessibleDescription(operation.text);
    m_cancel->setEnabled(static_cast<bool>(operation.cancel));
}
