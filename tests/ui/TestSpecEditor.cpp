#include "EditorAccessibilityEvents.h"
#include "SpecEditor.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexeryaml.h>

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

namespace {

struct TextEvent
{
    QAccessible::Event type;
    int position;
    QString text;
};

QList<TextEvent> s_textEvents;

void recordTextEvent(QAccessibleEvent* event)
{
    if (event->type() == QAccessible::TextInserted) {
        const auto* inserted = static_cast<QAccessibleTextInsertEvent*>(event);
        s_textEvents.append({event->type(), inserted->changePosition(), inserted->textInserted()});
    } else if (event->type() == QAccessible::TextRemoved) {
        const auto* removed = static_cast<QAccessibleTextRemoveEvent*>(event);
        s_textEvents.append({event->type(), removed->changePosition(), removed->textRemoved()});
    } else if (event->type() == QAccessible::TextCaretMoved) {
        s_textEvents.append({event->type(), static_cast<QAccessibleTextCursorEvent*>(event)->cursorPosition(), {}});
    }
}

bool hasTextEvent(QAccessible::Event type, int position, const QString& text)
{
    return std::any_of(s_textEvents.cbegin(), s_textEvents.cend(), [&](const TextEvent& event) {
        return event.type == type && event.position == position && event.text == text;
    });
}

} // namespace

class TestSpecEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsBytesExactly_data();
    void keepsBytesExactly();
    void loadingIsNotAnUndoStep();
    void usesTheFormatsLexer();
    void typingKeepsCrlf();
    void caretColumnCountsCharacters();
    void reportsSyntaxErrors();
    void quickFixIsOneUndoStep();
    void copiesAreSharedUntilTheTextChanges();
    void changesOutOfSightAreReported();
    void showingProblemsIsNotAChange();
    void accessibleTextSpeaksInCharacters();
};

void TestSpecEditor::showingProblemsIsNotAChange()
{
    // Drawing an analysis' squiggles and markers must not count as an edit: that asked for a
    // new analysis every 250 ms for as long as a problem was shown, and kept a core busy.
    SpecEditor editor(1, SpecKind::PlainJson);
    editor.document()->setDelay(10);
    editor.resize(400, 200);
    editor.loadContent("{\"a\": 1,\n}");
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy analysed(editor.document(), &SpecDocument::analysed);
    QSignalSpy changed(&editor, &SpecEditor::contentChanged);
    QVERIFY(analysed.wait(5000));
    for (int edit = 0; edit < 2; ++edit) {
        QCOMPARE(editor.diagnostics().size(), 1);
        editor.repaint();
        QCoreApplication::processEvents();
        QVERIFY(!editor.document()->isAnalysisPending());
        QCOMPARE(changed.count(), edit);
        // A real edit still counts, and the problem stays.
        QTest::keyClick(&editor, Qt::Key_Space);
        QTRY_COMPARE(changed.count(), edit + 1);
        QVERIFY(analysed.wait(5000));
    }
    analysed.clear();
    editor.repaint();
    QVERIFY(!analysed.wait(300));
    QVERIFY(!editor.document()->isAnalysisPending());
}

