#include "SpecDocument.h"
#include "SpecEditor.h"
#include "SpecFormPanel.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

/// The Form panel edits the text in place: one splice and one undo step per change, the rest
/// of the text byte for byte as it was.
class TestSpecFormPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scaleGpCheckBoxAndNameEditTheText()
    {
        QFile sample(QStringLiteral(TEST_DATA_DIR "/../../resources/samples/scalegp-application-spec.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray original = sample.readAll();
        SpecEditor editor(1, SpecKind::ScaleGp);
        editor.document()->setDelay(1);
        QSignalSpy analysed(editor.document(), &SpecDocument::analysed);
        editor.loadContent(original);
        SpecFormPanel panel;
        panel.setEditor(&editor);
        panel.show();
        QVERIFY(analysed.wait(5000));

        auto* evaluation = qobject_cast<QCheckBox*>(panel.control(QStringLiteral("run_online_evaluation")));
        QVERIFY(evaluation);
        QVERIFY(evaluation->isChecked());
        evaluation->setChecked(false);
        QByteArray expected = original;
        expected.replace("\"run_online_evaluation\": true", "\"run_online_evaluation\": false");
        QCOMPARE(editor.content(), expected);
        // One undo step takes it back, and the form follows the text.
        editor.undo();
        QCOMPARE(editor.content(), original);
        QTRY_VERIFY(evaluation->isChecked());

        auto* name = qobject_cast<QLineEdit*>(panel.control(QStringLiteral("name")));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("Claims triage assistant"));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Claims \"triage\" v2"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(editor.content(),
                 QByteArray(original).replace("\"Claims triage assistant\"", "\"Claims \\\"triage\\\" v2\""));

        auto* id = qobject_cast<QLineEdit*>(panel.control(QStringLiteral("id")));
        QVERIFY(id && id->isReadOnly());
    }

    void dataFramerRequirementsAreWrittenWhenTheBoxIsLeft()
    {
        const QByteArray original("spec:\n  description: Chats  # kept\n  requirements: |\n    - one\n"
                                  "  data_property_variations: []\n");
        SpecEditor editor(1, SpecKind::DataFramer);
        editor.document()->setDelay(1);
        QSignalSpy analysed(editor.document(), &SpecDocument::analysed);
        editor.loadContent(original);
        SpecFormPanel panel;
        panel.setEditor(&editor);
        panel.show();
        QVERIFY(analysed.wait(5000));
        auto* requirements = qobject_cast<QPlainTextEdit*>(panel.control(QStringLiteral("spec.requirements")));
        QVERIFY(requirements);
        QCOMPARE(requirements->toPlainText(), QStringLiteral("- one\n"));
        requirements->setFocus();
        QTRY_VERIFY(requirements->hasFocus());
        requirements->moveCursor(QTextCursor::End);
        QTest::keyClicks(requirements, QStringLiteral("- two"));
        QCOMPARE(editor.content(), original); // not while typing
        panel.control(QStringLiteral("spec.description"))->setFocus();
        QTRY_VERIFY(editor.content() != original);
        QVERIFY(editor.content().contains("    - one\n    - two"));
        QVERIFY(editor.content().contains("Chats  # kept"));
    }

    void plainSpecsHaveNoForm()
    {
        SpecEditor editor(1, SpecKind::PlainJson);
        editor.document()->setDelay(1);
        QSignalSpy analysed(editor.document(), &SpecDocument::analysed);
        editor.loadContent("{\"a\": 1}");
        SpecFormPanel panel;
        panel.setEditor(&editor);
        QVERIFY(analysed.wait(5000));
        QVERIFY(panel.note().contains(QStringLiteral("no form")));
        QVERIFY(!panel.control(QStringLiteral("name")));
    }
};

QTEST_MAIN(TestSpecFormPanel)
#include "TestSpecFormPanel.moc"
