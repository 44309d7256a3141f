#include "AppSettings.h"
#include "SettingsDialog.h"
#include "Theme.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheStoredSettings();
    void okWritesEverySetting();
    void cancelChangesNothing();
    void restoreDefaultsFillsTheDefaults();
    void autosaveDelayCannotExceedOneSecond();
    void proxyHostAndPortOnlyForManual();
    void tabWalksEveryControlWithoutATrap();
    void everyControlIsNamedAndDescribed();

private:
    template <typename Widget>
    Widget* control(const QString& objectName) const
    {
        auto* widget = m_dialog->findChild<Widget*>(objectName);
        if (!widget) {
            qFatal("no control %s", qPrintable(objectName));
        }
        return widget;
    }
    QPushButton* button(QDialogButtonBox::StandardButton which) const;
    /// The form's controls, top to bottom, then the buttons.
    QList<QWidget*> interactiveControls() const;
    void select(const QString& comboName, int value);
    /// A monospaced family the combo lists that is not `other`; empty when there is none.
    QString anotherMonospacedFamily(const QString& other) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(AppSettings::filePathForWorkspace(m_dir->path()));
    m_dialog = std::make_unique<SettingsDialog>(m_settings.get());
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_settings.reset();
    m_dir.reset();
    // The dialog applies the theme and the proxy to the whole process; put them back.
    Theme::apply(AppSettings::ThemeChoice::System);
    QNetworkProxyFactory::setUseSystemConfiguration(false);
}

QPushButton* TestSettingsDialog::button(QDialogButtonBox::StandardButton which) const
{
    return m_dialog->findChild<QDialogButtonBox*>()->button(which);
}

QList<QWidget*> TestSettingsDialog::interactiveControls() const
{
    QList<QWidget*> controls;
    for (const QString& name : {QStringLiteral("fontFamilyBox"),
                                QStringLiteral("fontSizeBox"),
                                QStringLiteral("tabWidthBox"),
                                QStringLiteral("autosaveDelayBox"),
                                QStringLiteral("sampleSizeBox"),
                                QStringLiteral("themeBox"),
                                QStringLiteral("proxyModeBox"),
                                QStringLiteral("proxyHostEdit"),
                                QStringLiteral("proxyPortBox")}) {
        controls.append(control<QWidget>(name));
    }
    for (QAbstractButton* standard : m_dialog->findChild<QDialogButtonBox*>()->buttons()) {
        controls.append(standard);
    }
    return controls;
}

void TestSettingsDialog::select(const QString& comboName, int value)
{
    auto* box = control<QComboBox>(comboName);
    box->setCurrentIndex(box->findData(value));
}

QString TestSettingsDialog::anotherMonospacedFamily(const QString& other) const
{
    auto* box = control<QFontComboBox>(QStringLiteral("fontFamilyBox"));
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemText(i) != other) {
            return box->itemText(i);
        }
    }
    return {};
}

void TestSettingsDialog::showsTheStoredSettings()
{
    m_settings->setEditorFontPointSize(15);
    m_settings->setTabWidth(5);
    m_settings->setAutosaveDelayMs(300);
    m_settings->setDistributionSampleSize(2500);
    m_settings->setTheme(AppSettings::ThemeChoice::Light);
    m_settings->setProxyMode(AppSettings::ProxyMode::Manual);
    m_settings->setProxyHost(QStringLiteral("proxy.example.test"));
    m_settings->setProxyPort(3128);
    m_dialog = std::make_unique<SettingsDialog>(m_settings.get());
    QCOMPARE(control<QSpinBox>(QStringLiteral("fontSizeBox"))->value(), 15);
    QCOMPARE(control<QSpinBox>(QStringLiteral("tabWidthBox"))->value(), 5);
    QCOMPARE(control<QSpinBox>(QStringLiteral("autosaveDelayBox"))->value(), 300);
    QCOMPARE(control<QSpinBox>(QStringLiteral("sampleSizeBox"))->value(), 2500);
    QCOMPARE(control<QComboBox>(QStringLiteral("themeBox"))->currentData().toInt(),
             int(AppSettings::ThemeChoice::Light));
    QCOMPARE(control<QComboBox>(QStringLiteral("proxyModeBox"))->currentData().toInt(),
             int(AppSettings::ProxyMode::Manual));
    QCOMPARE(control<QLineEdit>(QStringLiteral("proxyHostEdit"))->text(), QStringLiteral("proxy.example.test"));
    QCOMPARE(control<QSpinBox>(QStringLiteral("proxyPortBox"))->value(), 3128);
}

