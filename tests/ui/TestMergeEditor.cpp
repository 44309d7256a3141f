#include "ConflictView.h"
#include "FieldMergeChoices.h"
#include "MergeResult.h"
#include "SpecDocument.h"
#include "SpecEditor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

const QByteArray kBaseJson = "{\n"
                             "  \"id\": \"app-1\",\n"
                             "  \"name\": \"Support bot\",\n"
                             "  \"description\": \"Answers billing questions\",\n"
                             "  \"theme_id\": \"t1\",\n"
                             "  \"run_online_evaluation\": false\n"
                             "}\n";

QByteArray edited(QByteArray text, const QByteArray& from, const QByteArray& to)
{
    return text.replace(from, to);
}

} // namespace

/// The merge editor on its own: a JSON spec merged by field, and a result edited where the
/// chunks cannot be told apart any more.
class TestMergeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scaleGpMergesByFieldAndTheResultIsUsed();
    void editingSharedLinesTurnsTheChangeButtonsOffUntilStartOver();
};

void TestMergeEditor::scaleGpMergesByFieldAndTheResultIsUsed()
{
    const QByteArray mine = edited(edited(kBaseJson, "Support bot", "Billing bot"), "\"t1\"", "\"t2\"");
    const QByteArray theirs
        = edited(edited(kBaseJson, "Support bot", "Support assistant"), "Answers billing", "Answers all billing");
    ConflictView view(7, QStringLiteral("Support bot"), SpecKind::ScaleGp, kBaseJson, mine, theirs, QString());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    FieldMergeChoices* fields = view.fieldChoices();
    QVERIFY(fields);
    QVERIFY(!fields->allChosen());
    auto* useResult = view.findChild<QPushButton*>(QStringLiteral("useResultButton"));
    QVERIFY(!useResult->isEnabled());

    // The field both changed is a pair of choices, its values shown on them.
    auto* theirsName = view.findChild<QAbstractButton*>(QStringLiteral("fieldTheirs_name"));
    QVERIFY(theirsName);
    QVERIFY(theirsName->text().contains(QStringLiteral("Support assistant")));
    theirsName->setFocus();
    QTest::keyClick(theirsName, Qt::Key_Space);
    QVERIFY(fields->allChosen());
    QCOMPARE(fields->choices().value(QStringLiteral("name")), ThreeWayMerge::Side::Theirs);

    // The result holds each side's own change and the chosen name.
    const QJsonObject merged = QJsonDocument::fromJson(view.resultEditor()->content()).object();
    QCOMPARE(merged[QStringLiteral("name")].toString(), QStringLiteral("Support assistant"));
    QCOMPARE(merged[QStringLiteral("theme_id")].toString(), QStringLiteral("t2"));
    QCOMPARE(merged[QStringLiteral("description")].toString(), QStringLiteral("Answers all billing questions"));
    QTRY_VERIFY2(useResult->isEnabled(), qPrintable(view.resultProblem()));

    QSignalSpy chosen(&view, &ConflictView::resultChosen);
    useResult->click();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen[0][0].toLongLong(), 7);
    QCOMPARE(chosen[0][1].toByteArray(), view.resultEditor()->content());
}

void TestMergeEditor::editingSharedLinesTurnsTheChangeButtonsOffUntilStartOver()
{
    const QByteArray base = "spec:\n  description: one\n  requirements: two\n";
    const QByteArray mine = edited(base, "one", "uno");
    const QByteArray theirs = edited(base, "one", "eins");
    ConflictView view(1, QStringLiteral("Spec"), SpecKind::DataFramer, base, mine, theirs, QString());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    SpecEditor* result = view.resultEditor();
    auto* takeMine = view.findChild<QPushButton*>(QStringLiteral("mergeTakeMineButton"));
    QVERIFY(takeMine->isEnabled());
    QCOMPARE(view.result()->unresolvedCount(), 1);

    // A line all three share is changed in the result: which lines a change holds is unknown.
    QByteArray broken = result->content();
    broken.replace("requirements: two", "requirements: zwei");
    result->replaceText(broken);
    QTRY_VERIFY(!view.result()->isPlaced());
    QVERIFY(!takeMine->isEnabled());
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("mergePosition"))->text().contains(QStringLiteral("Start Over")));
    // The markers still count as a conflict left.
    QCOMPARE(view.result()->unresolvedCount(), 1);
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("useResultButton"))->isEnabled());

    // Start Over: the first result again, as one undo step.
    view.findChild<QPushButton*>(QStringLiteral("mergeResetButton"))->click();
    QTRY_VERIFY(view.result()->isPlaced());
    QVERIFY(takeMine->isEnabled());
    takeMine->click();
    QCOMPARE(result->content(), mine);
    QTRY_VERIFY2(view.findChild<QPushButton*>(QStringLiteral("useResultButton"))->isEnabled(),
                 qPrintable(view.resultProblem()));
    result->undo();
    QTRY_COMPARE(view.result()->unresolvedCount(), 1);
}

QTEST_MAIN(TestMergeEditor)
#include "TestMergeEditor.moc"
