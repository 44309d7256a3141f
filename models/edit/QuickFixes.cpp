#include "QuickFixes.h"

#include "DistributionEdits.h"
#include "SpecEdits.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QuickFixes)
};

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
        const qint32 variation = variationOf(tree, diagnostic.path);
        if (variation != SpecTree::kNoNode) {
            const PropertyDistribution property = PropertyDistribution::read(tree, variation);
            if (const auto splices = DistributionEdits::normalize(property, {}, &error)) {
                fixes << QuickFix {Text::tr("Normalize the shares of '%1' to 100").arg(property.name), *splices};
            }
        }
    } else if (code == QLatin1String("dataframer-distribution-missing")) {
        const qint32 variation = variationOf(tree, diagnostic.path);
        if (variation != SpecTree::kNoNode) {
            const PropertyDistribution property = PropertyDistribution::read(tree, variation);
            if (const auto splices = DistributionEdits::addMissingShares(analysis, text, property, &error)) {
                fixes << QuickFix {Text::tr("Add the missing shares of '%1' (at 0)").arg(property.name), *splices};
            }
        }
    } else if (code == QLatin1String("dataframer-distribution-extra")) {
        if (const auto splice = edits.remove(diagnostic.path, &error)) {
            fixes << QuickFix {
                Text::tr("Remove '%1' from base_distributions").arg(qs(tree.keyOf(tree.find(diagnostic.path)))),
                {*splice}};
        }
        const qint32 variation = variationOf(tree, diagnostic.path);
        const qint32 share = tree.find(diagnostic.path);
        if (variation != SpecTree::kNoNode && share != SpecTree::kNoNode) {
            const PropertyDistribution property = PropertyDistribution::read(tree, variation);
            const QString value = qs(tree.keyOf(share));
            if (const auto splices = DistributionEdits::listValue(analysis, text, property, value, &error)) {
                fixes << QuickFix {Text::tr("Add '%1' to property_values").arg(value), *splices};
            }
        }
    } else if (code == QLatin1String("adobe-transformation-spec")) {
        const qint32 node = tree.find(diagnostic.path);
        const qint32 key = node == SpecTree::kNoNode ? SpecTree::kNoNode : tree.keyNode(node);
        if (key != SpecTree::kNoNode && tree.child(tree.root(), "transformationSpecs") == SpecTree::kNoNode) {
            fixes << QuickFix {
                Text::tr("Rename to transformationSpecs"),
                {TextSplice {tree.node(key).start, tree.node(key).end, QByteArrayLiteral("\"transformationSpecs\"")}}};
        }
    }
    return fixes;
}

} // namespace QuickFixes
