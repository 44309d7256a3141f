#include "QuickFixes.h"

#include "DistributionMath.h"
#include "SpecEdits.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("QuickFixes", text);
}

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// The property (data_property_variations item) that a diagnostic's path points into.
qint32 variationOf(const SpecTree& tree, const QString& path)
{
    const qsizetype cut = path.indexOf(QLatin1String("].base_distributions"));
    return cut < 0 ? SpecTree::kNoNode : tree.find(path.left(cut + 1));
}

QString nameOf(const SpecTree& tree, qint32 variation)
{
    const qint32 name = tree.child(variation, "property_name");
    return name == SpecTree::kNoNode ? tr("this property") : qs(tree.node(name).value);
}

std::optional<QuickFix>
normalize(const SpecAnalysis& analysis, const QByteArray& text, qint32 distribution, const QString& name)
{
    const SpecTree& tree = analysis.tree;
    QList<double> shares;
    QList<qint32> nodes;
    int decimals = 0;
    for (qint32 entry = tree.node(distribution).firstChild; entry != SpecTree::kNoNode;
         entry = tree.node(entry).nextSibling) {
        bool ok = false;
        const QString written = qs(tree.node(entry).value);
        const double share = written.toDouble(&ok);
        if (!ok || tree.node(entry).style != SpecNode::Style::Plain) {
            return std::nullopt; // a share that is not a number must be fixed by hand first
        }
        shares << share;
        nodes << entry;
        decimals = std::max(decimals, DistributionMath::decimalsOf(written));
    }
    const QList<qint64> units = DistributionMath::normalizedUnits(shares, std::min(decimals, 4));
    const SpecEdits edits(text, tree, SpecFormat::Yaml);
    QuickFix fix {tr("Normalize the shares of '%1' to 100").arg(name), {}};
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QString error;
        const auto splice = edits.setScalar(
            tree.path(nodes[i]), DistributionMath::formatUnits(units[i], std::min(decimals, 4)), &error);
        if (!splice) {
            return std::nullopt;
        }
        if (splice->replacement != text.mid(splice->start, splice->end - splice->start)) {
            fix.splices << *splice;
        }
    }
    return fix;
}

} // namespace

namespace QuickFixes {

QByteArray apply(const QByteArray& text, QList<TextSplice> splices)
{
    std::sort(
        splices.begin(), splices.end(), [](const TextSplice& a, const TextSplice& b) { return a.start > b.start; });
    QByteArray result = text;
    for (const TextSplice& splice : std::as_const(splices)) {
        result = splice.applyTo(result);
    }
    return result;
}

QList<QuickFix> forDiagnostic(const Diagnostic& diagnostic, const SpecAnalysis& analysis, const QByteArray& text)
{
    const SpecTree& tree = analysis.tree;
    if (tree.isEmpty()) {
        return {};
    }
    const SpecFormat format = SpecKinds::formatOf(analysis.kind);
    const SpecEdits edits(text, tree, format);
    QList<QuickFix> fixes;
    QString error;
    const QString& code = diagnostic.code;

    if (code == QLatin1String("dataframer-distribution-sum")) {
        const qint32 distribution = tree.find(diagnostic.path);
        if (distribution != SpecTree::kNoNode) {
            if (auto fix = normalize(analysis, text, distribution, nameOf(tree, variationOf(tree, diagnostic.path)))) {
                fixes << *fix;
            }
        }
    } else if (code == QLatin1String("dataframer-distribution-missing")) {
        // Add every missing share at 0, which keeps the sum; one splice at the mapping's end.
        const qint32 variation = variationOf(tree, diagnostic.path);
        const qint32 values = tree.child(variation, "property_values");
        const qint32 distribution = tree.find(diagnostic.path);
        QuickFix fix {tr("Add the missing shares of '%1' (at 0)").arg(nameOf(tree, variation)), {}};
        QByteArray added;
        qint64 at = -1;
        for (qint32 v = values == SpecTree::kNoNode ? SpecTree::kNoNode : tree.node(values).firstChild;
             v != SpecTree::kNoNode;
             v = tree.node(v).nextSibling) {
            const std::string& value = tree.node(v).value;
            if (tree.child(distribution, value) != SpecTree::kNoNode) {
                continue;
            }
            const auto splice = edits.insertEntry(diagnostic.path, qs(value), QStringLiteral("0"), &error);
            if (splice) {
                at = splice->start;
                added += splice->replacement;
            }
        }
        if (at >= 0) {
            fix.splices << TextSplice {at, at, added};
            fixes << fix;
        }
    } else if (code == QLatin1String("dataframer-distribution-extra")) {
        if (const auto splice = edits.remove(diagnostic.path, &error)) {
            fixes << QuickFix {
                tr("Remove '%1' from base_distributions").arg(qs(tree.keyOf(tree.find(diagnostic.path)))), {*splice}};
        }
    } else if (code == QLatin1String("adobe-transformation-spec")) {
        const qint32 node = tree.find(diagnostic.path);
        const qint32 key = node == SpecTree::kNoNode ? SpecTree::kNoNode : tree.node(node).keyNode;
        if (key != SpecTree::kNoNode && tree.child(tree.root(), "transformationSpecs") == SpecTree::kNoNode) {
            fixes << QuickFix {
                tr("Rename to transformationSpecs"),
                {TextSplice {tree.node(key).start, tree.node(key).end, QByteArrayLiteral("\"transformationSpecs\"")}}};
        }
    }
    return fixes;
}

} // namespace QuickFixes
