#include "DiffPane.h"

#include <QScrollBar>
#include <QTest>

class TestDiffPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersFollowTheRowsInSight();
};

namespace {

QString marginTextOf(DiffPane& pane, int row)
{
    const long length = pane.SendScintilla(QsciScintillaBase::SCI_MARGINGETTEXT, static_cast<unsigned long>(row), 0L);
    QByteArray text(length + 1, '\0');
    pane.SendScintilla(QsciScintillaBase::SCI_MARGINGETTEXT, static_cast<unsigned long>(row), text.data());
    return QString::fromUtf8(text.constData(), length);
}

} // namespace

void TestDiffPane::numbersFollowTheRowsInSight()
{
    // Rows are numbered as they come into sight, never shown without their numbers: a long
    // compare labels a few screens, not 30,000 rows, before it shows.
    QList<TextDiff::Line> lines;
    for (int i = 0; i < 20000; ++i) {
        lines.append({TextDiff::Line::Type::Same, i + 1, i + 1, QStringLiteral("line %1").arg(i + 1), false, {}});
    }
    QList<DiffPane::Row> rows;
    for (const TextDiff::Line& line : lines) {
        rows.append({&line, line.oldNumber, 0});
    }
    DiffPane pane;
    pane.resize(400, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setRows(rows, false);
    QCOMPARE(pane.lines(), 20000);
    QCOMPARE(marginTextOf(pane, 0), QStringLiteral("1 "));
    QCOMPARE(marginTextOf(pane, 19000), QString());

    pane.showRow(19000);
    const int first = pane.firstVisibleLine();
    QVERIFY(first > 18000);
    const int onScreen = int(pane.SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN));
    for (int row = first; row < std::min(20000, first + onScreen); ++row) {
        QCOMPARE(marginTextOf(pane, row), QStringLiteral("%1 ").arg(row + 1));
    }
    QCOMPARE(marginTextOf(pane, 10000), QString());

    // Scrolling by the bar (as a wheel or a page key does) numbers what it brings in.
    pane.verticalScrollBar()->setValue(10000);
    QCOMPARE(marginTextOf(pane, 10000), QStringLiteral("10001 "));

    // Two numbers side by side in the inline view, padded to one width.
    rows.first().secondNumber = 7;
    pane.setRows(rows, true);
    pane.showRow(0);
    QCOMPARE(marginTextOf(pane, 0), QStringLiteral("    1     7 "));
    QCOMPARE(marginTextOf(pane, 15000), QString());
}

QTEST_MAIN(TestDiffPane)
#include "TestDiffPane.moc"
