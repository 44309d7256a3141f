#include "ShareSliderAccessible.h"

#include "ShareSlider.h"

namespace {

QAccessibleInterface* createForShareSlider(const QString& className, QObject* object)
{
    if (className == QLatin1String("ShareSlider")) {
        if (auto* slider = qobject_cast<ShareSlider*>(object)) {
            return new ShareSliderAccessible(slider);
        }
    }
    return nullptr;
}

} // namespace

ShareSliderAccessible::ShareSliderAccessible(ShareSlider* slider)
    : QAccessibleWidget(slider, QAccessible::Slider)
{
}

void ShareSliderAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&createForShareSlider);
        return true;
    }();
    Q_UNUSED(installed);
}

ShareSlider* ShareSliderAccessible::slider() const
{
    return static_cast<ShareSlider*>(widget());
}

QString ShareSliderAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value) {
        return slider()->valueText();
    }
    return QAccessibleWidget::text(t);
}

void* ShareSliderAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface) {
        return static_cast<QAccessibleValueInterface*>(this);
    }
    return QAccessibleWidget::interface_cast(type);
}

QVariant ShareSliderAccessible::currentValue() const
{
    return slider()->value();
}

void ShareSliderAccessible::setCurrentValue(const QVariant& value)
{
    // Through setValue(), so the move reaches the spec's text like a keyboard step does.
    slider()->setValue(value.toInt());
}

QVariant ShareSliderAccessible::maximumValue() const
{
    return slider()->maximum();
}

QVariant ShareSliderAccessible::minimumValue() const
{
    return slider()->minimum();
}

QVariant ShareSliderAccessible::minimumStepSize() const
{
    return slider()->singleStep();
}

QStringList ShareSliderAccessible::actionNames() const
{
    QStringList names = QAccessibleWidget::actionNames();
    if (slider()->isEnabled()) {
        names << increaseAction() << decreaseAction();
    }
    return names;
}

void ShareSliderAccessible::doAction(const QString& actionName)
{
    if (actionName == increaseAction()) {
        slider()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    } else if (actionName == decreaseAction()) {
        slider()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    } else {
        QAccessibleWidget::doAction(actionName);
    }
}
