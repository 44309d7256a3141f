#include "ShareSlider.h"

#include "DistributionMath.h"
#include "ShareSliderAccessible.h"

#include <QLocale>

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
