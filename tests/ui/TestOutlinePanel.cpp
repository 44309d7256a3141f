#include "OutlineModel.h"
#include "OutlinePanel.h"
#include "SpecEditor.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

class TestOutlinePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheCaretAndJumps();
};

void TestOutlinePanel::followsTheCaretAndJumps()
{
    OutlinePanel panel;
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("outlineEmptyLabel"))->text().contains(QStringLiteral("No spec")));
    const QByteArray text("spec:\n  description: hello\n  requirements: be kind\n");
    SpecEditor editor(1, SpecKind::DataFramer);
    editor.document()->setDelay(1);
    QSignalSpy analysed(editor.document(), &SpecDocument::analysed);
    editor.loadContent(text);
    editor.show(); // QScintilla reports caret moves only while it is on screen
    panel.setEditor(&editor);
    QVERIFY(analysed.wait(5000));
    QCOMPARE(panel.view()->model()->rowCount(), 1);

    editor.goToOffset(text.indexOf("be kind"));
    // QScintilla reports caret moves from its UI update, after the event loop runs.
    QTRY_COMPARE(panel.view()->currentIndex().data(OutlineModel::PathRole).toString(),
                 QStringLiteral("spec.requirements"));

    const QModelIndex description = panel.view()->model()->index(0, 0, panel.view()->model()->index(0, 0));
    Q_EMIT panel.view()->activated(description);
    QCOMPARE(editor.SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS), long(text.indexOf("hello")));
}

QTEST_MAIN(TestOutlinePanel)
#include "TestOutlinePanel.moc"
