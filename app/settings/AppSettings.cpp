#include "AppSettings.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace {

struct KeyInfo
{
    const char* name;
    QVariant defaultValue;
};

KeyInfo infoFor(AppSettings::Key key)
{
    switch (key) {
    case AppSettings::Key::MainWindowGeometry:
        return {"MainWindow/geometry", QVariant()};
    case AppSettings::Key::MainWindowState:
        return {"MainWindow/state", QVariant()};
    case AppSettings::Key::OpenSpecIds:
        return {"Session/openSpecIds", QVariant()};
    case AppSettings::Key::CurrentSpecId:
        return {"Session/currentSpecId", QVariant(qint64(0))};
    case AppSettings::Key::AutosaveDelayMs:
        return {"Editor/autosaveDelayMs", QVariant(500)};
    case AppSettings::Key::EditorFontPointSize:
        return {"Editor/fontPointSize", QVariant(10)};
    case AppSettings::Key::DistributionSampleSize:
        return {"Distributions/sampleSize", QVariant(qint64(1000))};
    }
    Q_UNREACHABLE();
}

} // namespace

AppSettings::AppSettings(const QString& filePath)
    : m_settings(filePath, QSettings::IniFormat)
{
}

QString AppSettings::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("specdesk.ini"));
}

QString AppSettings::filePathForWorkspace(const QString& workspaceDirectory)
{
    return QDir(workspaceDirectory).filePath(QStringLiteral("settings.ini"));
}

QVariant AppSettings::value(Key key) const
{
    const KeyInfo info = infoFor(key);
    return m_settings.value(QLatin1String(info.name), info.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_settings.setValue(QLatin1String(infoFor(key).name), value);
}

void AppSettings::remove(Key key)
{
    m_settings.remove(QLatin1String(infoFor(key).name));
}

void AppSettings::sync()
{
    m_settings.sync();
}

QString AppSettings::filePath() const
{
    return m_settings.fileName();
}

int AppSettings::autosaveDelayMs() const
{
    // The promise is "at most one second of typing lost", so the cap is not negotiable.
    return std::clamp(value(Key::AutosaveDelayMs).toInt(), 50, kMaxAutosaveDelayMs);
}

QList<qint64> AppSettings::openSpecIds() const
{
    QList<qint64> ids;
    const QStringList stored = value(Key::OpenSpecIds).toStringList();
    for (const QString& text : stored) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (ok && id > 0) {
            ids.append(id);
        }
    }
    return ids;
}

void AppSettings::setOpenSpecIds(const QList<qint64>& ids)
{
    QStringList stored;
    for (qint64 id : ids) {
        stored.append(QString::number(id));
    }
    setValue(Key::OpenSpecIds, stored);
}
