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

QTEST_GUILESS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
