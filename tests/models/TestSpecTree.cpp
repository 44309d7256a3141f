#include "DocumentParser.h"
#include "SpecAnalysis.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray slice(const QByteArray& text, const SpecTree& tree, qint32 node)
{
    return text.mid(tree.node(node).start, tree.node(node).end - tree.node(node).start);
}

/// Test rows of one flow list of `items` numbers, in JSON and in YAML: a tree of items + 1 nodes.
void addFlowListRows(int items)
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<SpecFormat>("format");
    QByteArray list = QByteArray("0,").repeated(items);
    list.chop(1);
    QTest::newRow("JSON") << QByteArray("[" + list + "]") << SpecFormat::Json;
    QTest::newRow("YAML") << QByteArray("[" + list + "]\n") << SpecFormat::Yaml;
}

} // namespace

/// Paths and exact ranges of parsed nodes, for both formats.
class TestSpecTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlRanges_data();
    void yamlRanges();
    void jsonRanges_data();
    void jsonRanges();
    void keysAreFoundBeforeTheirValues();
    void pathsRoundTrip();
    void nodeAtFindsTheInnermostNode();
    void sampleDataFramerPaths();
    void aliasesAreNotExpanded();
    void childrenAreLinkedInDocumentOrder_data();
    void childrenAreLinkedInDocumentOrder();
    void documentsPastTheNodeBudgetGetAClearError_data();
    void documentsPastTheNodeBudgetGetAClearError();
    void aParseOfSupersededTextIsAbandoned_data();
    void aParseOfSupersededTextIsAbandoned();

private:
    void checkRanges(SpecFormat format);
};

void TestSpecTree::checkRanges(SpecFormat format)
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);
    const ParseResult result = DocumentParser::parse(text, format);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(result.diagnostics.value(0).message));
    const qint32 node = result.tree.find(path);
    QVERIFY2(node != SpecTree::kNoNode, qPrintable(path));
    QCOMPARE(slice(text, result.tree, node), expected);
    QCOMPARE(result.tree.path(node), path);
}

void TestSpecTree::yamlRanges_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray spec("spec:\n"
                          "  description: \"Say \\\"hi\\\"\" # greeting\n"
                          "  single: 'it''s'\n"
                          "  plain: two words   # comment\n"
                          "  folded: a long\n"
                          "    plain line\n"
                          "  literal: |\n"
                          "    line one\n"
                          "\n"
                          "    line two\n"
                          "  flow: [a, \"b\", {c: 1}]\n"
                          "  map: {x: 1, y: 2}\n"
                          "  empty:\n"
                          "  block:\n"
                          "    - 40\n"
                          "    - k: v\n"
                          "after: 1\n");
    QTest::newRow("double quoted") << spec << QStringLiteral("spec.description") << QByteArray("\"Say \\\"hi\\\"\"");
    QTest::newRow("single quoted") << spec << QStringLiteral("spec.single") << QByteArray("'it''s'");
    QTest::newRow("plain stops before comment") << spec << QStringLiteral("spec.plain") << QByteArray("two words");
    QTest::newRow("multi-line plain") << spec << QStringLiteral("spec.folded") << QByteArray("a long\n    plain line");
    QTest::newRow("literal block") << spec << QStringLiteral("spec.literal")
                                   << QByteArray("|\n    line one\n\n    line two");
    QTest::newRow("flow sequence") << spec << QStringLiteral("spec.flow") << QByteArray("[a, \"b\", {c: 1}]");
    QTest::newRow("flow item") << spec << QStringLiteral("spec.flow[1]") << QByteArray("\"b\"");
    QTest::newRow("map in flow") << spec << QStringLiteral("spec.flow[2].c") << QByteArray("1");
    QTest::newRow("flow map") << spec << QStringLiteral("spec.map") << QByteArray("{x: 1, y: 2}");
    QTest::newRow("flow map value") << spec << QStringLiteral("spec.map.y") << QByteArray("2");
    QTest::newRow("empty value") << spec << QStringLiteral("spec.empty") << QByteArray();
    QTest::newRow("block sequence") << spec << QStringLiteral("spec.block") << QByteArray("- 40\n    - k: v");
    QTest::newRow("block item") << spec << QStringLiteral("spec.block[0]") << QByteArray("40");
    QTest::newRow("after nesting") << spec << QStringLiteral("after") << QByteArray("1");
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF"
                                                "a:\r\n  b: \xC3\xA9t\xC3\xA9\r\n")
                                  << QStringLiteral("a.b") << QByteArray("\xC3\xA9t\xC3\xA9");
    QTest::newRow("anchored value") << QByteArray("a: &x 5\nb: *x\n") << QStringLiteral("a") << QByteArray("5");
}

