#include "PropertyGroupWidget.h"

#include "DistributionBar.h"
#include "DistributionController.h"
#include "DistributionMath.h"
#include "ShareRow.h"

#include <QAccessible>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

PropertyGroupWidget::PropertyGroupWidget(DistributionController* controller, qsizetype property, QWidget* parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_property(property)
    , m_expander(new QToolButton(this))
    , m_sum(new QLabel(this))
    , m_bar(new DistributionBar(this))
    , m_problem(new QLabel(this))
    , m_fix(new QPushButton(this))
    , m_secondFix(new QPushButton(this))
    , m_refusal(new QLabel(this))
    , m_body(new QWidget(this))
    , m_grid(new QGridLayout)
    , m_equalize(new QPushButton(tr("Equalize"), m_body))
    , m_normalize(new QPushButton(tr("Normalize to 100"), m_body))
    , m_addValue(new QPushButton(tr("Add value"), m_body))
    , m_newValue(new QLineEdit(m_body))
{
    setFrameShape(QFrame::StyledPanel);
    m_expander->setCheckable(true);
    m_expander->setAutoRaise(true);
    m_expander->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_expander->setArrowType(Qt::RightArrow);
    QFont bold = m_expander->font();
    bold.setBold(true);
    m_expander->setFont(bold);
    m_sum->setObjectName(QStringLiteral("sumBadge"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_newValue->setPlaceholderText(tr("New value"));
    m_newValue->setAccessibleDescription(tr("A value to add to property_values; press Enter or Add value."));
    m_equalize->setToolTip(tr("Split what the locked values leave equally among the others."));
    m_normalize->setToolTip(tr("Scale the unlocked values so that all of them add up to exactly 100."));
    m_addValue->setToolTip(tr("Add the typed value to property_values, with a share of 0."));

    auto* header = new QHBoxLayout;
    header->addWidget(m_expander, 1);
    header->addWidget(m_sum);
    auto* problems = new QHBoxLayout;
    problems->addWidget(m_problem, 1);
    problems->addWidget(m_fix);
    problems->addWidget(m_secondFix);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(6);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_equalize);
    actions->addWidget(m_normalize);
    actions->addStretch();
    auto* adding = new QHBoxLayout;
    adding->addWidget(m_newValue, 1);
    adding->addWidget(m_addValue);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(m_grid);
    body->addLayout(actions);
    body->addLayout(adding);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_bar);
    layout->addLayout(problems);
    layout->addWidget(m_refusal);
    layout->addWidget(m_body);
    m_body->hide();

    connect(m_expander, &QToolButton::toggled, this, &PropertyGroupWidget::setExpanded);
    connect(m_equalize, &QPushButton::clicked, this, [this] { m_controller->equalize(m_property); });
    connect(m_normalize, &QPushButton::clicked, this, [this] { m_controller->normalize(m_property); });
    connect(m_addValue, &QPushButton::clicked, this, &PropertyGroupWidget::commitNewValue);
    connect(m_newValue, &QLineEdit::returnPressed, this, &PropertyGroupWidget::commitNewValue);
    refresh();
}

PropertyGroupWidget::~PropertyGroupWidget() = default;

const PropertyDistribution& PropertyGroupWidget::property() const
{
    return m_controller->distributions().properties.at(m_property);
}

bool PropertyGroupWidget::isExpanded() const
{
    return m_expander->isChecked();
}

void PropertyGroupWidget::setExpanded(bool expanded)
{
    m_expander->setChecked(expanded);
    m_expander->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (expanded && m_rows.empty()) {
        rebuildRows();
        refresh();
    }
    m_body->setVisible(expanded);
}

void PropertyGroupWidget::setSampleSize(qint64 sampleSize)
{
    if (sampleSize == m_sampleSize) {
        return;
    }
    m_sampleSize = sampleSize;
    refresh();
}

void PropertyGroupWidget::rebuildRows()
{
    m_rows.clear();
    m_rowValues.clear();
    const PropertyDistribution& p = property();
    for (qsizetype i = 0; i < p.shares.size(); ++i) {
        auto row = std::make_unique<ShareRow>(m_grid, int(i), i, m_body);
        connect(row.get(), &ShareRow::moved, this, [this](qsizetype share, qint64 units) {
            m_controller->moveShare(m_property, share, units);
        });
        connect(row.get(), &ShareRow::dragStarted, m_controller.get(), &DistributionController::beginDrag);
        connect(row.get(), &ShareRow::dragFinished, m_controller.get(), &DistributionController::endDrag);
        connect(row.get(), &ShareRow::lockToggled, this, [this](qsizetype share, bool locked) {
            m_controller->setLocked(m_property, share, locked);
        });
        connect(row.get(), &ShareRow::removeRequested, this, [this](qsizetype share) {
            if (share < property().shares.size()) {
                m_controller->removeValue(m_property, property().shares.at(share).value);
            }
        });
        m_rows.push_back(std::move(row));
        m_rowValues << p.shares[i].value;
    }
    // Tab goes along each row, then down (slider, field, lock, remove), then to the actions.
    QList<QWidget*> order {m_expander, m_fix, m_secondFix};
    for (const auto& row : m_rows) {
        order << row->slider() << row->field() << row->lockButton() << row->removeButton();
    }
    order << m_equalize << m_normalize << m_newValue << m_addValue;
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
}

void PropertyGroupWidget::refresh()
{
    if (!m_controller || m_property >= m_controller->distributions().properties.size()) {
        return;
    }
    const PropertyDistribution& p = property();
    m_expander->setText(QString(p.name).replace(QLatin1Char('&'), QStringLiteral("&&"))); // not a mnemonic
    m_expander->setAccessibleName(tr("Property %1").arg(p.name));
    m_expander->setAccessibleDescription(tr("Shows or hides the shares of %1's values.").arg(p.name));
    // Each group has these; the property in the name tells them apart out of context.
    m_newValue->setAccessibleName(tr("New value for %1").arg(p.name));
    m_equalize->setAccessibleName(tr("Equalize %1").arg(p.name));
    m_normalize->setAccessibleName(tr("Normalize %1 to 100").arg(p.name));
    m_addValue->setAccessibleName(tr("Add value to %1").arg(p.name));
    m_refusal->clear();
    m_refusal->hide();

    QStringList names;
    QList<qint64> units;
    for (const Share& share : p.shares) {
        names << share.value;
        units << share.units.value_or(0);
    }
    const qint64 sum = p.sumUnits();
    const bool balanced = p.problem.isEmpty() && sum == p.totalUnits();
    m_bar->setShares(names, units);
    m_bar->setAccessibleName(tr("Split of %1").arg(p.name));
    const QString sumText = DistributionMath::formatUnits(sum, p.decimals);
    m_sum->setText(balanced ? QStringLiteral("Σ 100 ✓") : tr("Σ %1 ≠ 100").arg(sumText));
    m_sum->setAccessibleName(balanced ? tr("%1 sums to 100 percent").arg(p.name)
                                      : tr("%1 sums to %2 percent, not 100").arg(p.name, sumText));
    QPalette badge = palette();
    badge.setColor(QPalette::WindowText, balanced ? QColor(0x1e, 0x7b, 0x34) : QColor(0xb0, 0x5a, 0x00));
    m_sum->setPalette(badge);
    m_sum->setVisible(p.problem.isEmpty());
    m_bar->setVisible(p.problem.isEmpty());

    const bool editable = p.problem.isEmpty() && !p.shares.isEmpty();
    m_equalize->setEnabled(editable);
    m_normalize->setEnabled(editable && !balanced);
    m_expander->setEnabled(p.problem.isEmpty());
    showProblems();

    if (!isExpanded()) {
        return;
    }
    if (m_rowValues != names) {
        // Values came or went. Rebuild later: this may run inside a signal of a row's own control.
        m_body->setEnabled(false);
        if (!m_rebuildQueued) {
            m_rebuildQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_rebuildQueued = false;
                    rebuildRows();
                    refresh();
                },
                Qt::QueuedConnection);
        }
        return;
    }
    m_body->setEnabled(true);
    const QList<qint64> counts = DistributionMath::expectedCounts(units, m_sampleSize);
    for (qsizetype i = 0; i < p.shares.size(); ++i) {
        const Share& share = p.shares[i];
        ShareRow::State state;
        state.property = p.name;
        state.value = share.value;
        state.written = share.written;
        state.units = share.units;
        state.decimals = p.decimals;
        state.total = p.totalUnits();
        state.percent = sum > 0 ? 100.0 * double(share.units.value_or(0)) / double(sum) : 0.0;
        if (share.units && sum > 0) {
            state.expectedCount = counts[i];
        }
        state.locked = m_controller->isLocked(m_property, i);
        state.listed = share.listed;
        state.problem = share.problem;
        m_rows[size_t(i)]->show(state);
    }
}

