#pragma once

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
    };

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
    QList<qint64> openSpecIds() const;
    void setOpenSpecIds(const QList<qint64>& ids);

    static constexpr int kMaxAutosaveDelayMs = 1000;

private:
    QSettings m_settings;
};
