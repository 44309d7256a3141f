#include "RecentFiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace {
const QString kRecentFilesKey = QStringLiteral("Recent/files");
} // namespace

RecentFiles::RecentFiles(const QString& settingsFilePath, QWidget* parent)
    : QObject(parent)
    , m_settings(settingsFilePath, QSettings::IniFormat)
    , m_menu(new QMenu(tr("Open Rece&nt"), parent))
{
    m_menu->setObjectName(QStringLiteral("openRecentMenu"));
    // A file may have come back or gone since the menu was last built.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    QStringList files = m_settings.value(kRecentFilesKey).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    return files.mid(0, kMaxFiles);
}

void RecentFiles::add(const QString& filePath)
{
    const QString absolutePath = QFileInfo(filePath).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolutePath);
    list.prepend(absolutePath);
    store(list.mid(0, kMaxFiles));
}

void RecentFiles::remove(const QString& filePath)
{
    QStringList list = files();
    list.removeAll(QFileInfo(filePath).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& files)
{
    if (files.isEmpty()) {
        m_settings.remove(kRecentFilesKey);
    } else {
        m_settings.setValue(kRecentFilesKey, files);
    }
    m_settings.sync();
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString& path = list.at(i);
        const QFileInfo info(path);
        const bool exists = info.isFile();
        // 1–9 then 0 as mnemonics, so the keyboard picks any of the ten in one press.
        // A name's '&' is a character, not a mnemonic.
        const QString name = info.fileName().replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString label
            = exists ? tr("&%1 %2").arg((i + 1) % 10).arg(name) : tr("&%1 %2 (missing)").arg((i + 1) % 10).arg(name);
        // Queued: choosing may rebuild the menu, which deletes the action being triggered.
        QAction* action = m_menu->addAction(
            label, this, [this, path] { choose(path); }, Qt::QueuedConnection);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(exists);
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
    }
    QAction* clearAction = m_menu->addAction(tr("&Clear Recent"), this, &RecentFiles::clear, Qt::QueuedConnection);
    clearAction->setObjectName(QStringLiteral("clearRecentAction"));
    clearAction->setEnabled(!list.isEmpty());
}

void RecentFiles::choose(const QString& filePath)
{
    if (!QFileInfo(filePath).isFile()) {
        remove(filePath);
        Q_EMIT message(
            tr("%1 is no longer there; it was removed from Open Recent.").arg(QDir::toNativeSeparators(filePath)));
        return;
    }
    Q_EMIT openRequested(filePath);
}
