#include "DocumentParser.h"
#include "PropertyListEditor.h"
#include "PropertyListEdits.h"
#include "PropertyValueEdits.h"
#include "SpecDocument.h"
#include "SpecEditor.h"
#include "SpecFormPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
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

/// Whether the shares of property `property` in `text` add up to exactly 100.
bool sharesSumTo100(const QByteArray& text, qint32 property)
{
    QString error;
    const auto read = PropertyValueEdits::read(DocumentParser::parse(text, SpecFormat::Yaml).tree, property, &error);
    return read && !read->shares.isEmpty() && read->sumsToTotal();
}

/// The table's rows as "value=share" in order.
QStringList rowsOf(const QTableWidget* table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        rows << table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text();
    }
    return rows;
}

/// Types `typed` into a cell of `table` by keyboard: F2, select all, type, Return.
bool typeIntoCell(QTableWidget* table, int row, int column, const QString& typed)
{
    table->setFocus();
    if (!QTest::qWaitFor([table] { return table->hasFocus(); })) {
        return false;
    }
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget* cellEditor = nullptr;
    if (!QTest::qWaitFor([&] {
            cellEditor = QApplication::focusWidget();
            return qobject_cast<QLineEdit*>(cellEditor) != nullptr && table->isAncestorOf(cellEditor);
        })) {
        return false;
    }
    QTest::keyClick(cellEditor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(cellEditor, typed);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    return true;
}

const QByteArray kValuesSpec("spec:\n  description: Chats\n  data_property_variations:\n"
                             "    - property_name: sentiment # mood\n"
                             "      property_values: [positive, negative] # two\n"
                             "      base_distributions: {positive: 60, negative: 40}\n"
                             "    - property_name: channel\n"
                             "      property_values:\n"
                             "        - chat # live\n"
                             "        - 'email'\n"
                             "      base_distributions:\n"
                             "        chat: 70 # most\n"
                             "        'email': 30\n");

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

    // The selected property's values and shares are edited in a table below the list: a share
    // typed (with either decimal separator), a value renamed, added and removed. Each is one
    // splice (compared byte for byte) and one undo step, and the shares keep adding up to 100.
    void dataFramerValuesAndSharesAreEditedFromTheForm()
    {
        FormOnEditor form(SpecKind::DataFramer, kValuesSpec, 1);
        QVERIFY(form.ready);
        SpecEditor& editor = form.editor;
        PropertyListEditor* properties = form.panel.properties();
        QVERIFY(properties);
        QListWidget* list = properties->list();
        QTableWidget* table = properties->values();
        QVERIFY(table);
        // The first property is chosen from the start, so its values show at once.
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(rowsOf(table), (QStringList {QStringLiteral("positive=60"), QStringLiteral("negative=40")}));
        auto* note = properties->findChild<QLabel*>(QStringLiteral("formValueNote"));
        QVERIFY(note);
        QCOMPARE(note->text(), QStringLiteral("The shares add up to 100%."));

        // A share typed with the locale's decimal comma: the other share makes room.
        table->setLocale(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(typeIntoCell(table, 0, 1, QStringLiteral("12,5")));
        const QByteArray typedShare
            = QByteArray(kValuesSpec).replace("{positive: 60, negative: 40}", "{positive: 12.5, negative: 87.5}");
        QTRY_COMPARE(editor.content(), typedShare);
        QVERIFY(sharesSumTo100(editor.content(), 0));
        QTRY_COMPARE(rowsOf(table), (QStringList {QStringLiteral("positive=12.5"), QStringLiteral("negative=87.5")}));
        QCOMPARE(table->currentRow(), 0);
        QCOMPARE(table->currentColumn(), 1);
        editor.undo();
        QCOMPARE(editor.content(), kValuesSpec);
        QTRY_COMPARE(rowsOf(table), (QStringList {QStringLiteral("positive=60"), QStringLiteral("negative=40")}));
        // ... and with a point, whatever the locale.
        QVERIFY(typeIntoCell(table, 0, 1, QStringLiteral("12.5")));
        QTRY_COMPARE(editor.content(), typedShare);
        editor.undo();
        QCOMPARE(editor.content(), kValuesSpec);

        // Not a number: the text stays, the cell shows the text's share again, the note says why.
        QTRY_COMPARE(rowsOf(table).value(1), QStringLiteral("negative=40"));
        // (Every analysis in: each puts the panel's note back.)
        QTRY_VERIFY(!editor.document()->isAnalysisPending() && !editor.document()->isAnalysisStale());
        QSignalSpy refused(properties, &PropertyListEditor::problem);
        QVERIFY(typeIntoCell(table, 1, 1, QStringLiteral("lots")));
        // The view commits what was typed on the next turn of the event loop.
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("40"));
        QCOMPARE(editor.content(), kValuesSpec);
        QVERIFY2(form.panel.note().contains(QStringLiteral("lots")), qPrintable(form.panel.note()));

        // Add: a share of 0, the others as they were (as the distribution panel adds one); the
        // new value is current.
        table->setLocale(QLocale::c());
        QTest::mouseClick(properties->findChild<QPushButton*>(QStringLiteral("formValueAdd")), Qt::LeftButton);
        const QByteArray added
            = QByteArray(kValuesSpec)
                  .replace("[positive, negative] # two", "[positive, negative, value_1] # two")
                  .replace("{positive: 60, negative: 40}", "{positive: 60, negative: 40, value_1: 0}");
        QCOMPARE(editor.content(), added);
        QVERIFY(sharesSumTo100(editor.content(), 0));
        QTRY_COMPARE(
            rowsOf(table),
            (QStringList {QStringLiteral("positive=60"), QStringLiteral("negative=40"), QStringLiteral("value_1=0")}));
        QCOMPARE(table->currentRow(), 2);
        // Named at once with F2.
        QVERIFY(typeIntoCell(table, 2, 0, QStringLiteral("neutral")));
        QTRY_COMPARE(editor.content(), QByteArray(added).replace("value_1", "neutral"));
        editor.undo();
        QCOMPARE(editor.content(), added);
        editor.undo();
        QCOMPARE(editor.content(), kValuesSpec);

        // The second property: rename a quoted value, in its list and its share alike.
        list->setCurrentRow(1);
        QTRY_COMPARE(rowsOf(table), (QStringList {QStringLiteral("chat=70"), QStringLiteral("email=30")}));
        QVERIFY(typeIntoCell(table, 1, 0, QStringLiteral("e-mail")));
        QTRY_COMPARE(editor.content(),
                     QByteArray(kValuesSpec).replace("- 'email'", "- 'e-mail'").replace("'email': 30", "'e-mail': 30"));
        editor.undo();
        QCOMPARE(editor.content(), kValuesSpec);

        // Remove with Delete: its lines go, comments and all; its share goes to the other.
        QTRY_COMPARE(rowsOf(table).value(1), QStringLiteral("email=30"));
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Delete);
        const QByteArray removed
            = QByteArray(kValuesSpec)
                  .replace("        - chat # live\n", "")
                  .replace("        chat: 70 # most\n        'email': 30\n", "        'email': 100\n");
        QCOMPARE(editor.content(), removed);
        QVERIFY(sharesSumTo100(editor.content(), 1));
        QTRY_COMPARE(rowsOf(table), QStringList {QStringLiteral("email=100")});
        // One undo step brings back the very bytes.
        editor.undo();
        QCOMPARE(editor.content(), kValuesSpec);
        QTRY_COMPARE(rowsOf(table), (QStringList {QStringLiteral("chat=70"), QStringLiteral("email=30")}));
        QCOMPARE(list->currentRow(), 1); // the property stays selected through the analyses
    }

    // Every control of the values is reached with Tab and says what it is.
    void valueControlsAreReachedByKeyboard()
    {
        FormOnEditor form(SpecKind::DataFramer, kValuesSpec, 1);
        QVERIFY(form.ready);
        PropertyListEditor* properties = form.panel.properties();
        properties->list()->setCurrentRow(0);
        QTableWidget* table = properties->values();
        auto* add = properties->findChild<QPushButton*>(QStringLiteral("formValueAdd"));
        auto* remove = properties->findChild<QPushButton*>(QStringLiteral("formValueRemove"));
        QVERIFY(add && remove);
        QVERIFY(!table->accessibleName().isEmpty() && !table->accessibleDescription().isEmpty());
        QVERIFY(!add->accessibleDescription().isEmpty() && !remove->accessibleDescription().isEmpty());
        QVERIFY(add->isEnabled() && remove->isEnabled());
        // The list's buttons lead to the table, and Tab leaves the table rather than walking its cells.
        auto* down = properties->findChild<QPushButton*>(QStringLiteral("formPropertyDown"));
        down->setFocus();
        QTRY_VERIFY(down->hasFocus());
        QTest::keyClick(down, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), add);
        QTest::keyClick(add, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), remove);
        // Insert in the table adds a value too.
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Insert);
        QVERIFY(form.editor.content().contains("[positive, negative, value_1] # two"));
        QVERIFY(sharesSumTo100(form.editor.content(), 0));
        form.editor.undo();
        QCOMPARE(form.editor.content(), kValuesSpec);
    }

    // A read-only spec (an archived one) is read, not changed: the list and the table stay
    // enabled and reachable by keyboard (and so by a screen reader), but open no editor, and
    // the buttons that change the text are off.
    void readOnlySpecValuesAreReadNotEdited()
    {
        FormOnEditor form(SpecKind::DataFramer, kValuesSpec, 1);
        QVERIFY(form.ready);
        SpecEditor& editor = form.editor;
        editor.setReadOnly(true);
        form.panel.setEditor(&editor);
        PropertyListEditor* properties = form.panel.properties();
        QListWidget* list = properties->list();
        QTableWidget* table = properties->values();
        QCOMPARE(list->count(), 2);
        QVERIFY(list->isEnabled());
        QCOMPARE(list->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
        QCOMPARE(list->editTriggers(), QAbstractItemView::NoEditTriggers);
        for (const char* name : {"formPropertyAdd",
                                 "formPropertyRemove",
                                 "formPropertyUp",
                                 "formPropertyDown",
                                 "formValueAdd",
                                 "formValueRemove"}) {
            QVERIFY2(!properties->findChild<QPushButton*>(QLatin1String(name))->isEnabled(), name);
        }

        // The property is chosen with the arrows, and Tab leads on to its values.
        list->setCurrentRow(1);
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(list->currentRow(), 0);
        QTRY_COMPARE(rowsOf(table), (QStringList {QStringLiteral("positive=60"), QStringLiteral("negative=40")}));
        QTest::keyClick(list, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QVERIFY(table->isEnabled());
        QCOMPARE(table->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!table->accessibleName().isEmpty());
        QVERIFY(!properties->findChild<QPushButton*>(QStringLiteral("formValueAdd"))->isEnabled());
        QVERIFY(!properties->findChild<QPushButton*>(QStringLiteral("formValueRemove"))->isEnabled());

        // The arrows walk the cells; F2, typing, Delete and Insert change nothing.
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentColumn(), 1);
        const auto noCellEditor = [](const QAbstractItemView* view) {
            const QList<QLineEdit*> editors = view->findChildren<QLineEdit*>();
            return std::none_of(editors.cbegin(), editors.cend(), [](const QLineEdit* e) { return e->isVisible(); });
        };
        QTest::keyClick(table, Qt::Key_F2);
        QTest::keyClicks(table, QStringLiteral("5"));
        QTest::qWait(50);
        QVERIFY(noCellEditor(table));
        QCOMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Return);
        QTest::keyClick(table, Qt::Key_Delete);
        QTest::keyClick(table, Qt::Key_Insert);
        QTest::keyClick(list, Qt::Key_F2);
        QTest::qWait(50);
        QVERIFY(noCellEditor(list));
        QCOMPARE(editor.content(), kValuesSpec);
        QCOMPARE(rowsOf(table), (QStringList {QStringLiteral("positive=60"), QStringLiteral("negative=40")}));

        // Editable again, the table and the buttons are too.
        editor.setReadOnly(false);
        form.panel.setEditor(&editor);
        QVERIFY(table->editTriggers() & QAbstractItemView::EditKeyPressed);
        QVERIFY(list->editTriggers() & QAbstractItemView::EditKeyPressed);
        QVERIFY(properties->findChild<QPushButton*>(QStringLiteral("formValueAdd"))->isEnabled());
        QVERIFY(typeIntoCell(table, 0, 1, QStringLiteral("50")));
        QTRY_COMPARE(editor.content(),
                     QByteArray(kValuesSpec).replace("{positive: 60, negative: 40}", "{positive: 50, negative: 50}"));
    }

    // Typed in the editor meanwhile, the table follows the text after the analysis, keeping
    // the property and the value that were selected.
    void valueTableFollowsTheTextKeepingTheSelection()
    {
        FormOnEditor form(SpecKind::DataFramer, kValuesSpec, 1);
        QVERIFY(form.ready);
        SpecEditor& editor = form.editor;
        PropertyListEditor* properties = form.panel.properties();
        properties->list()->setCurrentRow(1);
        QTableWidget* table = properties->values();
        table->setCurrentCell(1, 1);
        QSignalSpy analysed(editor.document(), &SpecDocument::analysed);
        const qint64 chat = kValuesSpec.indexOf("        - chat # live\n");
        // A value listed before the selected one, and its share changed.
        editor.applySplices({TextSplice {chat, chat, "        - voice\n"}});
        QVERIFY(analysed.wait(5000));
        QCOMPARE(rowsOf(table),
                 (QStringList {QStringLiteral("voice="), QStringLiteral("chat=70"), QStringLiteral("email=30")}));
        QCOMPARE(properties->list()->currentRow(), 1);
        QCOMPARE(table->currentRow(), 2); // still 'email'
        QCOMPARE(table->currentColumn(), 1);
        auto* note = properties->findChild<QLabel*>(QStringLiteral("formValueNote"));
        QCOMPARE(note->text(), QStringLiteral("The shares add up to 100%."));
        // A share typed for the value without one: it gets it, and the others make room.
        QVERIFY(typeIntoCell(table, 0, 1, QStringLiteral("10")));
        QTRY_VERIFY(editor.content().contains("        chat: 63 # most\n        'email': 27\n        voice: 10\n"));
        QVERIFY(sharesSumTo100(editor.content(), 1));
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
