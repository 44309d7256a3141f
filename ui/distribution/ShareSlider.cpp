#include "ShareSlider.h"

#include "DistributionMath.h"
#include "ShareSliderAccessible.h"

#include <QLocale>
#include <QPainter>

ShareSlider::ShareSlider(QWidget* parent)
    : QSlider(Qt::Horizontal, parent)
{
    ShareSliderAccessible::install();
}

void ShareSlider::setDecimals(int decimals)
{
    m_decimals = std::max(0, decimals);
}

QString ShareSlider::valueText() const
{
    const double percent = double(value()) / double(DistributionMath::scaleOf(m_decimals));
    return tr("%1%").arg(QLocale().toString(percent, 'f', m_decimals));
}

void ShareSlider::paintEvent(QPaintEvent* event)
{
    QSlider::paintEvent(event);
    if (!hasFocus()) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
}