void TestSpecTree::yamlRanges()
{
    checkRanges(SpecFormat::Yaml);
}

void TestSpecTree::jsonRanges_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray doc("{\n  \"name\": \"a \\\"q\\\" \\\\\",\n  \"n\": -12.5e3,\n  \"ok\": true,\n"
                         "  \"none\": null,\n  \"list\": [1, {\"k\": [\"v\"]}],\n  \"obj\": {}\n}");
    QTest::newRow("string with escapes") << doc << QStringLiteral("name") << QByteArray("\"a \\\"q\\\" \\\\\"");
    QTest::newRow("number") << doc << QStringLiteral("n") << QByteArray("-12.5e3");
    QTest::newRow("true") << doc << QStringLiteral("ok") << QByteArray("true");
    QTest::newRow("null") << doc << QStringLiteral("none") << QByteArray("null");
    QTest::newRow("array") << doc << QStringLiteral("list") << QByteArray("[1, {\"k\": [\"v\"]}]");
    QTest::newRow("nested") << doc << QStringLiteral("list[1].k[0]") << QByteArray("\"v\"");
    QTest::newRow("empty object") << doc << QStringLiteral("obj") << QByteArray("{}");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF{\"a\": 1}") << QStringLiteral("a") << QByteArray("1");
}

void TestSpecTree::jsonRanges()
{
    checkRanges(SpecFormat::Json);
}

void TestSpecTree::keysAreFoundBeforeTheirValues()
{
    // A collection used as a key has nodes of its own between the key and its value.
    const QByteArray text("? [a, {b: c}]\n: first\nplain: second\n? {x: [y]}\n: {z: third}\n");
    const ParseResult yaml = DocumentParser::parse(text, SpecFormat::Yaml);
    QVERIFY(yaml.diagnostics.isEmpty());
    const SpecTree& tree = yaml.tree;
    const auto keyText = [&](qint32 value) {
        const SpecNode& key = tree.node(tree.keyNode(value));
        return text.mid(key.start, key.end - key.start);
    };
    QList<qint32> values;
    for (qint32 c = tree.node(tree.root()).firstChild(); c != SpecTree::kNoNode; c = tree.node(c).nextSibling) {
        values << c;
    }
    QCOMPARE(values.size(), 3);
    QCOMPARE(keyText(values[0]), QByteArray("[a, {b: c}]"));
    QCOMPARE(tree.keyOf(values[0]), std::string_view()); // not a scalar key
    QCOMPARE(keyText(values[1]), QByteArray("plain"));
    QCOMPARE(tree.keyOf(values[1]), std::string_view("plain"));
    QCOMPARE(keyText(values[2]), QByteArray("{x: [y]}"));
    const qint32 inner = tree.node(values[2]).firstChild();
    QCOMPARE(tree.keyOf(inner), std::string_view("z"));
    QCOMPARE(tree.value(inner), std::string_view("third"));
    // Items of a sequence and the root have no key.
    QCOMPARE(tree.keyNode(tree.root()), SpecTree::kNoNode);
    const qint32 list = tree.keyNode(values[0]);
    QCOMPARE(tree.keyNode(tree.node(list).firstChild()), SpecTree::kNoNode);

    const QByteArray json(R"({"a": {"b": [1, {"c": 2}]}, "d": 3})");
    const ParseResult parsed = DocumentParser::parse(json, SpecFormat::Json);
    const qint32 d = parsed.tree.child(parsed.tree.root(), "d");
    QCOMPARE(parsed.tree.keyOf(d), std::string_view("d"));
    QCOMPARE(json.mid(parsed.tree.node(parsed.tree.keyNode(d)).start, 3), QByteArray(R"("d")"));
    const qint32 c = parsed.tree.find(QStringLiteral("a.b[1].c"));
    QCOMPARE(parsed.tree.keyOf(c), std::string_view("c"));
}

