#include "AppSettings.h"

#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsApply();
    void valuesPersistAcrossInstances();
    void autosaveDelayIsCappedAtOneSecond();
    void openSpecIdsSkipJunk();
    void workspaceSettingsLiveInTheWorkspace();
    void editorSettingsHaveDefaults();
    void typedValuesRoundTrip();
    void outOfRangeValuesAreClamped();
    void unknownEnumWordsFallBackToTheDefault();
};

void TestAppSettings::defaultsApply()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(settings.value(AppSettings::Key::AutosaveDelayMs).toInt(), 500);
    QCOMPARE(settings.autosaveDelayMs(), 500);
    QVERIFY(settings.value(AppSettings::Key::MainWindowGeometry).isNull());
    QVERIFY(settings.openSpecIds().isEmpty());
}

void TestAppSettings::valuesPersistAcrossInstances()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        AppSettings settings(path);
        settings.setValue(AppSettings::Key::MainWindowState, QByteArray("\x01\x02state"));
        settings.setOpenSpecIds({3, 1, 2});
        settings.sync();
    }
    AppSettings reread(path);
    QCOMPARE(reread.value(AppSettings::Key::MainWindowState).toByteArray(), QByteArray("\x01\x02state"));
    QCOMPARE(reread.openSpecIds(), (QList<qint64> {3, 1, 2}));
    reread.remove(AppSettings::Key::MainWindowState);
    QVERIFY(reread.value(AppSettings::Key::MainWindowState).isNull());
}

void TestAppSettings::autosaveDelayIsCappedAtOneSecond()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.setValue(AppSettings::Key::AutosaveDelayMs, 60000);
    QCOMPARE(settings.autosaveDelayMs(), AppSettings::kMaxAutosaveDelayMs);
    settings.setValue(AppSettings::Key::AutosaveDelayMs, -3);
    QVERIFY(settings.autosaveDelayMs() > 0);
}

void TestAppSettings::openSpecIdsSkipJunk()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.setValue(
        AppSettings::Key::OpenSpecIds,
        QStringList {QStringLiteral("4"), QStringLiteral("x"), QStringLiteral("-1"), QStringLiteral("7")});
    QCOMPARE(settings.openSpecIds(), (QList<qint64> {4, 7}));
}

void TestAppSettings::workspaceSettingsLiveInTheWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(AppSettings::filePathForWorkspace(dir.path()).startsWith(dir.path()));
    QVERIFY(AppSettings::defaultFilePath().endsWith(QStringLiteral("specdesk.ini")));
    AppSettings settings(AppSettings::filePathForWorkspace(dir.path()));
    QCOMPARE(settings.filePath(), AppSettings::filePathForWorkspace(dir.path()));
}

void TestAppSettings::editorSettingsHaveDefaults()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(settings.tabWidth(), 2);
    QCOMPARE(settings.editorFontPointSize(), 10);
    QVERIFY(settings.value(AppSettings::Key::EditorFontFamily).toString().isEmpty()); // the system's fixed font
    QCOMPARE(settings.distributionSampleSize(), qint64(1000));
    QCOMPARE(settings.theme(), AppSettings::ThemeChoice::System);
    QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::System);
    QVERIFY(settings.proxyHost().isEmpty());
}

void TestAppSettings::typedValuesRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        AppSettings settings(path);
        settings.setEditorFontFamily(QStringLiteral("DejaVu Sans Mono"));
        settings.setEditorFontPointSize(14);
        settings.setTabWidth(4);
        settings.setAutosaveDelayMs(250);
        settings.setDistributionSampleSize(5000);
        settings.setTheme(AppSettings::ThemeChoice::Dark);
        settings.setProxyMode(AppSettings::ProxyMode::Manual);
        settings.setProxyHost(QStringLiteral("proxy.example.test"));
        settings.setProxyPort(3128);
        settings.sync();
    }
    AppSettings reread(path);
    QCOMPARE(reread.value(AppSettings::Key::EditorFontFamily).toString(), QStringLiteral("DejaVu Sans Mono"));
    QCOMPARE(reread.editorFontPointSize(), 14);
    QCOMPARE(reread.tabWidth(), 4);
    QCOMPARE(reread.autosaveDelayMs(), 250);
    QCOMPARE(reread.distributionSampleSize(), qint64(5000));
    QCOMPARE(reread.theme(), AppSettings::ThemeChoice::Dark);
    QCOMPARE(reread.proxyMode(), AppSettings::ProxyMode::Manual);
    QCOMPARE(reread.proxyHost(), QStringLiteral("proxy.example.test"));
    QCOMPARE(reread.proxyPort(), quint16(3128));
}

void TestAppSettings::outOfRangeValuesAreClamped()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.setAutosaveDelayMs(5000);
    QCOMPARE(settings.value(AppSettings::Key::AutosaveDelayMs).toInt(), AppSettings::kMaxAutosaveDelayMs);
    settings.setTabWidth(40);
    QCOMPARE(settings.tabWidth(), AppSettings::kMaxTabWidth);
    settings.setValue(AppSettings::Key::TabWidth, 0);
    QCOMPARE(settings.tabWidth(), AppSettings::kMinTabWidth);
    settings.setValue(AppSettings::Key::EditorFontPointSize, 500);
    QCOMPARE(settings.editorFontPointSize(), AppSettings::kMaxFontPointSize);
    settings.setValue(AppSettings::Key::DistributionSampleSize, -7);
    QCOMPARE(settings.distributionSampleSize(), qint64(1));
    settings.setValue(AppSettings::Key::ProxyPort, 70000);
    QCOMPARE(settings.proxyPort(), quint16(8080));
}

void TestAppSettings::unknownEnumWordsFallBackToTheDefault()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.setValue(AppSettings::Key::Theme, QStringLiteral("solarized"));
    QCOMPARE(settings.theme(), AppSettings::ThemeChoice::System);
    settings.setValue(AppSettings::Key::ProxyMode, QStringLiteral("MANUAL"));
    QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::Manual);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
