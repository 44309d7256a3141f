#include "DiagnosticSink.h"
#include "SpecValidator.h"

#include <QCoreApplication>

#include <string_view>
#include <unordered_map>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateKeys)
};

constexpr qint32 kSmallMapping = 16;

} // namespace

namespace DuplicateKeys {

Diagnostics check(const SpecTree& tree, const QByteArray& text)
{
    DiagnosticSink sink(tree, text);
    const TextLocator locator(text); // one for every finding: it indexes the lines once
    for (qint32 mapping = 0; mapping < tree.size(); ++mapping) {
        if (!tree.node(mapping).isMapping() || tree.node(mapping).childCount() < 2) {
            continue;
        }
        // Most mappings hold a handful of keys: comparing with each earlier one beats hashing.
        // A big one gets a map of its own; clear() on a shared map would wipe every bucket of
        // the largest mapping so far once per later mapping, quadratic on big specs.
        const bool small = tree.node(mapping).childCount() <= kSmallMapping;
        std::unordered_map<std::string_view, qint32> seen;
        if (!small) {
            seen.reserve(size_t(tree.node(mapping).childCount()));
        }
        for (qint32 entry = tree.node(mapping).firstChild(); entry != SpecTree::kNoNode;
             entry = tree.node(entry).nextSibling) {
            const std::string_view key = tree.keyOf(entry);
            // A YAML merge key ("<<") may legitimately repeat; collection keys have no text.
            if (key.empty() || key == "<<") {
                continue;
            }
            qint32 first = SpecTree::kNoNode;
            if (small) {
                for (qint32 earlier = tree.node(mapping).firstChild(); earlier != entry && first == SpecTree::kNoNode;
                     earlier = tree.node(earlier).nextSibling) {
                    first = tree.keyOf(earlier) == key ? earlier : SpecTree::kNoNode;
                }
            } else {
                const auto [found, inserted] = seen.emplace(key, entry);
                first = inserted ? SpecTree::kNoNode : found->second;
            }
            if (first == SpecTree::kNoNode) {
                continue;
            }
            // Parsers keep one of the two silently (most the last), so the server would take a
            // value other than the one the editor and its checks look at.
            const qint32 firstKey = tree.keyNode(first);
            const int firstLine = locator.locate(tree.node(firstKey).start).line;
            sink.atKey(Diagnostic::Severity::Error,
                       entry,
                       QStringLiteral("duplicate-key"),
                       Text::tr("'%1' is given twice in this mapping (first at line %2); a server keeps only one "
                                "of them. Remove one.")
                           .arg(QString::fromUtf8(key.data(), qsizetype(key.size())))
                           .arg(firstLine));
        }
    }
    return sink.takeDiagnostics();
}

} // namespace DuplicateKeys
