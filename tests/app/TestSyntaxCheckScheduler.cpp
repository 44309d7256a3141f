#include "SyntaxCheckScheduler.h"

#include <QSignalSpy>
#include <QTest>

class TestSyntaxCheckScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsTheLatestTextOnly();
    void reportsAValidDocumentAsClean();
};

void TestSyntaxCheckScheduler::reportsTheLatestTextOnly()
{
    SyntaxCheckScheduler scheduler;
    scheduler.setDelay(1);
    QSignalSpy checked(&scheduler, &SyntaxCheckScheduler::checked);
    // A burst of edits: only the last text's result may arrive.
    scheduler.request("a: [\n", SpecFormat::Yaml);
    scheduler.request("{", SpecFormat::Json);
    scheduler.request("a: b: c\n", SpecFormat::Yaml);
    QVERIFY(checked.wait(10000));
    QTest::qWait(50);
    QCOMPARE(checked.count(), 1);
    const Diagnostics diagnostics = checked.first().first().value<Diagnostics>();
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().code, QStringLiteral("yaml-syntax"));
    QCOMPARE(diagnostics.first().column, 5);
}

void TestSyntaxCheckScheduler::reportsAValidDocumentAsClean()
{
    SyntaxCheckScheduler scheduler;
    scheduler.setDelay(1);
    QSignalSpy checked(&scheduler, &SyntaxCheckScheduler::checked);
    scheduler.request("{\"a\": 1}", SpecFormat::Json);
    QVERIFY(checked.wait(10000));
    QVERIFY(checked.first().first().value<Diagnostics>().isEmpty());
}

QTEST_GUILESS_MAIN(TestSyntaxCheckScheduler)
#include "TestSyntaxCheckScheduler.moc"
