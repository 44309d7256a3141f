#include "DocumentParser.h"
#include "PropertyListEdits.h"

#include <QTest>

/// The form's edits of a DataFramer spec's properties, compared byte for byte with the text
/// expected: each is one splice, and the comments, quoting and blank lines around it stay.
class TestPropertyListEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesInOrder();
    void moveKeepsEachPropertysOwnLines();
    void moveInAFlowList();
    void moveRefusesWhatItCannotDoSafely();
    void removeTakesThePropertyAndItsLines();
    void renameKeepsTheQuotingAStringNeeds();
    void addWritesInTheStyleOfTheFirstProperty();
    void addToAFlowList();
    void noListIsAClearError();

private:
    static QByteArray applied(const QByteArray& text, const std::optional<TextSplice>& splice)
    {
        return splice ? splice->applyTo(text) : QByteArray("(no splice)");
    }
};

namespace {

const QByteArray kSpec("spec:\n"
                       "  description: \"Support chats\" # shown to analysts\n"
                       "  data_property_variations:\n"
                       "    # the mood first\n"
                       "    - property_name: sentiment # mood\n"
                       "      property_values: [positive, negative]\n"
                       "      base_distributions: {positive: 60, negative: 40}\n"
                       "\n"
                       "    - property_name: 'channel'\n"
                       "      property_values:\n"
                       "        - chat\n"
                       "        - email\n"
                       "      base_distributions:\n"
                       "        chat: 70\n"
                       "        email: 30\n"
                       "    - property_name: length\n"
                       "      property_values: [short, long]\n"
                       "      base_distributions: {short: 50, long: 50}\n"
                       "  requirements: \"Be kind\"\n");

SpecTree treeOf(const QByteArray& text)
{
    return DocumentParser::parse(text, SpecFormat::Yaml).tree;
}

} // namespace

void TestPropertyListEdits::namesInOrder()
{
    QCOMPARE(PropertyListEdits::names(treeOf(kSpec)).value(),
             QStringList({QStringLiteral("sentiment"), QStringLiteral("channel"), QStringLiteral("length")}));
    QCOMPARE(PropertyListEdits::freshName(treeOf(kSpec)), QStringLiteral("property_1"));
}

void TestPropertyListEdits::moveKeepsEachPropertysOwnLines()
{
    QString error;
    const SpecTree tree = treeOf(kSpec);
    const QByteArray down = applied(kSpec, PropertyListEdits::move(kSpec, tree, 0, false, &error));
    QCOMPARE(down,
             QByteArray("spec:\n"
                        "  description: \"Support chats\" # shown to analysts\n"
                        "  data_property_variations:\n"
                        "    # the mood first\n"
                        "    - property_name: 'channel'\n"
                        "      property_values:\n"
                        "        - chat\n"
                        "        - email\n"
                        "      base_distributions:\n"
                        "        chat: 70\n"
                        "        email: 30\n"
                        "\n"
                        "    - property_name: sentiment # mood\n"
                        "      property_values: [positive, negative]\n"
                        "      base_distributions: {positive: 60, negative: 40}\n"
                        "    - property_name: length\n"
                        "      property_values: [short, long]\n"
                        "      base_distributions: {short: 50, long: 50}\n"
                        "  requirements: \"Be kind\"\n"));
    // Up from the second place is the same edit; moving back restores every byte.
    QCOMPARE(applied(kSpec, PropertyListEdits::move(kSpec, tree, 1, true, &error)), down);
    QCOMPARE(applied(down, PropertyListEdits::move(down, treeOf(down), 1, true, &error)), kSpec);
    QCOMPARE(PropertyListEdits::names(treeOf(down)).value().first(), QStringLiteral("channel"));
    // The last one moves up past the block-style one.
    const QByteArray last = applied(kSpec, PropertyListEdits::move(kSpec, tree, 2, true, &error));
    QCOMPARE(PropertyListEdits::names(treeOf(last)).value(),
             QStringList({QStringLiteral("sentiment"), QStringLiteral("length"), QStringLiteral("channel")}));
    QVERIFY(last.endsWith("        email: 30\n  requirements: \"Be kind\"\n"));
}

void TestPropertyListEdits::moveInAFlowList()
{
    const QByteArray text("spec:\n  data_property_variations: [{property_name: a, property_values: [x]}, "
                          "{property_name: b, property_values: [y]}]\n");
    QString error;
    QCOMPARE(applied(text, PropertyListEdits::move(text, treeOf(text), 0, false, &error)),
             QByteArray("spec:\n  data_property_variations: [{property_name: b, property_values: [y]}, "
                        "{property_name: a, property_values: [x]}]\n"));
}

