#include "ShareTrendChart.h"

#include "DistributionBar.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <limits>

namespace {
constexpr int kMargin = 8;
constexpr int kLegendRow = 18;
} // namespace

ShareTrendChart::ShareTrendChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("shareTrendChart"));
    setMinimumSize(320, 180);
}

void ShareTrendChart::setTrend(const ShareTrends::Property& property, const QStringList& versions)
{
    m_property = property;
    m_versions = versions;
    QStringList described;
    for (const ShareTrends::Series& series : property.series) {
        const auto first = std::find_if(series.percents.cbegin(), series.percents.cend(), [](auto p) { return p; });
        const auto last = std::find_if(series.percents.crbegin(), series.percents.crend(), [](auto p) { return p; });
        if (first != series.percents.cend() && last != series.percents.crend()) {
            described
                << tr("%1 from %2% to %3%").arg(series.value, QLocale().toString(**first), QLocale().toString(**last));
        }
    }
    setAccessibleName(tr("Shares of %1 across versions").arg(property.name));
    setAccessibleDescription(described.join(QStringLiteral("; ")));
    update();
}

void ShareTrendChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int legendRows = int((m_property.series.size() + 3) / 4);
    const int axisWidth = metrics.horizontalAdvance(QStringLiteral("100%")) + kMargin;
    const QRect plot(axisWidth + kMargin,
                     kMargin + legendRows * kLegendRow,
                     width() - axisWidth - 3 * kMargin,
                     height() - 3 * kMargin - legendRows * kLegendRow - metrics.height());
    if (plot.width() < 20 || plot.height() < 20 || m_versions.isEmpty()) {
        return;
    }
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.2F);
    for (int percent = 0; percent <= 100; percent += 25) {
        const int y = plot.bottom() - plot.height() * percent / 100;
        painter.setPen(grid);
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(text);
        painter.drawText(QRect(kMargin, y - metrics.height() / 2, axisWidth - 4, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1%").arg(percent));
    }
    // A few dozen versions at most; int keeps GCC from reasoning about 2^63 iterations at -O3.
    const int columns = static_cast<int>(std::min<qsizetype>(m_versions.size(), std::numeric_limits<int>::max()));
    const auto xOf = [&](qsizetype column) {
        return columns == 1 ? plot.center().x()
                            : plot.left() + int(double(plot.width()) * double(column) / double(columns - 1));
    };
    // As many version labels as fit, always the first and the last.
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("Draft")) + kMargin;
    const qsizetype step = std::max<qsizetype>(1, qsizetype(columns) * labelWidth / std::max(1, plot.width()) + 1);
    painter.setPen(text);
    for (int column = 0; column < columns; ++column) {
        // The last label is always drawn, so one just before it would overlap.
        const bool roomBeforeLast = columns - 1 - column >= step;
        if ((column % step == 0 && roomBeforeLast) || column == columns - 1) {
            painter.drawText(QRect(xOf(column) - labelWidth / 2, plot.bottom() + 4, labelWidth, metrics.height()),
                             Qt::AlignCenter,
                             m_versions.at(column));
        }
    }
    for (qsizetype index = 0; index < m_property.series.size(); ++index) {
        const ShareTrends::Series& series = m_property.series.at(index);
        const QColor colour = DistributionBar::colorAt(index);
        QPainterPath line;
        bool drawing = false;
        for (qsizetype column = 0; column < series.percents.size(); ++column) {
            if (!series.percents.at(column)) {
                drawing = false;
                continue;
            }
            const QPointF point(xOf(column), plot.bottom() - plot.height() * *series.percents.at(column) / 100.0);
            drawing ? line.lineTo(point) : line.moveTo(point);
            drawing = true;
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(point, 2.5, 2.5);
        }
        painter.setPen(QPen(colour, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(line);
        // The legend: four values a row.
        const int legendX = plot.left() + int(index % 4) * (plot.width() / 4);
        const int legendY = kMargin + int(index / 4) * kLegendRow;
        painter.fillRect(QRect(legendX, legendY + 4, 10, 10), colour);
        painter.setPen(text);
        painter.drawText(QRect(legendX + 14, legendY, plot.width() / 4 - 16, kLegendRow),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(series.value, Qt::ElideRight, plot.width() / 4 - 16));
    }
}
