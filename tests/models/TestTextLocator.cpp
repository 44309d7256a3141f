#include "TextLocator.h"

#include <QTest>

class TestTextLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data();
    void locate();
    void longLinesAgreeWithCountingFromTheLineStart();
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

// The 4 KiB column checkpoints (found needed by fuzzing: one long line made every lookup
// count from its start) must give what counting from the line's start gives, wherever lines,
// CRLFs and multibyte characters fall relative to them.
void TestTextLocator::longLinesAgreeWithCountingFromTheLineStart()
{
    QByteArray text;
    for (const QByteArray& line : {QByteArray(9000, 'a'), QByteArray("\xC3\xA9").repeated(5000), QByteArray("x")}) {
        text += line + "\r\n";
    }
    text += QByteArray("\xF0\x9F\x98\x80"
                       "b")
                .repeated(2500)
            + '\r' + QByteArray(4097, 'c');
    const TextLocator locator(text);
    for (qint64 offset = 0; offset <= text.size(); offset += offset % 4096 < 8 ? 1 : 61) {
        TextLocator::LineColumn expected;
        for (qint64 i = 0; i < offset; ++i) {
            const auto byte = static_cast<unsigned char>(text.at(i));
            if (byte == '\n' || (byte == '\r' && (i + 1 >= text.size() || text.at(i + 1) != '\n'))) {
                ++expected.line;
                expected.column = 1;
            } else if ((byte & 0xC0) != 0x80 && byte != '\r') {
                ++expected.column;
            }
        }
        const TextLocator::LineColumn where = locator.locate(offset);
        QCOMPARE(where.line, expected.line);
        QCOMPARE(where.column, expected.column);
    }
}

QTEST_GUILESS_MAIN(TestTextLocator)
#include "TestTextLocator.moc"
