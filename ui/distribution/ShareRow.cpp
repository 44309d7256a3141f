#include "ShareRow.h"

#include "DistributionBar.h"
#include "DistributionMath.h"
#include "PlainToolTip.h"
#include "ResourceIcons.h"
#include "ResourcePaths.h"
#include "ShareSlider.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QRegularExpression>
#include <QToolButton>

#include <cmath>

namespace {

/// The exact field. Page Up/Down step by 5, like the slider, not by Qt's usual 10.
///
/// It shows the share as the YAML holds it, with a '.', whatever the language, and takes
/// either '.' or the locale's decimal separator typed: under a German locale Qt's own field
/// read "12.5" as 125 with a thousands dot, and wrote 12.0.
class ShareSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    void stepBy(int steps) override { QDoubleSpinBox::stepBy(std::abs(steps) == 10 ? steps / 2 : steps); }

    QString textFromValue(double value) const override { return QString::number(value, 'f', decimals()); }

    double valueFromText(const QString& text) const override { return asNumber(text).toDouble(); }

    QValidator::State validate(QString& input, int&) const override
    {
        if (!specialValueText().isEmpty() && input == specialValueText()) {
            return QValidator::Acceptable;
        }
        const QString number = asNumber(input);
        if (number.isEmpty() || number == QLatin1String(".")) {
            return QValidator::Intermediate;
        }
        static const QRegularExpression shape(QStringLiteral(R"(^\d{1,3}(\.\d*)?$|^\.\d+$)"));
        if (!shape.match(number).hasMatch()) {
            return QValidator::Invalid;
        }
        const qsizetype point = number.indexOf(QLatin1Char('.'));
        if (point >= 0 && number.size() - point - 1 > decimals()) {
            return QValidator::Invalid;
        }
        const double value = number.toDouble();
        return value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    }

private:
    /// The typed text as a C number: spaces gone, the locale's separator or a ',' made a '.'.
    QString asNumber(QString text) const
    {
        text.remove(QLatin1Char(' '));
        text.replace(locale().decimalPoint(), QStringLiteral("."));
        text.replace(QLatin1Char(','), QLatin1Char('.'));
        return text;
    }
};

QString percentText(double percent, int decimals)
{
    return QString::number(percent, 'f', std::max(0, decimals)) + QLatin1Char('%');
}

} // namespace

ShareRow::ShareRow(QGridLayout* grid, int row, qsizetype index, QWidget* parent)
    : QObject(parent)
    , m_index(index)
    , m_name(new QLabel(parent))
    , m_slider(new ShareSlider(parent))
    , m_field(new ShareSpinBox(parent))
    , m_percent(new QLabel(parent))
    , m_count(new QLabel(parent))
    , m_lock(new QToolButton(parent))
    , m_remove(new QToolButton(parent))
{
    m_name->setTextFormat(Qt::RichText);
    m_name->setMinimumWidth(40);
    m_name->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setMinimumWidth(60);
    m_field->setKeyboardTracking(false); // a typed number is written on Enter, not per digit
    m_field->setRange(0, 100);
    m_field->setAccelerated(false);
    m_field->setAlignment(Qt::AlignRight);
    m_percent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_lock->setCheckable(true);
    m_lock->setAutoRaise(true);
    m_lock->setFocusPolicy(Qt::StrongFocus);
    m_remove->setAutoRaise(true);
    m_remove->setFocusPolicy(Qt::StrongFocus);
    m_remove->setText(QStringLiteral("×"));

    grid->addWidget(m_name, row, 0);
    grid->addWidget(m_slider, row, 1);
    grid->addWidget(m_field, row, 2);
    grid->addWidget(m_percent, row, 3);
    grid->addWidget(m_count, row, 4);
    grid->addWidget(m_lock, row, 5);
    grid->addWidget(m_remove, row, 6);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_showing) {
            Q_EMIT moved(m_index, value);
        }
    });
    connect(m_slider, &QSlider::sliderPressed, this, &ShareRow::dragStarted);
    connect(m_slider, &QSlider::sliderReleased, this, &ShareRow::dragFinished);
    connect(m_field, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!m_showing) {
            Q_EMIT moved(m_index, std::llround(value * double(m_scale)));
        }
    });
    connect(m_lock, &QToolButton::toggled, this, [this](bool locked) {
        if (!m_showing) {
            Q_EMIT lockToggled(m_index, locked);
        }
    });
    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_index); });
}

