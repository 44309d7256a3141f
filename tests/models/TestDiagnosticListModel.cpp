#include "DiagnosticListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestDiagnosticListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsRowsAndOffsets();
};

void TestDiagnosticListModel::showsRowsAndOffsets()
{
    DiagnosticListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    const Diagnostic a = Diagnostic::make(
        Diagnostic::Severity::Error, 2, 5, 17, QStringLiteral("yaml-syntax"), QStringLiteral("Broken."));
    const Diagnostic b
        = Diagnostic::make(Diagnostic::Severity::Warning, 9, 1, 80, QStringLiteral("w"), QStringLiteral("Hmm."));
    model.setDiagnostics({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(DiagnosticListModel::ColumnCount));
    QCOMPARE(model.index(0, DiagnosticListModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    QCOMPARE(model.index(0, DiagnosticListModel::LocationColumn).data().toString(), QStringLiteral("2:5"));
    QCOMPARE(model.index(0, DiagnosticListModel::MessageColumn).data().toString(), QStringLiteral("Broken."));
    QCOMPARE(model.index(1, 0).data(DiagnosticListModel::OffsetRole).toLongLong(), qint64(80));
    QCOMPARE(model.index(1, DiagnosticListModel::SeverityColumn).data().toString(), QStringLiteral("Warning"));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("[yaml-syntax]")));

    model.setDiagnostics({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestDiagnosticListModel)
#include "TestDiagnosticListModel.moc"
