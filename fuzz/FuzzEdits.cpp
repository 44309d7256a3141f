// The in-place edit API: random edits on random documents. Every edit either refuses with a
// reason or gives text that still parses, changed only inside the splice's range.
#include "DocumentParser.h"
#include "FuzzInput.h"
#include "SpecEdits.h"

namespace {

void check(bool condition)
{
    if (!condition) {
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4) {
        return 0;
    }
    const SpecFormat format = data[0] % 2 == 0 ? SpecFormat::Yaml : SpecFormat::Json;
    const int operation = data[1] % 4;
    const int pick = data[2];
    const QList<QByteArray> parts = fuzzParts(fuzzBytes(data + 3, size - 3), 2);
    const QByteArray& text = parts[0];
    const QString value = QString::fromUtf8(parts[1]).left(64);
    const ParseResult parsed = DocumentParser::parse(text, format);
    if (parsed.tree.isEmpty() || !parsed.diagnostics.isEmpty()) {
        return 0;
    }
    const SpecTree& tree = parsed.tree;
    const qint32 node = pick % tree.size();
    const SpecEdits edits(text, tree, format);
    QString error;
    std::optional<TextSplice> splice;
    switch (operation) {
    case 0:
        if (tree.node(node).isScalar()) {
            splice = edits.setScalar(tree.path(node), value, &error);
        }
        break;
    case 1:
        if (node != tree.root()) {
            splice = edits.removeNode(node, &error);
        }
        break;
    case 2:
        if (tree.node(node).isMapping()) {
            splice = edits.insertEntryInto(node, value.isEmpty() ? QStringLiteral("k") : value, value, &error);
        }
        break;
    default:
        if (tree.node(node).isSequence()) {
            splice = edits.insertItemInto(node, pick % (tree.node(node).childCount + 1), value, &error);
        }
        break;
    }
    if (!splice) {
        return 0;
    }
    check(splice->start >= 0 && splice->start <= splice->end && splice->end <= text.size());
    const QByteArray result = splice->applyTo(text);
    // Unchanged outside the edited range.
    check(result.left(splice->start) == text.left(splice->start));
    check(result.mid(splice->start + splice->replacement.size()) == text.mid(splice->end));
    // Still parses (removing a root's last entry may leave an empty YAML document, which is fine).
    check(DocumentParser::parse(result, format).diagnostics.isEmpty());
    return 0;
}
