#include "ProblemsPanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

class TestProblemsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhatItShows();
    void activationAsksForAJump();
};

void TestProblemsPanel::saysWhatItShows()
{
    ProblemsPanel panel;
    auto* summary = panel.findChild<QLabel*>(QStringLiteral("problemsSummaryLabel"));
    QVERIFY(summary->text().contains(QStringLiteral("No spec is open")));
    panel.showDiagnostics({}, true);
    QVERIFY(summary->text().contains(QStringLiteral("No problems")));
    Diagnostic error;
    error.message = QStringLiteral("Broken.");
    panel.showDiagnostics({error, error}, true);
    QVERIFY(summary->text().contains(QStringLiteral("2 problems")));
    QCOMPARE(panel.view()->model()->rowCount(), 2);
}

void TestProblemsPanel::activationAsksForAJump()
{
    ProblemsPanel panel;
    panel.show();
    Diagnostic error;
    error.offset = 33;
    error.message = QStringLiteral("Broken.");
    panel.showDiagnostics({error}, true);
    QSignalSpy jump(&panel, &ProblemsPanel::jumpRequested);
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(panel.view()->model()->index(0, 0));
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(jump.count(), 1);
    QCOMPARE(jump.first().first().toLongLong(), qint64(33));
}

QTEST_MAIN(TestProblemsPanel)
#include "TestProblemsPanel.moc"
