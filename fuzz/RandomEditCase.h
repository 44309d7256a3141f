#pragma once

#include "DocumentParser.h"
#include "FuzzInput.h"
#include "SpecEdits.h"

#include <QString>

#include <optional>

/// One case of FuzzEdits, shared with TestSpecEdits so that every finding saved under
/// tests/data/fuzz-findings/edits-*.bin is replayed exactly as the fuzzer ran it.
/// The bytes pick the format, the operation and the node; then come the document and the value.
/// Returns what went wrong, or nothing when the edit refused with a reason or kept its promises:
/// the output parses and is unchanged outside the splice.
inline std::optional<QString> checkRandomEdit(const QByteArray& input)
{
    if (input.size() < 4) {
        return std::nullopt;
    }
    const SpecFormat format = static_cast<unsigned char>(input[0]) % 2 == 0 ? SpecFormat::Yaml : SpecFormat::Json;
    const int operation = static_cast<unsigned char>(input[1]) % 4;
    const int pick = static_cast<unsigned char>(input[2]);
    const QList<QByteArray> parts = fuzzParts(input.mid(3), 2);
    const QByteArray& text = parts[0];
    const QString value = QString::fromUtf8(parts[1]).left(64);
    const ParseResult parsed = DocumentParser::parse(text, format);
    if (parsed.tree.isEmpty() || !parsed.diagnostics.isEmpty()) {
        return std::nullopt;
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
            splice = edits.insertItemInto(node, pick % (tree.node(node).childCount() + 1), value, &error);
        }
        break;
    }
    if (!splice) {
        return std::nullopt;
    }
    if (splice->start < 0 || splice->start > splice->end || splice->end > text.size()) {
        return QStringLiteral("the splice %1..%2 lies outside the text").arg(splice->start).arg(splice->end);
    }
    const QByteArray result = splice->applyTo(text);
    if (result.left(splice->start) != text.left(splice->start)
        || result.mid(splice->start + splice->replacement.size()) != text.mid(splice->end)) {
        return QStringLiteral("text outside the splice changed");
    }
    // Removing a root's last entry may leave an empty YAML document, which is fine.
    const ParseResult reparsed = DocumentParser::parse(result, format);
    if (!reparsed.diagnostics.isEmpty()) {
        return QStringLiteral(
                   "operation %1 on node %2 (%3) gave text that does not parse: %4\n--- before\n%5\n--- after\n%6")
            .arg(operation)
            .arg(node)
            .arg(tree.path(node),
                 reparsed.diagnostics.first().message,
                 QString::fromUtf8(text),
                 QString::fromUtf8(result));
    }
    return std::nullopt;
}
