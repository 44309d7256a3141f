#include "WorkspaceWindowLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// One window per workspace: a second is refused with who holds it; a lock left by a process
/// that died is taken over.
class TestWorkspaceWindowLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondWindowIsRefusedWithTheHoldersProcess();
    void lockOfADeadProcessIsTakenOver();
    void secondGuiProcessIsRefused();
};

void TestWorkspaceWindowLock::secondWindowIsRefusedWithTheHoldersProcess()
{
    QTemporaryDir dir;
    QString why;
    {
        WorkspaceWindowLock first(dir.path());
        QVERIFY(first.tryLock(&why));
        WorkspaceWindowLock second(dir.path());
        QVERIFY(!second.tryLock(&why));
        QVERIFY2(why.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(why));
        QVERIFY(why.contains(QLatin1String("--workspace")));
    }
    WorkspaceWindowLock afterClose(dir.path());
    QVERIFY2(afterClose.tryLock(&why), qPrintable(why));
}

void TestWorkspaceWindowLock::lockOfADeadProcessIsTakenOver()
{
    QTemporaryDir dir;
    // A process that has ended leaves its PID in the lock file, as a crash would.
    QProcess finished;
    finished.start(QStringLiteral("true"));
    QVERIFY(finished.waitForFinished(10000));
    const qint64 deadPid = finished.processId() > 0 ? finished.processId() : 999999;
    QFile file(QDir(dir.path()).filePath(QStringLiteral("specdesk-window.lock")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::number(deadPid) + '\n' + QCoreApplication::applicationName().toUtf8() + '\n'
               + QSysInfo::machineHostName().toUtf8() + '\n');
    file.close();
    WorkspaceWindowLock lock(dir.path());
    QString why;
    QVERIFY2(lock.tryLock(&why), qPrintable(why));
}

void TestWorkspaceWindowLock::secondGuiProcessIsRefused()
{
    QTemporaryDir dir;
    WorkspaceWindowLock held(dir.path());
    QString why;
    QVERIFY(held.tryLock(&why));
    QProcess second;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(SPECDESK_GUI_PATH), {QStringLiteral("--workspace"), dir.path()});
    // It says why on stderr, before its message box waits for someone to read it.
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += second.readAllStandardError()).contains("already open on this workspace"), 30000);
    second.kill();
    second.waitForFinished(10000);
    QVERIFY2(said.contains(QByteArray::number(QCoreApplication::applicationPid())), said.constData());
}

QTEST_GUILESS_MAIN(TestWorkspaceWindowLock)
#include "TestWorkspaceWindowLock.moc"
