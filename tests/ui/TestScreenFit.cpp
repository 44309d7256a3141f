#include "ScreenFit.h"

#include <QTest>

/// A first window fits the screen with its frame: shrunk only as much as needed, moved only as
/// far as needed (1280×800 with a window manager once put the status bar off-screen).
class TestScreenFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tooTallWindowShrinksToTheScreenWithItsTitleBar()
    {
        // 1280×800 client under a 24 px title bar and 1 px borders, on a 1280×800 screen.
        const QRect client(1, 25, 1280, 800);
        const QRect frame(0, 0, 1282, 826);
        const QRect fitted = ScreenFit::fitted(frame, client, QRect(0, 0, 1280, 800));
        QCOMPARE(fitted, QRect(1, 25, 1278, 774));
    }

    void windowThatFitsStaysAsItIs()
    {
        const QRect client(101, 125, 800, 600);
        const QRect frame(100, 100, 802, 626);
        QCOMPARE(ScreenFit::fitted(frame, client, QRect(0, 0, 1920, 1080)), client);
    }

    void windowPastTheEdgeMovesBackOnly()
    {
        const QRect client(1501, 525, 800, 600);
        const QRect frame(1500, 500, 802, 626);
        QCOMPARE(ScreenFit::fitted(frame, client, QRect(0, 0, 1920, 1080)), QRect(1119, 479, 800, 600));
    }

    void firstWindowTakesMostOfALargeScreen()
    {
        const QSize least(1280, 800);
        const QSize large = ScreenFit::firstSize(QRect(0, 0, 1920, 1080), least);
        QCOMPARE(large, QSize(1632, 918));
        const QSize small = ScreenFit::firstSize(QRect(0, 0, 1280, 800), least);
        QVERIFY(small.width() < 1280 && small.height() < 800); // room left for the frame
        QCOMPARE(ScreenFit::firstSize(QRect(0, 0, 1366, 768), least).width(), 1280);
    }

    void panelsAtTheTopAreLeftFree()
    {
        const QRect client(1, 25, 1280, 800);
        const QRect frame(0, 0, 1282, 826);
        const QRect available(0, 30, 1280, 770);
        const QRect fitted = ScreenFit::fitted(frame, client, available);
        QCOMPARE(fitted.top() - 25, 30);
        QCOMPARE(fitted.height() + 26, 770);
    }
};

QTEST_MAIN(TestScreenFit)
#include "TestScreenFit.moc"
