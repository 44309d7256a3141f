#pragma once

#include <QAccessibleWidget>

class ShareSlider;

/// What assistive tools see of a ShareSlider: a slider whose value is read out with its unit
/// ("35%") and that can be set or stepped from the tool. Qt's own slider interface would say
/// the bare units, which mean nothing without the property's decimals.
class ShareSliderAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit ShareSliderAccessible(ShareSlider* slider);

    /// Makes every ShareSlider answer through this class. Safe to call more than once.
    static void install();

    QString text(QAccessible::Text t) const override;
    void* interface_cast(QAccessible::InterfaceType type) override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant& value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

    QStringList actionNames() const override;
    void doAction(const QString& actionName) override;

private:
    ShareSlider* slider() const;
};
