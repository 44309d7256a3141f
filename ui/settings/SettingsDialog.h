#pragma once

#include <QDialog>

class AppSettings;
class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// Preferences: the editor font, tab width and autosave delay, the Distributions panel's
/// default sample size, the theme and the proxy. Every value is read from and written to
/// AppSettings through its typed accessors.
///
/// Nothing changes until OK or Apply: then the settings are written, the theme and proxy are
/// applied to the application, and applied() tells the window to update its editors and panels.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings* settings, QWidget* parent = nullptr);

    /// Writes the controls' values to the settings and applies the application-wide ones.
    void apply();
    /// Puts SpecDesk's defaults in the controls; they are saved by OK or Apply, like any edit.
    void restoreDefaults();
    void accept() override;

Q_SIGNALS:
    /// The settings were written: whoever shows editors or panels should take them now.
    void applied();

private:
    QWidget* createEditorGroup();
    QWidget* createDistributionsGroup();
    QWidget* createAppearanceGroup();
    QWidget* createNetworkGroup();
    /// A label with a mnemonic for `field`, which also gets its accessible name and description.
    QLabel* labelFor(QWidget* field, const QString& labelText, const QString& name, const QString& description);
    void load();
    void updateProxyFields();

    AppSettings* m_settings;
    QFontComboBox* m_fontFamily;
    QSpinBox* m_fontSize;
    QSpinBox* m_tabWidth;
    QSpinBox* m_autosaveDelay;
    QSpinBox* m_sampleSize;
    QComboBox* m_theme;
    QComboBox* m_proxyMode;
    QLineEdit* m_proxyHost;
    QSpinBox* m_proxyPort;
    QDialogButtonBox* m_buttons;
};
