#include "Diagnostic.h"

#include <QTest>

class TestDiagnostic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compilerStyle();
    void hasErrors();
};

void TestDiagnostic::compilerStyle()
{
    const Diagnostic error = Diagnostic::make(
        Diagnostic::Severity::Error, 3, 7, 42, QStringLiteral("json-syntax"), QStringLiteral("Bad."));
    QCOMPARE(error.toCompilerStyle(QStringLiteral("a.json")), QStringLiteral("a.json:3:7: error: Bad. [json-syntax]"));
    Diagnostic warning = error;
    warning.severity = Diagnostic::Severity::Warning;
    QCOMPARE(warning.severityName(), QStringLiteral("warning"));
}

void TestDiagnostic::hasErrors()
{
    Diagnostic info;
    info.severity = Diagnostic::Severity::Info;
    QVERIFY(!DiagnosticsQuery::hasErrors({}));
    QVERIFY(!DiagnosticsQuery::hasErrors({info}));
    Diagnostic error;
    QVERIFY(DiagnosticsQuery::hasErrors({info, error}));
}

QTEST_GUILESS_MAIN(TestDiagnostic)
#include "TestDiagnostic.moc"