ShareRow::~ShareRow()
{
    // The widgets belong to the group's grid; they go with the row.
    delete m_name;
    delete m_slider;
    delete m_field;
    delete m_percent;
    delete m_count;
    delete m_lock;
    delete m_remove;
}

void ShareRow::show(const State& state)
{
    m_showing = true;
    m_scale = DistributionMath::scaleOf(state.decimals);
    const QString label = state.property + QStringLiteral(": ") + state.value;
    // A swatch in the bar's colour ties the row to its segment.
    m_name->setText(QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                        .arg(DistributionBar::colorAt(m_index).name(), state.value.toHtmlEscaped()));
    m_name->setAccessibleName(state.value);
    // Names and values come from the spec's text: the tooltips show them as written.
    m_name->setToolTip(PlainToolTip::of(
        state.listed ? label : tr("'%1' is not one of the property_values of '%2'.").arg(state.value, state.property)));
    QFont font = m_name->font();
    font.setItalic(!state.listed);
    m_name->setFont(font);

    const bool numeric = state.units.has_value();
    m_slider->setEnabled(numeric);
    m_field->setEnabled(numeric);
    m_slider->setRange(0, int(state.total));
    m_slider->setSingleStep(int(m_scale));
    m_slider->setDecimals(state.decimals);
    m_slider->setPageStep(int(5 * m_scale));
    m_field->setDecimals(state.decimals);
    if (numeric) {
        m_field->setSpecialValueText(QString());
        if (m_slider->value() != int(*state.units)) {
            m_slider->setValue(int(*state.units));
        }
        m_field->setValue(double(*state.units) / double(m_scale));
        m_percent->setText(percentText(state.percent, state.decimals));
        m_count->setText(state.expectedCount ? QString::number(*state.expectedCount) : QString());
        const QString spoken = tr("%1, %2 percent").arg(label, state.written);
        // The name stays put while the value moves; the slider says its value itself ("35%").
        m_slider->setAccessibleName(tr("Share of %1").arg(label));
        m_slider->setAccessibleDescription(
            tr("Percentage of rows with %1 = %2; the unlocked values adjust to keep 100%.")
                .arg(state.property, state.value));
        m_field->setAccessibleName(tr("%1, exact share").arg(label));
        m_field->setAccessibleDescription(
            tr("The share of %1 as the spec writes it; type a number and press Enter.").arg(label));
        m_slider->setToolTip(PlainToolTip::of(spoken));
        m_percent->setToolTip(tr("%1 of the property's total").arg(percentText(state.percent, state.decimals)));
        m_count->setToolTip(state.expectedCount ? tr("About %1 of the sample's rows").arg(*state.expectedCount)
                                                : QString());
    } else {
        // Show no number at all rather than the last one typed on the way to this text.
        m_field->setSpecialValueText(QStringLiteral("—"));
        m_field->setValue(m_field->minimum());
        m_slider->setValue(0);
        m_percent->setText(tr("not a number"));
        m_count->clear();
        m_slider->setAccessibleName(tr("Share of %1").arg(label));
        m_slider->setAccessibleDescription(tr("Cannot move: %1").arg(state.problem));
        m_field->setAccessibleName(tr("%1, exact share").arg(label));
        m_field->setAccessibleDescription(tr("Cannot edit: %1").arg(state.problem));
        m_slider->setToolTip(PlainToolTip::of(state.problem));
        m_field->setToolTip(PlainToolTip::of(state.problem));
        m_percent->setToolTip(PlainToolTip::of(state.problem));
    }
    m_name->setEnabled(true);
    m_lock->setChecked(state.locked);
    m_lock->setEnabled(numeric);
    m_lock->setIcon(ResourceIcons::icon(ResourcePaths::lockIcon(state.locked)));
    m_lock->setAccessibleName(state.locked ? tr("Unlock %1").arg(label) : tr("Lock %1").arg(label));
    m_lock->setToolTip(state.locked ? tr("Locked: other moves leave it alone. Click to unlock.")
                                    : tr("Lock this value so rebalancing never moves it."));
    m_remove->setAccessibleName(tr("Remove %1").arg(label));
    m_remove->setAccessibleDescription(
        tr("Removes '%1' from %2; its share goes to the other values.").arg(state.value, state.property));
    m_remove->setToolTip(
        PlainToolTip::of(tr("Remove '%1' from %2 (its share goes to the others).").arg(state.value, state.property)));
    m_showing = false;
}