void TestSpecEditor::accessibleTextSpeaksInCharacters()
{
    // Offsets are UTF-16 characters (what screen readers count in), not Scintilla's bytes.
    const QByteArray bytes("a: \xC3\xA9t\xC3\xA9\nb: \xF0\x9F\x98\x80 x\r\nc: \xC3\xBC\n\nlast");
    const QString expected = QString::fromUtf8(bytes);
    SpecEditor editor(1, SpecKind::PlainYaml);
    editor.resize(400, 200);
    editor.loadContent(bytes);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    EditorAccessibilityEvents::setDelivery(&recordTextEvent);
    QAccessible::setActive(true);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&editor);
    QVERIFY(accessible);
    QAccessibleTextInterface* text = accessible->textInterface();
    QVERIFY(text);
    QVERIFY(accessible->editableTextInterface());
    QCOMPARE(text->characterCount(), expected.size());
    for (int end = 0; end <= expected.size(); ++end) {
        if (end < expected.size() && expected.at(end).isLowSurrogate()) {
            continue; // inside the emoji
        }
        QCOMPARE(text->text(0, end), expected.left(end));
        QCOMPARE(text->text(end, int(expected.size())), expected.mid(end));
    }
    const int x = int(expected.indexOf(QLatin1Char('x')));
    editor.goToOffset(bytes.indexOf('x'));
    QCOMPARE(text->cursorPosition(), x);
    int start = -1;
    int end = -1;
    QCOMPARE(text->textAtOffset(x, QAccessible::LineBoundary, &start, &end), expected.mid(x - 6, 9));
    QCOMPARE(start, x - 6);
    QCOMPARE(text->textAtOffset(x, QAccessible::WordBoundary, &start, &end), QStringLiteral("x"));
    text->setCursorPosition(int(expected.indexOf(QStringLiteral("last"))));
    QCOMPARE(editor.SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS), long(bytes.indexOf("last")));

    // Typing and deleting are told at their character offsets.
    editor.goToOffset(bytes.indexOf('x'));
    s_textEvents.clear();
    QTest::keyClicks(&editor, QStringLiteral("yz"));
    QTRY_VERIFY(hasTextEvent(QAccessible::TextInserted, x, QStringLiteral("y")));
    QTRY_VERIFY(hasTextEvent(QAccessible::TextInserted, x + 1, QStringLiteral("z")));
    QTest::keyClick(&editor, Qt::Key_Backspace);
    QTRY_VERIFY(hasTextEvent(QAccessible::TextRemoved, x + 1, QStringLiteral("z")));
    QTRY_VERIFY(hasTextEvent(QAccessible::TextCaretMoved, x + 1, QString()));
    // And edits made through the interface land at the right bytes.
    accessible->editableTextInterface()->insertText(2, QStringLiteral("\u00FC"));
    QCOMPARE(editor.content().left(7), QByteArray("a:\xC3\xBC \xC3\xA9"));
    QAccessible::setActive(false);
    EditorAccessibilityEvents::setDelivery(nullptr);
}

void TestSpecEditor::changesOutOfSightAreReported()
{
    // Autosave and analysis hear of every change, also of one far below the visible lines.
    QByteArray text;
    for (int line = 0; line < 400; ++line) {
        text.append("key_").append(QByteArray::number(line)).append(": 10\n");
    }
    SpecEditor editor(1, SpecKind::PlainYaml);
    editor.resize(400, 200);
    editor.loadContent(text);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy changed(&editor, &SpecEditor::contentChanged);
    const qint64 at = text.indexOf("key_399: 10") + 9;
    editor.applySplices({TextSplice {at, at + 2, QByteArrayLiteral("20")}});
    QVERIFY(changed.count() >= 1);
    for (const auto step : {&SpecEditor::undo, &SpecEditor::redo, &SpecEditor::undo}) {
        changed.clear();
        (editor.*step)();
        QTRY_VERIFY(changed.count() >= 1);
    }
    QCOMPARE(editor.content(), text);
}

void TestSpecEditor::quickFixIsOneUndoStep()
{
    const QByteArray text("spec:\n  data_property_variations:\n    - property_name: s\n      property_values: [a, b]\n"
                          "      base_distributions:\n        a: 30 # note\n        b: 30\n");
    SpecEditor editor(1, SpecKind::DataFramer);
    editor.loadContent(text);
    const qint64 at = text.indexOf("b: 30"); // inside the shares that do not add up
    const QList<QuickFix> fixes = editor.quickFixesAt(at);
    QCOMPARE(fixes.size(), 1);
    QVERIFY(fixes.first().title.contains(QStringLiteral("Normalize")));
    editor.applySplices(fixes.first().splices);
    QByteArray expected = text;
    expected.replace("a: 30 #", "a: 50 #").replace("b: 30", "b: 50");
    QCOMPARE(editor.content(), expected);
    editor.undo();
    QCOMPARE(editor.content(), text);
    editor.redo();
    QCOMPARE(editor.content(), expected);
}