void TestSpecTree::pathsRoundTrip()
{
    const QByteArray text("a:\n  - b: [x, y]\n  - c\n");
    const ParseResult result = DocumentParser::parse(text, SpecFormat::Yaml);
    for (qint32 i = 0; i < result.tree.size(); ++i) {
        if (result.tree.keyNode(i) == SpecTree::kNoNode && result.tree.node(i).parent != SpecTree::kNoNode
            && result.tree.node(result.tree.node(i).parent).isMapping()) {
            continue; // a key node: addressed through its value
        }
        QCOMPARE(result.tree.find(result.tree.path(i)), i);
    }
    QCOMPARE(result.tree.find(QStringLiteral("a[0].b[2]")), SpecTree::kNoNode);
    QCOMPARE(result.tree.find(QStringLiteral("missing")), SpecTree::kNoNode);
}

void TestSpecTree::nodeAtFindsTheInnermostNode()
{
    const QByteArray text("spec:\n  dist: {a: 40, b: 60}\n");
    const ParseResult result = DocumentParser::parse(text, SpecFormat::Yaml);
    const qint32 b = result.tree.nodeAt(text.indexOf("60") + 1);
    QCOMPARE(result.tree.path(b), QStringLiteral("spec.dist.b"));
    QCOMPARE(result.tree.path(result.tree.nodeAt(text.indexOf("dist") + 1)), QStringLiteral("spec.dist"));
}

void TestSpecTree::sampleDataFramerPaths()
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/../../resources/samples/dataframer-customer-support.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const ParseResult result = DocumentParser::parse(text, SpecFormat::Yaml);
    const qint32 neutral
        = result.tree.find(QStringLiteral("spec.data_property_variations[0].base_distributions.neutral"));
    QVERIFY(neutral != SpecTree::kNoNode);
    QCOMPARE(slice(text, result.tree, neutral), QByteArray("30"));
    QCOMPARE(result.tree.value(neutral), std::string_view("30"));
}

void TestSpecTree::aliasesAreNotExpanded()
{
    QByteArray bomb("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level < 10; ++level) {
        QByteArray items;
        for (int i = 0; i < 10; ++i) {
            items += (i ? ", *a" : "*a") + QByteArray::number(level - 1);
        }
        bomb += "a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + items + "]\n";
    }
    const ParseResult result = DocumentParser::parse(bomb, SpecFormat::Yaml);
    QVERIFY(result.diagnostics.isEmpty());
    QVERIFY(result.tree.size() < 500);
    QCOMPARE(result.tree.node(result.tree.find(QStringLiteral("a9[3]"))).type, SpecNode::Type::Alias);
}

void TestSpecTree::childrenAreLinkedInDocumentOrder_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("collections");

    QTest::newRow("nested YAML") << QByteArray(
        "a:\n  b: [1, [2, 3], {c: 4}]\n  d:\n    - e: 5\n      f: [6]\n    - 7\ng: {}\n")
                                 << int(SpecFormat::Yaml) << 9;
    // A collection used as a key has children of its own that come between its mapping's entries.
    QTest::newRow("collection keys") << QByteArray("? [k1, k2]\n: v\n? {k: [x]}\n: [w, {y: z}]\nlast: 1\n")
                                     << int(SpecFormat::Yaml) << 6;
    QTest::newRow("JSON") << QByteArray(R"({"a": [1, {"b": [2, 3]}, []], "c": {"d": {"e": null}}, "f": 1})")
                          << int(SpecFormat::Json) << 7;
}

