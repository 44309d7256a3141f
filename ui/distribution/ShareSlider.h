#pragma once

#include <QSlider>

/// A value's share as a horizontal slider in the property's units (hundredths when the spec
/// writes two decimals). Assistive tools hear its value as a percentage ("35%"), not the bare
/// units, through ShareSliderAccessible.
class ShareSlider : public QSlider
{
    Q_OBJECT

public:
    explicit ShareSlider(QWidget* parent = nullptr);

    /// How many decimals the property's shares are written with; the units are 10^-decimals.
    void setDecimals(int decimals);
    int decimals() const { return m_decimals; }
    /// The value as it is spoken: "35%", "12.5%".
    QString valueText() const;

protected:
    /// Fusion marks a focused slider only by a faint handle outline; keyboard users need to see
    /// which share the arrow keys move, so a focused slider gets a ring in the highlight colour.
    void paintEvent(QPaintEvent* event) override;

private:
    int m_decimals = 0;
};