// The analysis, the autosave and the draft writer each ask for the text: while it has not
// changed they share one copy (a 10 MB spec would otherwise hold three), and any edit, however
// it is made, gives the next taker a fresh one while the copies already given out stay as taken.
void TestSpecEditor::copiesAreSharedUntilTheTextChanges()
{
    const QByteArray text("a: 1\nb: [x, y]\n");
    SpecEditor editor(1, SpecKind::PlainYaml);
    editor.loadContent(text);
    const QByteArray first = editor.content();
    QCOMPARE(first, text);
    QCOMPARE(editor.content().constData(), first.constData());

    editor.setCursorPosition(0, 4);
    QTest::keyClicks(&editor, QStringLiteral("2"));
    const QByteArray typed = editor.content();
    QCOMPARE(typed, QByteArray("a: 12\nb: [x, y]\n"));
    QCOMPARE(first, text);
    QCOMPARE(editor.content().constData(), typed.constData());

    editor.undo();
    QCOMPARE(editor.content(), text);
    editor.redo();
    QCOMPARE(editor.content(), typed);

    // Same length, other bytes: a replacement is two edits, each announced.
    editor.setSelection(0, 0, 0, 1);
    editor.replaceSelectedText(QStringLiteral("c"));
    QCOMPARE(editor.content(), QByteArray("c: 12\nb: [x, y]\n"));
    editor.applySplices({TextSplice {0, 1, "d"}});
    QCOMPARE(editor.content(), QByteArray("d: 12\nb: [x, y]\n"));
    QCOMPARE(typed, QByteArray("a: 12\nb: [x, y]\n"));

    editor.loadContent("z: 0\n");
    QCOMPARE(editor.content(), QByteArray("z: 0\n"));
    QCOMPARE(first, text);
}

void TestSpecEditor::keepsBytesExactly_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("BOM + CRLF + tab + non-ASCII") << QByteArray("\xEF\xBB\xBFspec:\r\n  d: \"a\tb \xE2\x82\xAC\"\r\n");
    QTest::newRow("no final newline") << QByteArray("a: 1");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("invalid UTF-8 survives") << QByteArray("a: \xC3\x28\xFF\n");
}

void TestSpecEditor::keepsBytesExactly()
{
    QFETCH(QByteArray, content);
    SpecEditor editor(1, SpecKind::PlainYaml);
    editor.loadContent(content);
    QCOMPARE(editor.content(), content);
}

void TestSpecEditor::loadingIsNotAnUndoStep()
{
    SpecEditor editor(1, SpecKind::PlainYaml);
    editor.loadContent("a: 1\n");
    QVERIFY(!editor.isUndoAvailable());
    QVERIFY(!editor.isModified());
    QTest::keyClicks(&editor, QStringLiteral("x"));
    QVERIFY(editor.isUndoAvailable());
    editor.undo();
    QCOMPARE(editor.content(), QByteArray("a: 1\n"));
}

void TestSpecEditor::usesTheFormatsLexer()
{
    SpecEditor yaml(1, SpecKind::PlainYaml);
    QVERIFY(qobject_cast<QsciLexerYAML*>(yaml.lexer()));
    SpecEditor json(2, SpecKind::PlainJson);
    QVERIFY(qobject_cast<QsciLexerJSON*>(json.lexer()));
    QCOMPARE(json.specId(), qint64(2));
    QVERIFY(yaml.marginLineNumbers(0));
    QCOMPARE(yaml.folding(), QsciScintilla::BoxedTreeFoldStyle);
}

void TestSpecEditor::typingKeepsCrlf()
{
    SpecEditor editor(1, SpecKind::PlainYaml);
    editor.loadContent("a: 1\r\nb: 2\r\n");
    editor.setCursorPosition(1, 0);
    QTest::keyClicks(&editor, QStringLiteral("c: 3"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.content(), QByteArray("a: 1\r\nc: 3\r\nb: 2\r\n"));
}

void TestSpecEditor::caretColumnCountsCharacters()
{
    SpecEditor editor(1, SpecKind::PlainYaml);
    editor.loadContent("x\n\xC3\xA9\xC3\xA9: 1\n");
    editor.goToOffset(2 + 4); // after "éé" on line 2
    const auto [line, column] = editor.caretLineColumn();
    QCOMPARE(line, 2);
    QCOMPARE(column, 3);
}

void TestSpecEditor::reportsSyntaxErrors()
{
    SpecEditor editor(1, SpecKind::PlainJson);
    QSignalSpy changed(&editor, &SpecEditor::diagnosticsChanged);
    editor.loadContent("{\"a\": 1,\n}");
    QVERIFY(changed.wait(5000));
    QCOMPARE(editor.diagnostics().size(), 1);
    QCOMPARE(editor.diagnostics().first().line, 2);
    QCOMPARE(editor.markersAtLine(1) != 0, true);

    editor.selectAll();
    QTest::keyClicks(&editor, QStringLiteral("{}"));
    QVERIFY(changed.wait(5000));
    QVERIFY(editor.diagnostics().isEmpty());
}

QTEST_MAIN(TestSpecEditor)
#include "TestSpecEditor.moc"
