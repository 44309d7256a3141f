#include "DistributionBar.h"

#include "PlainToolTip.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

DistributionBar::DistributionBar(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QColor DistributionBar::colorAt(qsizetype index)
{
    // Hues a golden angle apart stay distinct for any number of values.
    const int hue = int((index * 137) % 360);
    return QColor::fromHsv(hue, 150, 210);
}

void DistributionBar::setShares(const QStringList& names, const QList<qint64>& shares)
{
    m_names = names;
    m_shares = shares;
    m_sum = 0;
    QStringList description;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        m_sum += std::max<qint64>(0, shares[i]);
    }
    for (qsizetype i = 0; i < shares.size(); ++i) {
        const double percent = m_sum > 0 ? 100.0 * double(std::max<qint64>(0, shares[i])) / double(m_sum) : 0.0;
        description << tr("%1 %2 percent").arg(names.value(i), QString::number(percent, 'g', 4));
    }
    setAccessibleDescription(description.join(QStringLiteral(", ")));
    update();
}

QSize DistributionBar::sizeHint() const
{
    return {200, fontMetrics().height() / 2 + 4};
}

QSize DistributionBar::minimumSizeHint() const
{
    return {40, fontMetrics().height() / 2 + 4};
}

void DistributionBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::AlternateBase));
    painter.drawRect(area);
    if (m_sum > 0) {
        double x = area.left();
        for (qsizetype i = 0; i < m_shares.size(); ++i) {
            const double width = area.width() * double(std::max<qint64>(0, m_shares[i])) / double(m_sum);
            painter.setBrush(colorAt(i));
            painter.drawRect(QRectF(x, area.top(), width, area.height()));
            x += width;
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
}

qsizetype DistributionBar::segmentAt(int x) const
{
    if (m_sum <= 0) {
        return -1;
    }
    double right = 0;
    for (qsizetype i = 0; i < m_shares.size(); ++i) {
        right += double(width()) * double(std::max<qint64>(0, m_shares[i])) / double(m_sum);
        if (x < right) {
            return i;
        }
    }
    return -1;
}

bool DistributionBar::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const qsizetype segment = segmentAt(help->pos().x());
        if (segment >= 0) {
            const double percent = 100.0 * double(m_shares[segment]) / double(m_sum);
            // Value names come from the spec's text.
            QToolTip::showText(
                help->globalPos(),
                PlainToolTip::of(tr("%1: %2%").arg(m_names.value(segment), QString::number(percent, 'g', 4))),
                this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}
