#include "SettingsDialog.h"

#include "AppSettings.h"
#include "ProxyPolicy.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace {

QString systemFixedFamily()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
}

/// Selects the item whose data is `value`'s number.
template <typename Enum>
void selectData(QComboBox* box, Enum value)
{
    box->setCurrentIndex(std::max(0, box->findData(static_cast<int>(value))));
}

template <typename Enum>
Enum selectedData(const QComboBox* box)
{
    return static_cast<Enum>(box->currentData().toInt());
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_fontFamily(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_tabWidth(new QSpinBox(this))
    , m_autosaveDelay(new QSpinBox(this))
    , m_sampleSize(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_proxyMode(new QComboBox(this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createEditorGroup());
    layout->addWidget(createDistributionsGroup());
    layout->addWidget(createAppearanceGroup());
    layout->addWidget(createNetworkGroup());
    layout->addStretch();
    layout->addWidget(m_buttons);

    const struct
    {
        QDialogButtonBox::StandardButton button;
        QString description;
    } buttonDescriptions[] = {
        {QDialogButtonBox::Ok, tr("Saves and applies the settings, then closes the dialog.")},
        {QDialogButtonBox::Cancel, tr("Closes the dialog without changing any setting.")},
        {QDialogButtonBox::Apply, tr("Saves and applies the settings, and keeps the dialog open.")},
        {QDialogButtonBox::RestoreDefaults,
         tr("Puts SpecDesk's default values in the fields. Nothing changes until OK or Apply.")},
    };
    for (const auto& [which, description] : buttonDescriptions) {
        QPushButton* button = m_buttons->button(which);
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
        button->setAccessibleDescription(description);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults),
            &QPushButton::clicked,
            this,
            &SettingsDialog::restoreDefaults);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);

    // Top to bottom, as the fields read; the buttons follow in the box's own order.
    const QList<QWidget*> order {m_fontFamily,
                                 m_fontSize,
                                 m_tabWidth,
                                 m_autosaveDelay,
                                 m_sampleSize,
                                 m_theme,
                                 m_proxyMode,
                                 m_proxyHost,
                                 m_proxyPort,
                                 m_buttons};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
    load();
    m_fontFamily->setFocus(Qt::OtherFocusReason);
}

QLabel*
SettingsDialog::labelFor(QWidget* field, const QString& labelText, const QString& name, const QString& description)
{
    auto* label = new QLabel(labelText, this);
    label->setBuddy(field);
    field->setAccessibleName(name);
    field->setAccessibleDescription(description);
    field->setToolTip(description);
    return label;
}

QWidget* SettingsDialog::createEditorGroup()
{
    auto* group = new QGroupBox(tr("Editor"), this);
    auto* form = new QFormLayout(group);
    m_fontFamily->setObjectName(QStringLiteral("fontFamilyBox"));
    // Columns of YAML and JSON only line up in a fixed-width font.
    m_fontFamily->setFontFilters(QFontComboBox::MonospacedFonts);
    form->addRow(labelFor(m_fontFamily,
                          tr("&Font:"),
                          tr("Editor font"),
                          tr("The font of the spec text in every editor. Only fixed-width fonts are listed.")),
                 m_fontFamily);

    m_fontSize->setObjectName(QStringLiteral("fontSizeBox"));
    m_fontSize->setRange(AppSettings::kMinFontPointSize, AppSettings::kMaxFontPointSize);
    m_fontSize->setSuffix(tr(" pt"));
    form->addRow(
        labelFor(m_fontSize, tr("Font &size:"), tr("Editor font size"), tr("The size of the editor font, in points.")),
        m_fontSize);

    m_tabWidth->setObjectName(QStringLiteral("tabWidthBox"));
    m_tabWidth->setRange(AppSettings::kMinTabWidth, AppSettings::kMaxTabWidth);
    form->addRow(labelFor(m_tabWidth,
                          tr("&Tab width:"),
                          tr("Tab width"),
                          tr("How many columns a tab and one step of indentation take, from %1 to %2.")
                              .arg(AppSettings::kMinTabWidth)
                              .arg(AppSettings::kMaxTabWidth)),
                 m_tabWidth);

    m_autosaveDelay->setObjectName(QStringLiteral("autosaveDelayBox"));
    // Never more than a second: a crash may cost at most that much typing.
    m_autosaveDelay->setRange(AppSettings::kMinAutosaveDelayMs, AppSettings::kMaxAutosaveDelayMs);
    m_autosaveDelay->setSingleStep(50);
    m_autosaveDelay->setSuffix(tr(" ms"));
    form->addRow(labelFor(m_autosaveDelay,
                          tr("&Autosave after:"),
                          tr("Autosave delay"),
                          tr("How long after an edit the draft is written to the workspace, at most %1 milliseconds.")
                              .arg(AppSettings::kMaxAutosaveDelayMs)),
                 m_autosaveDelay);
    return group;
}

QWidget* SettingsDialog::createDistributionsGroup()
{
    auto* group = new QGroupBox(tr("Distributions"), this);
    auto* form = new QFormLayout(group);
    m_sampleSize->setObjectName(QStringLiteral("sampleSizeBox"));
    m_sampleSize->setRange(
        1, int(std::min<qint64>(AppSettings::kMaxDistributionSampleSize, std::numeric_limits<int>::max())));
    m_sampleSize->setGroupSeparatorShown(true);
    form->addRow(labelFor(m_sampleSize,
                          tr("Default sample si&ze:"),
                          tr("Default sample size"),
                          tr("How many rows the Distributions panel shows expected counts for.")),
                 m_sampleSize);
    return group;
}

QWidget* SettingsDialog::createAppearanceGroup()
{
    auto* group = new QGroupBox(tr("Appearance"), this);
    auto* form = new QFormLayout(group);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("System"), static_cast<int>(AppSettings::ThemeChoice::System));
    m_theme->addItem(tr("Light"), static_cast<int>(AppSettings::ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(AppSettings::ThemeChoice::Dark));
    form->addRow(labelFor(m_theme,
                          tr("T&heme:"),
                          tr("Theme"),
                          tr("System follows the desktop's colours; Light and Dark use SpecDesk's own.")),
                 m_theme);
    return group;
}

QWidget* SettingsDialog::createNetworkGroup()
{
    auto* group = new QGroupBox(tr("Network"), this);
    auto* form = new QFormLayout(group);
    m_proxyMode->setObjectName(QStringLiteral("proxyModeBox"));
    m_proxyMode->addItem(tr("System settings"), static_cast<int>(AppSettings::ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), static_cast<int>(AppSettings::ProxyMode::None));
    m_proxyMode->addItem(tr("Manual HTTP proxy"), static_cast<int>(AppSettings::ProxyMode::Manual));
    form->addRow(labelFor(m_proxyMode,
                          tr("&Proxy:"),
                          tr("Proxy"),
                          tr("How SpecDesk reaches the spec servers: through the system's proxy settings, "
                             "directly, or through the HTTP proxy given below.")),
                 m_proxyMode);

    m_proxyHost->setObjectName(QStringLiteral("proxyHostEdit"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    form->addRow(labelFor(m_proxyHost,
                          tr("H&ost:"),
                          tr("Proxy host"),
                          tr("The HTTP proxy's host name or address. Used only with a manual proxy.")),
                 m_proxyHost);

    m_proxyPort->setObjectName(QStringLiteral("proxyPortBox"));
    m_proxyPort->setRange(1, 65535);
    form->addRow(
        labelFor(
            m_proxyPort, tr("Po&rt:"), tr("Proxy port"), tr("The HTTP proxy's port. Used only with a manual proxy.")),
        m_proxyPort);
    return group;
}

void SettingsDialog::load()
{
    m_fontFamily->setCurrentFont(QFont(m_settings->editorFontFamily()));
    m_fontSize->setValue(m_settings->editorFontPointSize());
    m_tabWidth->setValue(m_settings->tabWidth());
    m_autosaveDelay->setValue(m_settings->autosaveDelayMs());
    m_sampleSize->setValue(int(std::min<qint64>(m_settings->distributionSampleSize(), m_sampleSize->maximum())));
    selectData(m_theme, m_settings->theme());
    selectData(m_proxyMode, m_settings->proxyMode());
    m_proxyHost->setText(m_settings->proxyHost());
    m_proxyPort->setValue(m_settings->proxyPort());
    updateProxyFields();
}

void SettingsDialog::restoreDefaults()
{
    m_fontFamily->setCurrentFont(QFont(systemFixedFamily()));
    m_fontSize->setValue(AppSettings::kDefaultFontPointSize);
    m_tabWidth->setValue(AppSettings::kDefaultTabWidth);
    m_autosaveDelay->setValue(AppSettings::kDefaultAutosaveDelayMs);
    m_sampleSize->setValue(int(AppSettings::kDefaultDistributionSampleSize));
    selectData(m_theme, AppSettings::ThemeChoice::System);
    selectData(m_proxyMode, AppSettings::ProxyMode::System);
    m_proxyHost->clear();
    m_proxyPort->setValue(AppSettings::kDefaultProxyPort);
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = selectedData<AppSettings::ProxyMode>(m_proxyMode) == AppSettings::ProxyMode::Manual;
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
}

void SettingsDialog::apply()
{
    const QString family = m_fontFamily->currentFont().family();
    // The system's fixed font is stored as "no choice", so the default keeps following the system.
    m_settings->setEditorFontFamily(family == systemFixedFamily() ? QString() : family);
    m_settings->setEditorFontPointSize(m_fontSize->value());
    m_settings->setTabWidth(m_tabWidth->value());
    m_settings->setAutosaveDelayMs(m_autosaveDelay->value());
    m_settings->setDistributionSampleSize(m_sampleSize->value());
    m_settings->setTheme(selectedData<AppSettings::ThemeChoice>(m_theme));
    m_settings->setProxyMode(selectedData<AppSettings::ProxyMode>(m_proxyMode));
    m_settings->setProxyHost(m_proxyHost->text());
    m_settings->setProxyPort(quint16(m_proxyPort->value()));
    m_settings->sync();
    Theme::apply(m_settings->theme());
    ProxyPolicy::apply(*m_settings);
    Q_EMIT applied();
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}
