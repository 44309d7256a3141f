#include "ConflictView.h"
#include "FieldMergeChoices.h"
#include "MergeResult.h"
#include "SpecDocument.h"
#include "SpecEditor.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

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

/// Answers the next question box with `button`, once it shows; `asked` says it did.
void answerNextQuestion(QMessageBox::StandardButton button, bool* asked)
{
    *asked = false;
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, asked] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *asked = true;
            box->button(button)->click();
            poll->deleteLater();
        }
    });
    poll->start(10);
    QTimer::singleShot(5000, poll, &QObject::deleteLater);
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
    void repeatedLinesKeepEachChangeInItsPlace();
    void tabWalksEveryControlInOrderWithoutTypingIntoTheResult();
    void fieldChoicesAskBeforeReplacingAnEditedResult();
    void useResultAsksWhenTheDraftChangedMeanwhile();
    void undoAndRedoKeepTheChangesPlaced();
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
    // Undo finds the changes again; Redo loses them again.
    result->undo();
    result->reportChangesNow();
    QVERIFY(view.result()->isPlaced());
    QVERIFY(takeMine->isEnabled());
    result->redo();
    result->reportChangesNow();
    QVERIFY(!view.result()->isPlaced());

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

void TestMergeEditor::fieldChoicesAskBeforeReplacingAnEditedResult()
{
    const QByteArray mine = edited(kBaseJson, "Support bot", "Billing bot");
    const QByteArray theirs = edited(kBaseJson, "Support bot", "Support assistant");
    ConflictView view(7, QStringLiteral("Support bot"), SpecKind::ScaleGp, kBaseJson, mine, theirs, QString());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The user settles the conflict by hand in the result: no markers left, a name of their own.
    const QByteArray byHand = edited(kBaseJson, "Support bot", "Billing assistant");
    view.resultEditor()->replaceText(byHand);
    view.resultEditor()->reportChangesNow();
    QTRY_VERIFY2(view.resultProblem().isEmpty(), qPrintable(view.resultProblem())); // no field choice needed

    bool asked = false;
    answerNextQuestion(QMessageBox::No, &asked);
    view.fieldChoices()->choose(QStringLiteral("name"), ThreeWayMerge::Side::Theirs);
    QVERIFY(asked);
    QCOMPARE(view.resultEditor()->content(), byHand);
    // Declined, the choice is taken back: the choices show what the result holds.
    QVERIFY(!view.fieldChoices()->choices().contains(QStringLiteral("name")));

    answerNextQuestion(QMessageBox::Yes, &asked);
    view.fieldChoices()->choose(QStringLiteral("name"), ThreeWayMerge::Side::Mine);
    QVERIFY(asked);
    QCOMPARE(QJsonDocument::fromJson(view.resultEditor()->content()).object()[QStringLiteral("name")].toString(),
             QStringLiteral("Billing bot"));
    // What the choices wrote is replaced by the next choice without asking.
    view.fieldChoices()->choose(QStringLiteral("name"), ThreeWayMerge::Side::Theirs);
    QCOMPARE(QJsonDocument::fromJson(view.resultEditor()->content()).object()[QStringLiteral("name")].toString(),
             QStringLiteral("Support assistant"));
    view.resultEditor()->undo();
    QCOMPARE(QJsonDocument::fromJson(view.resultEditor()->content()).object()[QStringLiteral("name")].toString(),
             QStringLiteral("Billing bot"));
}

void TestMergeEditor::useResultAsksWhenTheDraftChangedMeanwhile()
{
    const QByteArray base = "spec:\n  description: one\n  # the lead's words\n  requirements: two\n";
    const QByteArray mine = edited(base, "one", "uno");
    const QByteArray theirs = edited(base, "two", "zwei");
    ConflictView view(1, QStringLiteral("Spec"), SpecKind::DataFramer, base, mine, theirs, QString());
    QByteArray draft = mine;
    view.setCurrentDraft([&draft] { return draft; });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* useResult = view.findChild<QPushButton*>(QStringLiteral("useResultButton"));
    QTRY_VERIFY2(useResult->isEnabled(), qPrintable(view.resultProblem())); // a clean merge
    QSignalSpy chosen(&view, &ConflictView::resultChosen);

    draft = edited(mine, "uno", "uno, typed meanwhile");
    bool asked = false;
    answerNextQuestion(QMessageBox::No, &asked);
    useResult->click();
    QVERIFY(asked);
    QVERIFY(chosen.isEmpty());
    QVERIFY(view.isVisible());

    answerNextQuestion(QMessageBox::Yes, &asked);
    useResult->click();
    QVERIFY(asked);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen[0][1].toByteArray(), edited(mine, "two", "zwei"));
}

