#include "DocumentParser.h"
#include "PropertyListEditor.h"
#include "PropertyListEdits.h"
#include "SpecDocument.h"
#include "SpecEditor.h"
#include "SpecFormPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

/// A spec's text in an editor, analysed, with the Form panel showing it.
struct FormOnEditor
{
    FormOnEditor(SpecKind kind, const QByteArray& text, qint64 specId = 1)
        : editor(specId, kind)
    {
        editor.document()->setDelay(1);
        QSignalSpy analysed(editor.document(), &SpecDocument::analysed);
        editor.loadContent(text);
        panel.setEditor(&editor);
        panel.show();
        ready = analysed.wait(5000);
    }

    SpecEditor editor;
    SpecFormPanel panel;
    bool ready = false;
};

QByteArray sample(const char* name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/../../resources/samples/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The Form panel edits the text in place: one splice and one undo step per change, the rest
/// of the text byte for byte as it was.
class TestSpecFormPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scaleGpCheckBoxAndNameEditTheText()
    {
        const QByteArray original = sample("scalegp-application-spec.json");
        FormOnEditor form(SpecKind::ScaleGp, original);
        QVERIFY(form.ready);
        SpecEditor& editor = form.editor;
        SpecFormPanel& panel = form.panel;

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
        FormOnEditor form(SpecKind::DataFramer, original, 1);
        QVERIFY(form.ready);
        SpecEditor& editor = form.editor;
        SpecFormPanel& panel = form.panel;
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

    // Properties are added, renamed, moved and removed from the form by keyboard: each is one
    // splice of the text (compared byte for byte) and one undo step.
    void dataFramerPropertiesAreEditedFromTheForm()
    {
        const QByteArray original("spec:\n  description: Chats\n  data_property_variations:\n"
                                  "    - property_name: sentiment # mood\n"
                                  "      property_values: [positive, negative]\n"
                                  "      base_distributions: {positive: 60, negative: 40}\n"
                                  "    - property_name: channel\n"
                                  "      property_values: [chat, email]\n"
                                  "      base_distributions: {chat: 70, email: 30}\n");
        FormOnEditor form(SpecKind::DataFramer, original, 1);
        QVERIFY(form.ready);
        SpecEditor& editor = form.editor;
        PropertyListEditor* properties = form.panel.properties();
        QVERIFY(properties);
        QListWidget* list = properties->list();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("sentiment"));

        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        const QByteArray moved("spec:\n  description: Chats\n  data_property_variations:\n"
                               "    - property_name: channel\n"
                               "      property_values: [chat, email]\n"
                               "      base_distributions: {chat: 70, email: 30}\n"
                               "    - property_name: sentiment # mood\n"
                               "      property_values: [positive, negative]\n"
                               "      base_distributions: {positive: 60, negative: 40}\n");
        QCOMPARE(editor.content(), moved);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("channel"));
        editor.undo();
        QCOMPARE(editor.content(), original);
        QTRY_COMPARE(list->item(0)->text(), QStringLiteral("sentiment"));

        // Rename with F2, as typed.
        list->setCurrentRow(1);
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_F2);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget())
                    && list->isAncestorOf(QApplication::focusWidget()));
        QWidget* nameEditor = QApplication::focusWidget();
        QTest::keyClick(nameEditor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(nameEditor, QStringLiteral("medium"));
        // The item view commits a name on the next turn of the event loop.
        QTest::keyClick(nameEditor, Qt::Key_Return);
        QTRY_COMPARE(editor.content(), QByteArray(original).replace("property_name: channel", "property_name: medium"));
        editor.undo();
        QCOMPARE(editor.content(), original);
        QTRY_COMPARE(list->item(1)->text(), QStringLiteral("channel"));

        // Add, then remove it with Delete: back to the very bytes.
        QTest::mouseClick(properties->findChild<QPushButton*>(QStringLiteral("formPropertyAdd")), Qt::LeftButton);
        QVERIFY(editor.content().endsWith("      base_distributions: {chat: 70, email: 30}\n"
                                          "    - property_name: property_1\n"
                                          "      property_values: [value_1, value_2]\n"
                                          "      base_distributions: {value_1: 50, value_2: 50}\n"));
        QTRY_COMPARE(list->count(), 3);
        QTRY_COMPARE(list->item(2)->text(), QStringLiteral("property_1"));
        list->setFocus();
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(editor.content(), original);
        QCOMPARE(list->count(), 2);
    }

    // Behind another tab the list is not read after each analysis (a 10 MB spec has tens of
    // thousands of properties); shown again, it holds what the text holds.
    void hiddenPropertyListCatchesUpWhenShown()
    {
        const QByteArray original("spec:\n  data_property_variations:\n"
                                  "    - property_name: a\n      property_values: [x]\n");
        FormOnEditor form(SpecKind::DataFramer, original, 1);
        QVERIFY(form.ready);
        QListWidget* list = form.panel.properties()->list();
        QCOMPARE(list->count(), 1);
        form.panel.hide();
        QSignalSpy analysed(form.editor.document(), &SpecDocument::analysed);
        form.editor.applySplices(
            {TextSplice {original.size(), original.size(), "    - property_name: b\n      property_values: [y]\n"}});
        QVERIFY(analysed.wait(5000));
        QCOMPARE(list->count(), 1);
        form.panel.show();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), QStringLiteral("b"));
    }

    // The list shows the last analysis; typed into the editor since, a row may now be another
    // property: the edit is refused instead of hitting that one.
    void propertyEditsWaitForTheListToCatchUp()
    {
        const QByteArray original("spec:\n  data_property_variations:\n"
                                  "    - property_name: a\n      property_values: [x]\n"
                                  "    - property_name: b\n      property_values: [y]\n"
                                  "    - property_name: c\n      property_values: [z]\n");
        FormOnEditor form(SpecKind::DataFramer, original, 1);
        QVERIFY(form.ready);
        SpecEditor& editor = form.editor;
        QListWidget* list = form.panel.properties()->list();
        QCOMPARE(list->count(), 3);
        const qint64 first = original.indexOf("    - property_name: a");
        const qint64 second = original.indexOf("    - property_name: b");
        editor.applySplices({TextSplice {first, second, {}}}); // "a" cut in the text
        const QByteArray typed = editor.content();
        list->setCurrentRow(1); // still shows "b", now the text's first
        form.panel.properties()->removeProperty();
        QCOMPARE(editor.content(), typed);
        QVERIFY2(form.panel.note().contains(QStringLiteral("changed since")), qPrintable(form.panel.note()));
        // Once the list has caught up, the same edit takes the property shown.
        QTRY_COMPARE(list->count(), 2);
        list->setCurrentRow(0);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("b"));
        form.panel.properties()->removeProperty();
        QCOMPARE(PropertyListEdits::names(DocumentParser::parse(editor.content(), SpecFormat::Yaml).tree).value(),
                 QStringList {QStringLiteral("c")});
    }

    void adobeIdListsAreCheckedAsTyped()
    {
        const QByteArray original = sample("adobe-rest-storage-flow-spec.json");
        FormOnEditor form(SpecKind::AdobeFlow, original);
        QVERIFY(form.ready);
        SpecEditor& editor = form.editor;
        SpecFormPanel& panel = form.panel;
        auto* sources = qobject_cast<QPlainTextEdit*>(panel.control(QStringLiteral("sourceConnectionSpecIds")));
        QVERIFY(sources);
        QCOMPARE(sources->toPlainText(), QStringLiteral("2d46966e-4fcc-4015-9f9e-a67594e395a3"));
        sources->setFocus();
        QTRY_VERIFY(sources->hasFocus());
        sources->moveCursor(QTextCursor::End);
        QTest::keyClick(sources, Qt::Key_Return);
        QTest::keyClicks(sources, QStringLiteral("my-source"));
        QVERIFY(panel.fieldProblem(QStringLiteral("sourceConnectionSpecIds")).startsWith(QStringLiteral("Line 2:")));
        // Left while wrong: the text keeps what it had.
        panel.control(QStringLiteral("name"))->setFocus();
        QTRY_VERIFY(!sources->hasFocus());
        QCOMPARE(editor.content(), original);
        // Corrected, it is written in the list's own layout.
        sources->setFocus();
        QTRY_VERIFY(sources->hasFocus());
        for (int i = 0; i < 9; ++i) {
            QTest::keyClick(sources, Qt::Key_Backspace);
        }
        QTest::keyClicks(sources, QStringLiteral("c604ff05-7f1a-43c0-8e18-33bf874cb11c"));
        QVERIFY(panel.fieldProblem(QStringLiteral("sourceConnectionSpecIds")).isEmpty());
        panel.control(QStringLiteral("name"))->setFocus();
        QTRY_VERIFY(editor.content() != original);
        QVERIFY(editor.content().contains(
            "\"sourceConnectionSpecIds\": [\n        \"2d46966e-4fcc-4015-9f9e-a67594e395a3\",\n"
            "        \"c604ff05-7f1a-43c0-8e18-33bf874cb11c\"\n    ],"));
    }

    void archivedScaleGpSpecOffersRestore()
    {
        FormOnEditor form(SpecKind::ScaleGp, "{\"name\": \"Old\", \"archived_at\": \"2025-05-01T00:00:00Z\"}", 7);
        QVERIFY(form.ready);
        SpecFormPanel& panel = form.panel;
        auto* restore = panel.findChild<QPushButton*>(QStringLiteral("formRestoreButton"));
        QVERIFY(restore && restore->isVisible());
        QSignalSpy asked(&panel, &SpecFormPanel::restoreRequested);
        restore->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toLongLong(), 7);
    }

    void plainSpecsHaveNoForm()
    {
        FormOnEditor form(SpecKind::PlainJson, "{\"a\": 1}", 1);
        QVERIFY(form.ready);
        SpecFormPanel& panel = form.panel;
        QVERIFY(panel.note().contains(QStringLiteral("no form")));
        QVERIFY(!panel.control(QStringLiteral("name")));
    }
};

QTEST_MAIN(TestSpecFormPanel)
#include "TestSpecFormPanel.moc"