void TestSettingsDialog::okWritesEverySetting()
{
    const QString family = anotherMonospacedFamily(m_settings->editorFontFamily());
    if (!family.isEmpty()) {
        control<QFontComboBox>(QStringLiteral("fontFamilyBox"))->setCurrentFont(QFont(family));
    }
    control<QSpinBox>(QStringLiteral("fontSizeBox"))->setValue(13);
    control<QSpinBox>(QStringLiteral("tabWidthBox"))->setValue(8);
    control<QSpinBox>(QStringLiteral("autosaveDelayBox"))->setValue(750);
    control<QSpinBox>(QStringLiteral("sampleSizeBox"))->setValue(12345);
    select(QStringLiteral("themeBox"), int(AppSettings::ThemeChoice::Dark));
    select(QStringLiteral("proxyModeBox"), int(AppSettings::ProxyMode::Manual));
    control<QLineEdit>(QStringLiteral("proxyHostEdit"))->setText(QStringLiteral("proxy.example.test"));
    control<QSpinBox>(QStringLiteral("proxyPortBox"))->setValue(3128);
    int applied = 0;
    connect(m_dialog.get(), &SettingsDialog::applied, this, [&applied] { ++applied; });
    button(QDialogButtonBox::Ok)->click();

    QCOMPARE(applied, 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    AppSettings reread(m_settings->filePath());
    if (!family.isEmpty()) {
        QCOMPARE(reread.editorFontFamily(), family);
    }
    // Whatever the machine's fonts, the editors get the family the dialog showed.
    QCOMPARE(reread.editorFont().family(),
             control<QFontComboBox>(QStringLiteral("fontFamilyBox"))->currentFont().family());
    QCOMPARE(reread.editorFontPointSize(), 13);
    QCOMPARE(reread.tabWidth(), 8);
    QCOMPARE(reread.autosaveDelayMs(), 750);
    QCOMPARE(reread.distributionSampleSize(), qint64(12345));
    QCOMPARE(reread.theme(), AppSettings::ThemeChoice::Dark);
    QCOMPARE(reread.proxyMode(), AppSettings::ProxyMode::Manual);
    QCOMPARE(reread.proxyHost(), QStringLiteral("proxy.example.test"));
    QCOMPARE(reread.proxyPort(), quint16(3128));
    // OK applied the application-wide settings too.
    QVERIFY(Theme::isDark(QApplication::palette()));
}

void TestSettingsDialog::cancelChangesNothing()
{
    control<QSpinBox>(QStringLiteral("tabWidthBox"))->setValue(7);
    select(QStringLiteral("themeBox"), int(AppSettings::ThemeChoice::Dark));
    button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_settings->tabWidth(), AppSettings::kDefaultTabWidth);
    QCOMPARE(m_settings->theme(), AppSettings::ThemeChoice::System);
}

void TestSettingsDialog::restoreDefaultsFillsTheDefaults()
{
    m_settings->setTabWidth(6);
    m_settings->setAutosaveDelayMs(100);
    m_settings->setProxyMode(AppSettings::ProxyMode::None);
    m_dialog = std::make_unique<SettingsDialog>(m_settings.get());
    button(QDialogButtonBox::RestoreDefaults)->click();
    // Only the fields change until OK or Apply.
    QCOMPARE(m_settings->tabWidth(), 6);
    QCOMPARE(control<QSpinBox>(QStringLiteral("tabWidthBox"))->value(), AppSettings::kDefaultTabWidth);
    QCOMPARE(control<QSpinBox>(QStringLiteral("autosaveDelayBox"))->value(), AppSettings::kDefaultAutosaveDelayMs);
    QCOMPARE(control<QSpinBox>(QStringLiteral("fontSizeBox"))->value(), AppSettings::kDefaultFontPointSize);
    button(QDialogButtonBox::Apply)->click();
    QCOMPARE(m_settings->tabWidth(), AppSettings::kDefaultTabWidth);
    QCOMPARE(m_settings->autosaveDelayMs(), AppSettings::kDefaultAutosaveDelayMs);
    QCOMPARE(m_settings->proxyMode(), AppSettings::ProxyMode::System);
    QCOMPARE(m_settings->theme(), AppSettings::ThemeChoice::System);
    // The system's fixed font is the default, stored as "no choice" so it keeps following the system.
    QVERIFY(m_settings->value(AppSettings::Key::EditorFontFamily).toString().isEmpty());
}