void TestPropertyListEdits::moveRefusesWhatItCannotDoSafely()
{
    QString error;
    QVERIFY(!PropertyListEdits::move(kSpec, treeOf(kSpec), 0, true, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!PropertyListEdits::move(kSpec, treeOf(kSpec), 2, false, &error));
    QVERIFY(!error.isEmpty());
    // A dash on a line of its own: moving the lines after it would move the item without it.
    const QByteArray ownLine("spec:\n  data_property_variations:\n    -\n      property_name: a\n"
                             "    - property_name: b\n");
    error.clear();
    QVERIFY(!PropertyListEdits::move(ownLine, treeOf(ownLine), 0, false, &error));
    QVERIFY2(error.contains(QStringLiteral("dash")), qPrintable(error));

    // A tag or an anchor before an item would stay behind and go to the other item.
    const QByteArray tagged("spec:\n  data_property_variations: [!!map {property_name: a}, {property_name: b}]\n");
    QVERIFY(!PropertyListEdits::move(tagged, treeOf(tagged), 0, false, &error));
    const QByteArray anchored("spec:\n  data_property_variations: [&x {property_name: a}, {property_name: b}]\n");
    QVERIFY(!PropertyListEdits::move(anchored, treeOf(anchored), 0, false, &error));
}

void TestPropertyListEdits::removeTakesThePropertyAndItsLines()
{
    QString error;
    const QByteArray removed = applied(kSpec, PropertyListEdits::remove(kSpec, treeOf(kSpec), 1, &error));
    QVERIFY2(!removed.contains("channel") && !removed.contains("email"), removed.constData());
    QVERIFY(removed.contains("    - property_name: sentiment # mood\n"));
    QVERIFY(removed.contains("    - property_name: length\n"));
    QVERIFY(removed.contains("  requirements: \"Be kind\"\n"));
    QCOMPARE(PropertyListEdits::names(treeOf(removed)).value(),
             QStringList({QStringLiteral("sentiment"), QStringLiteral("length")}));
}

void TestPropertyListEdits::renameKeepsTheQuotingAStringNeeds()
{
    QString error;
    const SpecTree tree = treeOf(kSpec);
    QByteArray expected = kSpec;
    expected.replace("property_name: sentiment # mood", "property_name: mood # mood");
    QCOMPARE(applied(kSpec, PropertyListEdits::rename(kSpec, tree, 0, QStringLiteral("mood"), &error)), expected);
    // Quoted stays quoted; a name YAML would read as a boolean is quoted.
    expected = kSpec;
    expected.replace("property_name: 'channel'", "property_name: 'medium'");
    QCOMPARE(applied(kSpec, PropertyListEdits::rename(kSpec, tree, 1, QStringLiteral("medium"), &error)), expected);
    const QByteArray yes = applied(kSpec, PropertyListEdits::rename(kSpec, tree, 2, QStringLiteral("yes"), &error));
    QCOMPARE(PropertyListEdits::names(treeOf(yes)).value().at(2), QStringLiteral("yes"));
    QVERIFY(!yes.contains("property_name: yes\n"));
    QVERIFY(!PropertyListEdits::rename(kSpec, tree, 0, QStringLiteral("  "), &error));

    // A bare tag has no text of its own to replace: refused, never written into the next key.
    const QByteArray bare(
        "spec:\n  data_property_variations:\n    - property_name: !!str\n      property_values: [x]\n");
    error.clear();
    QVERIFY(!PropertyListEdits::rename(bare, treeOf(bare), 0, QStringLiteral("hello"), &error));
    QVERIFY(!error.isEmpty());
}

void TestPropertyListEdits::addWritesInTheStyleOfTheFirstProperty()
{
    QString error;
    const QByteArray added
        = applied(kSpec, PropertyListEdits::add(kSpec, treeOf(kSpec), QStringLiteral("priority"), &error));
    QByteArray expected = kSpec;
    expected.replace("      base_distributions: {short: 50, long: 50}\n",
                     "      base_distributions: {short: 50, long: 50}\n"
                     "    - property_name: priority\n"
                     "      property_values: [value_1, value_2]\n"
                     "      base_distributions: {value_1: 50, value_2: 50}\n");
    QCOMPARE(added, expected);
    QCOMPARE(PropertyListEdits::names(treeOf(added)).value().size(), 4);

    const QByteArray crlf = QByteArray(kSpec).replace("\n", "\r\n");
    const QByteArray addedCrlf = applied(crlf, PropertyListEdits::add(crlf, treeOf(crlf), QString(), &error));
    QVERIFY(addedCrlf.contains("    - property_name: property_1\r\n      property_values: [value_1, value_2]\r\n"));
    QVERIFY(!QByteArray(addedCrlf).replace("\r\n", "").contains('\n'));

    // Keys written further from their dash: the new item lines up after its own "- ".
    const QByteArray wide("spec:\n  data_property_variations:\n    -   property_name: a\n"
                          "        property_values: [x]\n");
    const QByteArray addedWide = applied(wide, PropertyListEdits::add(wide, treeOf(wide), QStringLiteral("b"), &error));
    QVERIFY2(addedWide.endsWith("    - property_name: b\n      property_values: [value_1, value_2]\n"
                                "      base_distributions: {value_1: 50, value_2: 50}\n"),
             addedWide.constData());
    QCOMPARE(PropertyListEdits::names(treeOf(addedWide)).value(),
             QStringList({QStringLiteral("a"), QStringLiteral("b")}));
}

void TestPropertyListEdits::addToAFlowList()
{
    const QByteArray text("spec:\n  data_property_variations: []\n");
    QString error;
    const QByteArray added = applied(text, PropertyListEdits::add(text, treeOf(text), QStringLiteral("a"), &error));
    QCOMPARE(added,
             QByteArray("spec:\n  data_property_variations: [{property_name: a, property_values: [value_1, value_2], "
                        "base_distributions: {value_1: 50, value_2: 50}}]\n"));
}

void TestPropertyListEdits::noListIsAClearError()
{
    const QByteArray text("spec:\n  description: x\n");
    QString error;
    QVERIFY(!PropertyListEdits::names(treeOf(text)));
    QVERIFY(!PropertyListEdits::add(text, treeOf(text), QStringLiteral("a"), &error));
    QVERIFY(error.contains(QStringLiteral("data_property_variations")));
}

QTEST_GUILESS_MAIN(TestPropertyListEdits)
#include "TestPropertyListEdits.moc"
