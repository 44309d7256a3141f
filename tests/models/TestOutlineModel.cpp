#include "OutlineModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestOutlineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsKeysItemsAndValues();
    void findsTheRowAtAnOffset();
    void brokenTextHasNoRows();
};

void TestOutlineModel::showsKeysItemsAndValues()
{
    const QByteArray text("spec:\n  description: hello\n  data_property_variations:\n    - property_name: sentiment\n"
                          "      property_values: [a, b]\n");
    auto analysis = std::make_shared<const SpecAnalysis>(SpecAnalysis::analyse(text, SpecFormat::Yaml));
    OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(analysis);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex spec = model.index(0, 0);
    QCOMPARE(spec.data().toString(), QStringLiteral("spec"));
    QCOMPARE(model.rowCount(spec), 2);
    QCOMPARE(model.index(0, 0, spec).data().toString(), QStringLiteral("description: hello"));
    const QModelIndex variations = model.index(1, 0, spec);
    const QModelIndex item = model.index(0, 0, variations);
    QCOMPARE(item.data().toString(), QStringLiteral("[0] property_name: sentiment"));
    QCOMPARE(item.parent(), variations);
    const QModelIndex second = model.index(1, 0, model.index(1, 0, item));
    QCOMPARE(second.data().toString(), QStringLiteral("[1] b"));
    QCOMPARE(second.data(OutlineModel::PathRole).toString(),
             QStringLiteral("spec.data_property_variations[0].property_values[1]"));
    QCOMPARE(second.data(OutlineModel::OffsetRole).toLongLong(), qint64(text.indexOf("b]")));
}

void TestOutlineModel::findsTheRowAtAnOffset()
{
    const QByteArray text("a: 1\nb:\n  c: [x, y]\n");
    OutlineModel model;
    model.setAnalysis(std::make_shared<const SpecAnalysis>(SpecAnalysis::analyse(text, SpecFormat::Yaml)));
    const QModelIndex y = model.indexAtOffset(text.indexOf("y"));
    QCOMPARE(y.data(OutlineModel::PathRole).toString(), QStringLiteral("b.c[1]"));
    QVERIFY(!model.indexAtOffset(-5).isValid());

    const QByteArray block("spec:\n  description: hello\n  requirements: be kind\n");
    model.setAnalysis(std::make_shared<const SpecAnalysis>(SpecAnalysis::analyse(block, SpecFormat::Yaml)));
    QCOMPARE(model.indexAtOffset(block.indexOf("be kind")).data(OutlineModel::PathRole).toString(),
             QStringLiteral("spec.requirements"));
}

void TestOutlineModel::brokenTextHasNoRows()
{
    OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(std::make_shared<const SpecAnalysis>(SpecAnalysis::analyse("a: [", SpecFormat::Yaml)));
    QCOMPARE(model.rowCount(), 0);
    model.setAnalysis(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestOutlineModel)
#include "TestOutlineModel.moc"
