#include "AppSettings.h"

#include <QDir>
#include <QFontDatabase>
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
        return {"Editor/autosaveDelayMs", QVariant(AppSettings::kDefaultAutosaveDelayMs)};
    case AppSettings::Key::EditorFontPointSize:
        return {"Editor/fontPointSize", QVariant(AppSettings::kDefaultFontPointSize)};
    case AppSettings::Key::DistributionSampleSize:
        return {"Distributions/sampleSize", QVariant(AppSettings::kDefaultDistributionSampleSize)};
    case AppSettings::Key::EditorFontFamily:
        return {"Editor/fontFamily", QVariant(QString())};
    case AppSettings::Key::TabWidth:
        return {"Editor/tabWidth", QVariant(AppSettings::kDefaultTabWidth)};
    case AppSettings::Key::Theme:
        return {"Appearance/theme", QVariant(QStringLiteral("system"))};
    case AppSettings::Key::ProxyMode:
        return {"Network/proxyMode", QVariant(QStringLiteral("system"))};
    case AppSettings::Key::ProxyHost:
        return {"Network/proxyHost", QVariant(QString())};
    case AppSettings::Key::ProxyPort:
        return {"Network/proxyPort", QVariant(int(AppSettings::kDefaultProxyPort))};
    }
    Q_UNREACHABLE();
}

// Enums are stored as words, so the INI file reads well and survives reordering the enums.
const QString kThemeNames[] = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
const QString kProxyModeNames[] = {QStringLiteral("system"), QStringLiteral("none"), QStringLiteral("manual")};

template <typename Enum, size_t N>
Enum enumFromName(const QString& name, const QString (&names)[N])
{
    for (size_t i = 0; i < N; ++i) {
        if (name.compare(names[i], Qt::CaseInsensitive) == 0) {
            return static_cast<Enum>(i);
        }
    }
    return static_cast<Enum>(0); // the first is the default
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
    return std::clamp(value(Key::AutosaveDelayMs).toInt(), kMinAutosaveDelayMs, kMaxAutosaveDelayMs);
}

void AppSettings::setAutosaveDelayMs(int delayMs)
{
    setValue(Key::AutosaveDelayMs, std::clamp(delayMs, kMinAutosaveDelayMs, kMaxAutosaveDelayMs));
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

QString AppSettings::editorFontFamily() const
{
    const QString family = value(Key::EditorFontFamily).toString();
    return family.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::FixedFont).family() : family;
}

void AppSettings::setEditorFontFamily(const QString& family)
{
    setValue(Key::EditorFontFamily, family);
}

int AppSettings::editorFontPointSize() const
{
    return std::clamp(value(Key::EditorFontPointSize).toInt(), kMinFontPointSize, kMaxFontPointSize);
}

void AppSettings::setEditorFontPointSize(int pointSize)
{
    setValue(Key::EditorFontPointSize, std::clamp(pointSize, kMinFontPointSize, kMaxFontPointSize));
}

QFont AppSettings::editorFont() const
{
    // Start from the fixed font so a stored family that is gone falls back to a monospaced one.
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString family = value(Key::EditorFontFamily).toString();
    if (!family.isEmpty()) {
        font.setFamilies({family, font.family()});
    }
    font.setPointSize(editorFontPointSize());
    return font;
}

int AppSettings::tabWidth() const
{
    return std::clamp(value(Key::TabWidth).toInt(), kMinTabWidth, kMaxTabWidth);
}

void AppSettings::setTabWidth(int columns)
{
    setValue(Key::TabWidth, std::clamp(columns, kMinTabWidth, kMaxTabWidth));
}

qint64 AppSettings::distributionSampleSize() const
{
    return std::clamp<qint64>(value(Key::DistributionSampleSize).toLongLong(), 1, kMaxDistributionSampleSize);
}

void AppSettings::setDistributionSampleSize(qint64 rows)
{
    setValue(Key::DistributionSampleSize, std::clamp<qint64>(rows, 1, kMaxDistributionSampleSize));
}

AppSettings::ThemeChoice AppSettings::theme() const
{
    return enumFromName<ThemeChoice>(value(Key::Theme).toString(), kThemeNames);
}

void AppSettings::setTheme(ThemeChoice theme)
{
    setValue(Key::Theme, kThemeNames[static_cast<int>(theme)]);
}

AppSettings::ProxyMode AppSettings::proxyMode() const
{
    return enumFromName<ProxyMode>(value(Key::ProxyMode).toString(), kProxyModeNames);
}

void AppSettings::setProxyMode(ProxyMode mode)
{
    setValue(Key::ProxyMode, kProxyModeNames[static_cast<int>(mode)]);
}

QString AppSettings::proxyHost() const
{
    return value(Key::ProxyHost).toString().trimmed();
}

void AppSettings::setProxyHost(const QString& host)
{
    setValue(Key::ProxyHost, host.trimmed());
}

quint16 AppSettings::proxyPort() const
{
    const int port = value(Key::ProxyPort).toInt();
    return port > 0 && port <= 65535 ? quint16(port) : kDefaultProxyPort;
}

void AppSettings::setProxyPort(quint16 port)
{
    setValue(Key::ProxyPort, int(port));
}
