#pragma once

#include <QFont>
#include <QSettings>
#include <QString>
#include <QVariant>

/// The one way SpecDesk reads and writes its settings: typed keys with their defaults.
///
/// Settings live in an INI file. Next to a `--workspace` folder they live inside it, so a
/// portable or test workspace never touches the user's own settings.
class AppSettings
{
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        OpenSpecIds, ///< the tabs open at the last exit, in order
        CurrentSpecId,
        AutosaveDelayMs, ///< how long after the last keystroke a draft is written; capped at 1 s
        EditorFontPointSize,
        DistributionSampleSize, ///< rows the distribution panel's expected counts are for
        EditorFontFamily, ///< empty: the system's fixed-width font
        TabWidth, ///< columns per tab stop and per indentation step
        Theme, ///< "system", "light" or "dark"
        ProxyMode, ///< "system", "none" or "manual"
        ProxyHost,
        ProxyPort,
    };

    /// Whose colours the app wears: the desktop's, or SpecDesk's own light or dark ones.
    enum class ThemeChoice { System, Light, Dark };
    /// How network requests find their way out: as the desktop says, directly, or via one HTTP proxy.
    enum class ProxyMode { System, None, Manual };

    explicit AppSettings(const QString& filePath);

    /// The user's settings file, used with the default workspace.
    static QString defaultFilePath();
    /// The settings file that belongs to a workspace folder given with `--workspace`.
    static QString filePathForWorkspace(const QString& workspaceDirectory);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void remove(Key key);
    /// Writes pending changes to disk now.
    void sync();
    QString filePath() const;

    int autosaveDelayMs() const;
    void setAutosaveDelayMs(int delayMs);
    QList<qint64> openSpecIds() const;
    void setOpenSpecIds(const QList<qint64>& ids);

    /// The family the editors use; the system's fixed-width font unless the user chose one.
    /// Needs a QGuiApplication when no family is stored.
    QString editorFontFamily() const;
    void setEditorFontFamily(const QString& family);
    int editorFontPointSize() const;
    void setEditorFontPointSize(int pointSize);
    /// The editor font: editorFontFamily() at editorFontPointSize().
    QFont editorFont() const;
    int tabWidth() const;
    void setTabWidth(int columns);
    qint64 distributionSampleSize() const;
    void setDistributionSampleSize(qint64 rows);
    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);
    ProxyMode proxyMode() const;
    void setProxyMode(ProxyMode mode);
    QString proxyHost() const;
    void setProxyHost(const QString& host);
    quint16 proxyPort() const;
    void setProxyPort(quint16 port);

    static constexpr int kDefaultAutosaveDelayMs = 500;
    static constexpr int kDefaultFontPointSize = 10;
    static constexpr int kDefaultTabWidth = 2;
    static constexpr qint64 kDefaultDistributionSampleSize = 1000;
    static constexpr quint16 kDefaultProxyPort = 8080;
    static constexpr int kMinAutosaveDelayMs = 50;
    static constexpr int kMaxAutosaveDelayMs = 1000;
    static constexpr int kMinFontPointSize = 6;
    static constexpr int kMaxFontPointSize = 72;
    static constexpr int kMinTabWidth = 1;
    static constexpr int kMaxTabWidth = 8;
    static constexpr qint64 kMaxDistributionSampleSize = 1'000'000'000;

private:
    QSettings m_settings;
};