void TestMergeEditor::tabWalksEveryControlInOrderWithoutTypingIntoTheResult()
{
    const QByteArray base = "spec:\n  description: one\n  requirements: two\n";
    ConflictView view(1,
                      QStringLiteral("Spec"),
                      SpecKind::DataFramer,
                      base,
                      edited(base, "one", "uno"),
                      edited(base, "one", "eins"),
                      {});
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    // The keyboard starts at the first decision.
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("mergeTakeMineButton"));
    const QByteArray before = view.resultEditor()->content();
    QStringList visited;
    for (int step = 0; step < 40; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(view.resultEditor()->content(), before); // no Tab typed into the text
    // In the order they are seen: the change bar, the result, then the buttons below it.
    const QStringList order {QStringLiteral("mergeTakeTheirsButton"),
                             QStringLiteral("mergeTakeBothButton"),
                             QStringLiteral("mergeTakeBaseButton"),
                             QStringLiteral("mergeResetButton"),
                             QStringLiteral("mergeResultEditor"),
                             QStringLiteral("keepMineButton"),
                             QStringLiteral("takeTheirsButton"),
                             QStringLiteral("useEditorTextButton")};
    qsizetype at = -1;
    for (const QString& name : order) {
        const qsizetype found = visited.indexOf(name, at + 1);
        QVERIFY2(found > at, qPrintable(name + QLatin1String(" in ") + visited.join(QLatin1Char(','))));
        at = found;
    }
}

void TestMergeEditor::repeatedLinesKeepEachChangeInItsPlace()
{
    // Mine adds "- y" at the end; theirs drops "- x" and adds "- y" at the end too. Searching the
    // text for the shared lines would put the first change over a "- y".
    const QByteArray base = "list:\n  - x\n  - y\n";
    const QByteArray mine = base + "  - y\n";
    const QByteArray theirs = "list:\n  - y\n  - y\n";
    ConflictView view(1, QStringLiteral("Spec"), SpecKind::PlainYaml, base, mine, theirs, QString());
    MergeResult* result = view.result();
    QCOMPARE(result->chunks().chunks().size(), 2);
    QCOMPARE(result->choiceAt(0), MergeChunks::Choice::Theirs);
    QCOMPARE(result->choiceAt(1), MergeChunks::Choice::Mine);
    QCOMPARE(view.resultEditor()->content(), theirs);
    result->setCurrent(0);
    QVERIFY(result->take(MergeChunks::Choice::Mine));
    QCOMPARE(view.resultEditor()->content(), QByteArray("list:\n  - x\n  - y\n  - y\n"));
    QCOMPARE(result->choiceAt(0), MergeChunks::Choice::Mine);
    QCOMPARE(result->choiceAt(1), MergeChunks::Choice::Mine);
}

void TestMergeEditor::undoAndRedoKeepTheChangesPlaced()
{
    const QByteArray base = "a\n";
    const QByteArray mine = "b\na\na\n";
    ConflictView view(1, QStringLiteral("Spec"), SpecKind::PlainYaml, base, mine, base, QString());
    MergeResult* result = view.result();
    SpecEditor* editor = view.resultEditor();
    const qsizetype chunks = result->chunks().chunks().size();
    QVERIFY(chunks >= 1);
    QList<MergeChunks::Choice> before;
    for (qsizetype index = 0; index < chunks; ++index) {
        before << result->choiceAt(index);
    }
    result->setCurrent(0);
    QVERIFY(result->take(MergeChunks::Choice::Theirs));
    QCOMPARE(result->choiceAt(0), MergeChunks::Choice::Theirs);
    const QByteArray taken = editor->content();
    for (int round = 0; round < 3; ++round) {
        editor->undo();
        editor->reportChangesNow();
        QCOMPARE(editor->content(), mine);
        QVERIFY(result->isPlaced());
        for (qsizetype index = 0; index < chunks; ++index) {
            QCOMPARE(result->choiceAt(index), before[index]);
        }
        editor->redo();
        editor->reportChangesNow();
        QCOMPARE(editor->content(), taken);
        QVERIFY(result->isPlaced());
        QCOMPARE(result->choiceAt(0), MergeChunks::Choice::Theirs);
    }
}

QTEST_MAIN(TestMergeEditor)
#include "TestMergeEditor.moc"