// A node keeps no last child (two trees of a 10 MB spec are alive at once): the tree links
// each child while it is built, so every collection must still list its children in order.
void TestSpecTree::childrenAreLinkedInDocumentOrder()
{
    QFETCH(QByteArray, text);
    QFETCH(int, format);
    QFETCH(int, collections);
    const ParseResult result = DocumentParser::parse(text, SpecFormat(format));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(result.diagnostics.value(0).message));
    const SpecTree& tree = result.tree;
    int seen = 0;
    qint32 linked = 0;
    for (qint32 n = 0; n < tree.size(); ++n) {
        const SpecNode& node = tree.node(n);
        if (!node.isCollection()) {
            QCOMPARE(node.firstChild(), SpecTree::kNoNode);
            QCOMPARE(node.childCount(), 0);
            continue;
        }
        ++seen;
        qint32 count = 0;
        qint32 previousStart = node.start;
        for (qint32 c = node.firstChild(); c != SpecTree::kNoNode; c = tree.node(c).nextSibling, ++count) {
            QCOMPARE(tree.node(c).parent, n);
            QCOMPARE(qint32(tree.node(c).indexInParent), count);
            QVERIFY(tree.node(c).start >= previousStart);
            previousStart = tree.node(c).start;
            if (node.isSequence()) {
                QCOMPARE(tree.item(n, count), c);
            }
            if (tree.node(c).nextSibling == SpecTree::kNoNode) {
                QCOMPARE(tree.lastChild(n), c);
            }
        }
        QCOMPARE(count, node.childCount());
        linked += count;
    }
    QCOMPARE(seen, collections);
    qint32 children = 0;
    for (qint32 n = 0; n < tree.size(); ++n) {
        const SpecNode& node = tree.node(n);
        const bool isKey = node.parent != SpecTree::kNoNode && tree.node(node.parent).isMapping() && !node.hasKey;
        children += node.parent != SpecTree::kNoNode && !isKey ? 1 : 0;
    }
    QCOMPARE(linked, children);
}

void TestSpecTree::documentsPastTheNodeBudgetGetAClearError_data()
{
    addFlowListRows(SpecTree::kMaxNodes + 10);
}

// A million keys took the window to 2.2 GB: past the budget, the analysis stops with a located,
// plain error and keeps no tree.
void TestSpecTree::documentsPastTheNodeBudgetGetAClearError()
{
    QFETCH(QByteArray, content);
    QFETCH(SpecFormat, format);
    const ParseResult result = DocumentParser::parse(content, format);
    QVERIFY(result.tree.isEmpty());
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic& error = result.diagnostics.first();
    QCOMPARE(error.code, QStringLiteral("too-many-nodes"));
    QCOMPARE(error.line, 1);
    QVERIFY(error.column > 2 * SpecTree::kMaxNodes - 10);
    QVERIFY(error.message.contains(QLatin1String("1,500,000")) || error.message.contains(QLatin1String("1500000")));
}

void TestSpecTree::aParseOfSupersededTextIsAbandoned_data()
{
    addFlowListRows(10'000);
}

// A stop requested (the editor's text changed) ends the build of the tree and the checks after
// it with SpecTree::Abandoned; a token that is never stopped changes nothing.
void TestSpecTree::aParseOfSupersededTextIsAbandoned()
{
    QFETCH(QByteArray, content);
    QFETCH(SpecFormat, format);
    std::stop_source superseded;
    QVERIFY(superseded.request_stop());
    QVERIFY_THROWS_EXCEPTION(SpecTree::Abandoned, DocumentParser::parse(content, format, superseded.get_token()));
    QVERIFY_THROWS_EXCEPTION(SpecTree::Abandoned,
                             SpecAnalysis::analyse(content, format, std::nullopt, {}, superseded.get_token()));

    std::stop_source current;
    const ParseResult result = DocumentParser::parse(content, format, current.get_token());
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.tree.size(), 10'001);
    QCOMPARE(SpecAnalysis::analyse(content, format, std::nullopt, {}, current.get_token()).tree.size(), 10'001);
}

QTEST_GUILESS_MAIN(TestSpecTree)
#include "TestSpecTree.moc"
