#include "TextLocator.h"

#include <QTest>

class TestTextLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data();
    void locate();
};

void TestTextLocator::locate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QByteArray("abc") << qint64(0) << 1 << 1;
    QTest::newRow("same line") << QByteArray("abc") << qint64(2) << 1 << 3;
    QTest::newRow("after LF") << QByteArray("ab\ncd") << qint64(4) << 2 << 2;
    QTest::newRow("CRLF counts once") << QByteArray("ab\r\ncd") << qint64(5) << 2 << 2;
    QTest::newRow("lone CR breaks") << QByteArray("ab\rcd") << qint64(4) << 2 << 2;
    QTest::newRow("multibyte is one column") << QByteArray("\xC3\xA9x") << qint64(2) << 1 << 2;
    QTest::newRow("four-byte is one column") << QByteArray("\xF0\x9F\x98\x80x") << qint64(4) << 1 << 2;
    QTest::newRow("BOM is one column") << QByteArray("\xEF\xBB\xBFx") << qint64(3) << 1 << 2;
    QTest::newRow("past end clamps") << QByteArray("a\nb") << qint64(99) << 2 << 2;
    QTest::newRow("negative clamps") << QByteArray("a\nb") << qint64(-5) << 1 << 1;
    QTest::newRow("empty") << QByteArray() << qint64(0) << 1 << 1;
}

void TestTextLocator::locate()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const TextLocator::LineColumn where = TextLocator(text).locate(offset);
    QCOMPARE(where.line, line);
    QCOMPARE(where.column, column);
}

QTEST_GUILESS_MAIN(TestTextLocator)
#include "TestTextLocator.moc"
