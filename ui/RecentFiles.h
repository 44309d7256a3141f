#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>

class QMenu;

/// File ▸ Open Recent: the last files opened by any route, newest first, kept in the app's
/// settings file so they outlive the session. A file gone from disk is listed disabled; one that
/// vanishes between showing the menu and choosing it is dropped from the list with a message.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    /// `settingsFilePath` is AppSettings::filePath(): the list lives beside the other settings.
    /// The menu belongs to `parent`, the window whose File menu shows it.
    RecentFiles(const QString& settingsFilePath, QWidget* parent);

    /// The menu to put under File; rebuilt as the list changes and each time it opens.
    QMenu* menu() const { return m_menu; }
    /// Absolute paths, newest first, at most kMaxFiles.
    QStringList files() const;
    /// Puts `filePath` first (once), dropping the oldest beyond kMaxFiles.
    void add(const QString& filePath);
    void remove(const QString& filePath);
    void clear();

    static constexpr int kMaxFiles = 10;

Q_SIGNALS:
    /// A listed file was chosen and is still there.
    void openRequested(const QString& filePath);
    /// A sentence for the status bar.
    void message(const QString& text);

private:
    void store(const QStringList& files);
    void rebuildMenu();
    void choose(const QString& filePath);

    QSettings m_settings;
    QMenu* m_menu;
};
