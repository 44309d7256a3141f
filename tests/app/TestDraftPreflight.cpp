#include "DraftPreflight.h"

#include <QTest>

/// The look at a draft before it is sent: errors keep it back, and an edit the server does not
/// take is named, whether the field was changed, added or removed, and whatever the base's style.
class TestDraftPreflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specEditAloneGoesWithoutNotes();
    void dataFramerFieldsOutsideSpecAreNamed_data();
    void dataFramerFieldsOutsideSpecAreNamed();
    void draftWithErrorsIsBlocked();
};

namespace {

const QByteArray kBase = "spec:\n  description: Chats\n  data_property_variations: []\n";

} // namespace

void TestDraftPreflight::specEditAloneGoesWithoutNotes()
{
    const QByteArray draft = "# mine\nspec:\n  description: Chats and mails\n  data_property_variations: []\n";
    const DraftPreflight::Result result = DraftPreflight::check(ApiKind::DataFramer, draft, kBase);
    QVERIFY(!result.blocked());
    QVERIFY(result.notSent.isEmpty());
    QCOMPARE(result.toSend, draft);
}

void TestDraftPreflight::dataFramerFieldsOutsideSpecAreNamed_data()
{
    QTest::addColumn<QByteArray>("draft");
    QTest::addColumn<QByteArray>("base");
    const QByteArray withMetadata = kBase + "metadata:\n  owner: ana\n";
    QTest::newRow("edited") << QByteArray(kBase + "metadata:\n  owner: bo\n") << withMetadata;
    QTest::newRow("added") << QByteArray(kBase + "metadata:\n  owner: bo\n") << kBase;
    QTest::newRow("removed") << kBase << withMetadata;
    // Bases whose fields a look at the first column cannot tell: they are parsed.
    QTest::newRow("removed, flow base") << kBase << QByteArray("{spec: {description: Chats}, metadata: {owner: ana}}");
    QTest::newRow("removed, document marker")
        << kBase << QByteArray("---\nspec:\n  description: Chats\nmetadata: {owner: ana}\n");
    QTest::newRow("removed, quoted key") << kBase << QByteArray(kBase + "\"metadata\": {owner: ana}\n");
    QTest::newRow("removed, CRLF") << kBase << QByteArray("spec:\r\n  description: Chats\r\nmetadata: x\r\n");
}

void TestDraftPreflight::dataFramerFieldsOutsideSpecAreNamed()
{
    QFETCH(QByteArray, draft);
    QFETCH(QByteArray, base);
    const DraftPreflight::Result result = DraftPreflight::check(ApiKind::DataFramer, draft, base);
    QVERIFY(!result.blocked());
    QCOMPARE(result.notSentFields.size(), 1);
    QVERIFY2(result.notSentFields.first().contains(QStringLiteral("metadata")),
             qPrintable(result.notSentFields.first()));
    QVERIFY(result.notSentMessage().startsWith(QStringLiteral("Not sent: ")));
}

void TestDraftPreflight::draftWithErrorsIsBlocked()
{
    const QByteArray draft = "spec:\n  description: [unclosed\n";
    const DraftPreflight::Result result = DraftPreflight::check(ApiKind::DataFramer, draft, kBase);
    QVERIFY(result.blocked());
    QVERIFY2(result.blockedMessage().contains(QStringLiteral("line ")), qPrintable(result.blockedMessage()));
}

QTEST_GUILESS_MAIN(TestDraftPreflight)
#include "TestDraftPreflight.moc"