void TestSettingsDialog::autosaveDelayCannotExceedOneSecond()
{
    auto* delay = control<QSpinBox>(QStringLiteral("autosaveDelayBox"));
    QCOMPARE(delay->maximum(), AppSettings::kMaxAutosaveDelayMs);
    QCOMPARE(delay->suffix(), QStringLiteral(" ms"));
    delay->setValue(60000);
    QCOMPARE(delay->value(), AppSettings::kMaxAutosaveDelayMs);
    // Typing more digits than the maximum allows is refused as well.
    delay->selectAll();
    QTest::keyClicks(delay, QStringLiteral("5000"));
    QVERIFY(delay->value() <= AppSettings::kMaxAutosaveDelayMs);
    button(QDialogButtonBox::Ok)->click();
    QVERIFY(m_settings->autosaveDelayMs() <= AppSettings::kMaxAutosaveDelayMs);
}

void TestSettingsDialog::proxyHostAndPortOnlyForManual()
{
    auto* host = control<QLineEdit>(QStringLiteral("proxyHostEdit"));
    auto* port = control<QSpinBox>(QStringLiteral("proxyPortBox"));
    QVERIFY(!host->isEnabled()); // System is the default
    QVERIFY(!port->isEnabled());
    select(QStringLiteral("proxyModeBox"), int(AppSettings::ProxyMode::Manual));
    QVERIFY(host->isEnabled());
    QVERIFY(port->isEnabled());
    select(QStringLiteral("proxyModeBox"), int(AppSettings::ProxyMode::None));
    QVERIFY(!host->isEnabled());
    QVERIFY(!port->isEnabled());
}

void TestSettingsDialog::tabWalksEveryControlWithoutATrap()
{
    // With a manual proxy every control takes part.
    select(QStringLiteral("proxyModeBox"), int(AppSettings::ProxyMode::Manual));
    m_dialog->show();
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QWidget* first = control<QWidget>(QStringLiteral("fontFamilyBox"));
    first->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), first);

    QList<QWidget*> visited {first};
    const qsizetype limit = interactiveControls().size() * 3;
    for (qsizetype i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        QVERIFY(now);
        if (now == first) {
            break;
        }
        QVERIFY2(!visited.contains(now), qPrintable(QStringLiteral("Tab came back to %1").arg(now->objectName())));
        visited.append(now);
    }
    QCOMPARE(QApplication::focusWidget(), first); // Tab went all the way round
    const QList<QWidget*> controls = interactiveControls();
    for (QWidget* widget : controls) {
        QVERIFY2(visited.contains(widget),
                 qPrintable(QStringLiteral("Tab never reached %1").arg(widget->accessibleName())));
    }
    // The form is walked top to bottom.
    for (qsizetype i = 1; i < 9; ++i) {
        QVERIFY(visited.indexOf(controls[i - 1]) < visited.indexOf(controls[i]));
    }
    // Shift+Tab walks back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), visited.last());
}

void TestSettingsDialog::everyControlIsNamedAndDescribed()
{
    const QList<QWidget*> controls = interactiveControls();
    for (QWidget* widget : controls) {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), qPrintable(widget->objectName()));
        QVERIFY2(!accessible->text(QAccessible::Description).isEmpty(), qPrintable(widget->objectName()));
    }
    // Each field of the form has a label that moves the keyboard to it.
    const QList<QLabel*> labels = m_dialog->findChildren<QLabel*>();
    for (qsizetype i = 0; i < 9; ++i) {
        const bool labelled
            = std::any_of(labels.cbegin(), labels.cend(), [&](QLabel* label) { return label->buddy() == controls[i]; });
        QVERIFY2(labelled, qPrintable(controls[i]->objectName()));
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
