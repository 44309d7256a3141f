#include "SpecFileIO.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// A device that accepts `capacity` bytes and then fails, like a full disk.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 length) override
    {
        if (m_written >= m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 accepted = std::min(length, m_capacity - m_written);
        m_written += accepted;
        return accepted;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

} // namespace

class TestSpecFileIO : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsBytes();
    void failedWriteKeepsTheOldFile();
    void deviceThatFillsUpIsAnError();
    void missingFileIsAnError();
};

void TestSpecFileIO::roundTripsBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spec.yaml"));
    const QByteArray content("\xEF\xBB\xBFspec:\r\n  a: \"\xC3\xA9\"\r\n");
    QString error;
    QVERIFY2(SpecFileIO::write(path, content, &error), qPrintable(error));
    QByteArray read;
    QVERIFY(SpecFileIO::read(path, &read, &error));
    QCOMPARE(read, content);
}

void TestSpecFileIO::failedWriteKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spec.yaml"));
    QString error;
    QVERIFY(SpecFileIO::write(path, "old: 1\n", &error));
    // A target inside a missing folder cannot be written; nothing may be left half-done.
    QVERIFY(!SpecFileIO::write(dir.filePath(QStringLiteral("missing/spec.yaml")), "new", &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
    QByteArray read;
    QVERIFY(SpecFileIO::read(path, &read, &error));
    QCOMPARE(read, QByteArray("old: 1\n"));
}

void TestSpecFileIO::deviceThatFillsUpIsAnError()
{
    FailingDevice device(4);
    QString error;
    QVERIFY(!SpecFileIO::writeTo(device, "0123456789", &error));
    QCOMPARE(error, QStringLiteral("No space left on device"));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(SpecFileIO::writeTo(buffer, "0123456789", &error));
    QCOMPARE(buffer.data(), QByteArray("0123456789"));
}

void TestSpecFileIO::missingFileIsAnError()
{
    QByteArray content;
    QString error;
    QVERIFY(!SpecFileIO::read(QStringLiteral("/nonexistent/spec.yaml"), &content, &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent/spec.yaml")));
}

QTEST_GUILESS_MAIN(TestSpecFileIO)
#include "TestSpecFileIO.moc"
