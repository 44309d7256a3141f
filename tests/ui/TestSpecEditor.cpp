#include "SpecEditor.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexeryaml.h>

#include <QSignalSpy>
#include <QTest>

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
    void changesOutOfSightAreReported();
};

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