void PropertyGroupWidget::showProblems()
{
    const PropertyDistribution& p = property();
    QStringList messages;
    std::function<void()> fix;
    std::function<void()> secondFix;
    QString fixText;
    QString secondFixText;
    const auto offer = [&](const QString& text, std::function<void()> action) {
        if (!fix) {
            fixText = text;
            fix = std::move(action);
        }
    };
    if (!p.problem.isEmpty()) {
        messages << p.problem;
    }
    if (!p.missing.isEmpty()) {
        messages << tr("No share for %1, which property_values lists.").arg(p.missing.join(QStringLiteral(", ")));
        offer(tr("Add missing shares"), [this] { m_controller->addMissingShares(m_property); });
    }
    for (const Share& share : p.shares) {
        if (!share.listed) {
            messages << tr("'%1' has a share but is not in property_values.").arg(share.value);
            if (!fix) {
                const QString value = share.value;
                offer(tr("Add '%1' to the values").arg(value),
                      [this, value] { m_controller->listValue(m_property, value); });
                secondFixText = tr("Remove its share");
                secondFix = [this, value] { m_controller->removeValue(m_property, value); };
            }
        }
        if (!share.problem.isEmpty()) {
            messages << tr("%1: %2 Fix it in the text; the other values still move.").arg(share.value, share.problem);
        }
    }
    if (p.problem.isEmpty() && !p.shares.isEmpty() && !p.sumsToTotal()) {
        messages
            << tr("The shares add up to %1, not 100.").arg(DistributionMath::formatUnits(p.sumUnits(), p.decimals));
        offer(tr("Normalize to 100"), [this] { m_controller->normalize(m_property); });
    }
    m_problem->setText(messages.join(QLatin1Char('\n')));
    m_fix->setAccessibleDescription(messages.join(QLatin1Char(' ')));
    m_secondFix->setAccessibleDescription(messages.join(QLatin1Char(' ')));
    m_problem->setVisible(!messages.isEmpty());
    m_fix->disconnect();
    m_secondFix->disconnect();
    m_fix->setVisible(bool(fix));
    m_secondFix->setVisible(bool(secondFix));
    if (fix) {
        m_fix->setText(QString(fixText).replace(QLatin1Char('&'), QStringLiteral("&&")));
        connect(m_fix, &QPushButton::clicked, this, fix);
    }
    if (secondFix) {
        m_secondFix->setText(secondFixText);
        connect(m_secondFix, &QPushButton::clicked, this, secondFix);
    }
}

void PropertyGroupWidget::commitNewValue()
{
    const QString value = m_newValue->text().trimmed();
    if (m_controller->addValue(m_property, value)) {
        m_newValue->clear();
    }
}

void PropertyGroupWidget::showRefusal(const QString& reason)
{
    m_refusal->setText(reason);
    m_refusal->show();
    QAccessibleEvent event(m_refusal, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}
