#include "DiskFileWatcher.h"
#include "OtherProgram.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using OtherProgram::replaceByRename;
using OtherProgram::writeInPlace;

/// Issue 16: every way another program changes a file reaches SpecDesk, however often.
class TestDiskFileWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writeInPlaceIsReported();
    void everyRenameReplaceIsReported();
    void deletionAndComebackAreReported();
    void burstOfWritesIsReportedOnce();
    void unwatchedFilesAreQuiet();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDiskFileWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("spec.yaml"));
    QVERIFY(writeInPlace(m_path, "a: 1\n"));
}

void TestDiskFileWatcher::writeInPlaceIsReported()
{
    DiskFileWatcher watcher;
    watcher.watch(m_path);
    QSignalSpy changed(&watcher, &DiskFileWatcher::fileChanged);
    QVERIFY(writeInPlace(m_path, "a: 2\n"));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), m_path);
}

void TestDiskFileWatcher::everyRenameReplaceIsReported()
{
    DiskFileWatcher watcher;
    watcher.watch(m_path);
    QSignalSpy changed(&watcher, &DiskFileWatcher::fileChanged);
    // The first replace drops the inode QFileSystemWatcher watched; the later ones are only
    // seen if the new file is watched again.
    for (int round = 1; round <= 3; ++round) {
        QVERIFY(replaceByRename(m_path, QByteArray("a: ") + QByteArray::number(round) + "\n"));
        QTRY_COMPARE(changed.count(), round);
    }
    QVERIFY(writeInPlace(m_path, "a: in place after the renames\n"));
    QTRY_COMPARE(changed.count(), 4);
}

void TestDiskFileWatcher::deletionAndComebackAreReported()
{
    DiskFileWatcher watcher;
    watcher.watch(m_path);
    QSignalSpy changed(&watcher, &DiskFileWatcher::fileChanged);
    QVERIFY(QFile::remove(m_path));
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(writeInPlace(m_path, "a: back\n"));
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(writeInPlace(m_path, "a: and watched again\n"));
    QTRY_COMPARE(changed.count(), 3);
}

void TestDiskFileWatcher::burstOfWritesIsReportedOnce()
{
    DiskFileWatcher watcher;
    // Long enough that the three writes below fall inside it on any machine.
    watcher.setSettleDelayMs(2000);
    watcher.watch(m_path);
    QSignalSpy changed(&watcher, &DiskFileWatcher::fileChanged);
    QVERIFY(writeInPlace(m_path, ""));
    QVERIFY(writeInPlace(m_path, "a: 2\n"));
    QVERIFY(replaceByRename(m_path, "a: 3\n"));
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.count(), 1);
}

void TestDiskFileWatcher::unwatchedFilesAreQuiet()
{
    const QString other = m_dir->filePath(QStringLiteral("other.yaml"));
    DiskFileWatcher watcher;
    watcher.watch(m_path);
    watcher.watch(other);
    watcher.unwatch(m_path);
    QCOMPARE(watcher.watchedFiles(), QStringList {other});
    QSignalSpy changed(&watcher, &DiskFileWatcher::fileChanged);
    QVERIFY(writeInPlace(m_path, "a: 2\n"));
    // A file that did not exist when it was watched is seen when it comes.
    QVERIFY(writeInPlace(other, "b: 1\n"));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), other);
}

QTEST_GUILESS_MAIN(TestDiskFileWatcher)
#include "TestDiskFileWatcher.moc"
