#include "FindBar.h"

#include <Qsci/qsciscintilla.h>

#include <QLineEdit>
#include <QTest>

class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsForwardAndBackward();
    void escapeReturnsToTheEditor();
    void replacesOneOrAll();
};

void TestFindBar::replacesOneOrAll()
{
    QsciScintilla editor;
    editor.setText(QStringLiteral("a: old\nb: old\nc: old\n"));
    FindBar bar;
    bar.setEditor(&editor);
    bar.activateReplace();
    bar.findChild<QLineEdit*>(QStringLiteral("findQueryEdit"))->setText(QStringLiteral("old"));
    bar.findChild<QLineEdit*>(QStringLiteral("replaceEdit"))->setText(QStringLiteral("new"));
    QVERIFY(bar.findNext());
    QVERIFY(bar.replaceNext());
    QCOMPARE(editor.text(), QStringLiteral("a: new\nb: old\nc: old\n"));
    QCOMPARE(bar.replaceAll(), 2);
    QCOMPARE(editor.text(), QStringLiteral("a: new\nb: new\nc: new\n"));
    editor.undo(); // Replace All is one step
    QCOMPARE(editor.text(), QStringLiteral("a: new\nb: old\nc: old\n"));
}

void TestFindBar::findsForwardAndBackward()
{
    QsciScintilla editor;
    editor.setText(QStringLiteral("alpha\nbeta\nalpha\n"));
    FindBar bar;
    bar.setEditor(&editor);
    bar.activate();
    QVERIFY(bar.isVisible() || !bar.isHidden());
    QTest::keyClicks(bar.findChild<QLineEdit*>(QStringLiteral("findQueryEdit")), QStringLiteral("alpha"));
    QVERIFY(bar.findNext());
    int line = -1, index = -1;
    editor.getCursorPosition(&line, &index);
    QCOMPARE(line, 0);
    QVERIFY(bar.findNext());
    editor.getCursorPosition(&line, &index);
    QCOMPARE(line, 2);
    QVERIFY(bar.findPrevious());
    editor.getCursorPosition(&line, &index);
    QCOMPARE(line, 0);

    bar.findChild<QLineEdit*>(QStringLiteral("findQueryEdit"))->setText(QStringLiteral("gamma"));
    QVERIFY(!bar.findNext());
}

void TestFindBar::escapeReturnsToTheEditor()
{
    QWidget window;
    auto* editor = new QsciScintilla(&window);
    auto* bar = new FindBar(&window);
    bar->setEditor(editor);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bar->activate();
    QVERIFY(bar->isVisible());
    QTest::keyClick(bar, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestFindBar)
#include "TestFindBar.moc"
