#include "EmptyStatePanel.h"

#include <QLabel>
#include <QTest>

class TestEmptyStatePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhyItIsEmpty();
};

void TestEmptyStatePanel::saysWhyItIsEmpty()
{
    EmptyStatePanel panel(QStringLiteral("History: not available yet"), QStringLiteral("<b>not html</b>"));
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("emptyHeadingLabel"))->text(),
             QStringLiteral("History: not available yet"));
    auto* explanation = panel.findChild<QLabel*>(QStringLiteral("emptyExplanationLabel"));
    QCOMPARE(explanation->textFormat(), Qt::PlainText);
    QCOMPARE(panel.accessibleName(), QStringLiteral("History: not available yet"));
    QCOMPARE(panel.accessibleDescription(), QStringLiteral("<b>not html</b>"));
}

QTEST_MAIN(TestEmptyStatePanel)
#include "TestEmptyStatePanel.moc"
