#include "DistributionEdits.h"

#include "DistributionMath.h"
#include "PropertyListEdits.h"
#include "SpecAnalysis.h"
#include "SpecEdits.h"

#include <QCoreApplication>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DistributionEdits)
};

bool editable(const PropertyDistribution& property, QString* whyNot)
{
    if (!property.problem.isEmpty()) {
        *whyNot = property.problem;
        return false;
    }
    if (property.shares.isEmpty()) {
        *whyNot = Text::tr("'%1' has no shares yet.").arg(property.name);
        return false;
    }
    return true;
}

/// The property's list and map, or nullopt and why when the text lacks either.
std::optional<DistributionEdits::PropertyNodes>
listAndMapOf(const SpecTree& tree, const PropertyDistribution& property, QString* whyNot)
{
    const DistributionEdits::PropertyNodes nodes = DistributionEdits::nodesOf(tree, property);
    if (nodes.item == SpecTree::kNoNode) {
        *whyNot = Text::tr("The text has changed; '%1' is no longer where it was.").arg(property.name);
        return std::nullopt;
    }
    if (nodes.values == SpecTree::kNoNode) {
        *whyNot = Text::tr("'%1' needs a property_values list first.").arg(property.name);
        return std::nullopt;
    }
    if (nodes.distribution == SpecTree::kNoNode) {
        *whyNot = Text::tr("'%1' needs a base_distributions map first.").arg(property.name);
        return std::nullopt;
    }
    return nodes;
}

} // namespace

namespace DistributionEdits {

QList<qint64> unitsOf(const PropertyDistribution& property)
{
    QList<qint64> units;
    for (const Share& share : property.shares) {
        units << share.units.value_or(0);
    }
    return units;
}

QList<bool> effectiveLocks(const PropertyDistribution& property, const QList<bool>& locked)
{
    QList<bool> locks;
    for (qsizetype i = 0; i < property.shares.size(); ++i) {
        locks << (locked.value(i, false) || !property.shares[i].units);
    }
    return locks;
}

QList<TextSplice> splicesFor(const PropertyDistribution& property, const QList<qint64>& units)
{
    QList<TextSplice> splices;
    for (qsizetype i = 0; i < property.shares.size(); ++i) {
        const Share& share = property.shares[i];
        if (share.units && *share.units != units[i]) {
            splices << TextSplice {
                share.start, share.end, DistributionMath::formatUnits(units[i], property.decimals).toUtf8()};
        }
    }
    return splices;
}

QString itemPath(qint32 index)
{
    return PropertyListEdits::listPath() + QStringLiteral("[%1]").arg(index);
}

PropertyNodes nodesOf(const SpecTree& tree, const PropertyDistribution& property)
{
    PropertyNodes nodes;
    nodes.item = tree.isEmpty() || property.index < 0 ? SpecTree::kNoNode : tree.find(itemPath(property.index));
    if (nodes.item == SpecTree::kNoNode || !tree.node(nodes.item).isMapping()) {
        return {};
    }
    nodes.values = tree.child(nodes.item, "property_values");
    nodes.distribution = tree.child(nodes.item, "base_distributions");
    if (nodes.values != SpecTree::kNoNode && !tree.node(nodes.values).isSequence()) {
        nodes.values = SpecTree::kNoNode;
    }
    if (nodes.distribution != SpecTree::kNoNode && !tree.node(nodes.distribution).isMapping()) {
        nodes.distribution = SpecTree::kNoNode;
    }
    return nodes;
}

qint32 itemWithValue(const SpecTree& tree, qint32 sequence, const QString& value)
{
    if (sequence == SpecTree::kNoNode) {
        return SpecTree::kNoNode;
    }
    const std::string wanted = value.toStdString();
    for (qint32 v = tree.node(sequence).firstChild(); v != SpecTree::kNoNode; v = tree.node(v).nextSibling) {
        if (tree.node(v).isScalar() && tree.value(v) == wanted) {
            return v;
        }
    }
    return SpecTree::kNoNode;
}

std::optional<QList<TextSplice>> move(const PropertyDistribution& property,
                                      const QList<bool>& locked,
                                      qsizetype share,
                                      qint64 units,
                                      QString* whyNot,
                                      const QList<qint64>& baseline)
{
    if (!editable(property, whyNot)) {
        return std::nullopt;
    }
    if (share < 0 || share >= property.shares.size()) {
        *whyNot = Text::tr("There is no such value.");
        return std::nullopt;
    }
    if (!property.shares[share].units) {
        *whyNot = property.shares[share].problem;
        return std::nullopt;
    }
    const QList<qint64> from = baseline.size() == property.shares.size() ? baseline : unitsOf(property);
    const auto result = DistributionMath::rebalance(
        from, effectiveLocks(property, locked), share, units, property.totalUnits(), whyNot);
    if (!result) {
        return std::nullopt;
    }
    return splicesFor(property, *result);
}

std::optional<QList<TextSplice>>
equalize(const PropertyDistribution& property, const QList<bool>& locked, QString* whyNot)
{
    if (!editable(property, whyNot)) {
        return std::nullopt;
    }
    const QList<bool> locks = effectiveLocks(property, locked);
    if (!locks.contains(false)) {
        *whyNot = Text::tr("Every value is locked; unlock one to equalize.");
        return std::nullopt;
    }
    qint64 lockedSum = 0;
    const QList<qint64> units = unitsOf(property);
    for (qsizetype i = 0; i < units.size(); ++i) {
        lockedSum += locks[i] ? units[i] : 0;
    }
    if (lockedSum > property.totalUnits()) {
        *whyNot = Text::tr("The locked values alone add up to more than 100%; unlock one to equalize.");
        return std::nullopt;
    }
    return splicesFor(property, DistributionMath::equalize(units, locks, property.totalUnits()));
}

std::optional<QList<TextSplice>>
normalize(const PropertyDistribution& property, const QList<bool>& locked, QString* whyNot)
{
    if (!editable(property, whyNot)) {
        return std::nullopt;
    }
    const auto result = DistributionMath::normalize(
        unitsOf(property), effectiveLocks(property, locked), property.totalUnits(), whyNot);
    if (!result) {
        return std::nullopt;
    }
    return splicesFor(property, *result);
}

std::optional<QList<TextSplice>> addValue(const SpecTree& tree,
                                          const QByteArray& text,
                                          const PropertyDistribution& property,
                                          const QString& value,
                                          QString* whyNot)
{
    if (value.trimmed().isEmpty()) {
        *whyNot = Text::tr("Type a name for the new value.");
        return std::nullopt;
    }
    if (property.values.contains(value) || property.shareIndex(value) >= 0) {
        *whyNot = Text::tr("'%1' already has a value '%2'.").arg(property.name, value);
        return std::nullopt;
    }
    const auto nodes = listAndMapOf(tree, property, whyNot);
    if (!nodes) {
        return std::nullopt;
    }
    const SpecEdits edits(text, tree, SpecFormat::Yaml);
    const QString written = QString::fromUtf8(edits.stringText(value));
    const auto item = edits.insertItemInto(nodes->values, tree.node(nodes->values).childCount(), written, whyNot, true);
    const auto share
        = item ? edits.insertEntryInto(nodes->distribution, value, QStringLiteral("0"), whyNot) : std::nullopt;
    if (!share) {
        return std::nullopt;
    }
    return QList<TextSplice> {*item, *share};
}

std::optional<QList<TextSplice>> addValue(const SpecAnalysis& analysis,
                                          const QByteArray& text,
                                          const PropertyDistribution& property,
                                          const QString& value,
                                          QString* whyNot)
{
    return addValue(analysis.tree, text, property, value, whyNot);
}

std::optional<QList<TextSplice>> removeValue(const SpecTree& tree,
                                             const QByteArray& text,
                                             const PropertyDistribution& property,
                                             const QList<bool>& locked,
                                             const QString& value,
                                             QString* whyNot)
{
    const PropertyNodes nodes = nodesOf(tree, property);
    if (nodes.item == SpecTree::kNoNode) {
        *whyNot = Text::tr("The text has changed; '%1' is no longer where it was.").arg(property.name);
        return std::nullopt;
    }
    const SpecEdits edits(text, tree, SpecFormat::Yaml);
    const qint32 item = itemWithValue(tree, nodes.values, value);
    if (item != SpecTree::kNoNode && tree.node(nodes.values).childCount() == 1) {
        *whyNot = Text::tr("'%1' needs at least one value.").arg(property.name);
        return std::nullopt;
    }
    QList<TextSplice> splices;
    const qsizetype share = property.shareIndex(value);
    if (share >= 0 && nodes.distribution != SpecTree::kNoNode) {
        if (property.shares[share].units.value_or(0) > 0) {
            // Its share goes to the others first, as if its slider were moved to 0.
            QList<bool> locks = locked;
            locks.resize(property.shares.size());
            locks[share] = false; // removing a locked value is the user's explicit choice
            const auto moved = move(property, locks, share, 0, whyNot);
            if (!moved) {
                return std::nullopt;
            }
            for (const TextSplice& splice : *moved) {
                if (splice.start != property.shares[share].start) {
                    splices << splice;
                }
            }
        }
        const auto removed = edits.removeNode(tree.child(nodes.distribution, value.toStdString()), whyNot);
        if (!removed) {
            return std::nullopt;
        }
        splices << *removed;
    }
    if (item != SpecTree::kNoNode) {
        const auto removed = edits.removeNode(item, whyNot);
        if (!removed) {
            return std::nullopt;
        }
        splices << *removed;
    }
    if (splices.isEmpty()) {
        *whyNot = Text::tr("'%1' has no value '%2'.").arg(property.name, value);
        return std::nullopt;
    }
    return splices;
}

std::optional<QList<TextSplice>> removeValue(const SpecAnalysis& analysis,
                                             const QByteArray& text,
                                             const PropertyDistribution& property,
                                             const QList<bool>& locked,
                                             const QString& value,
                                             QString* whyNot)
{
    return removeValue(analysis.tree, text, property, locked, value, whyNot);
}

std::optional<QList<TextSplice>> addMissingShares(const SpecAnalysis& analysis,
                                                  const QByteArray& text,
                                                  const PropertyDistribution& property,
                                                  QString* whyNot)
{
    const auto nodes = listAndMapOf(analysis.tree, property, whyNot);
    if (!nodes) {
        return std::nullopt;
    }
    const SpecEdits edits(text, analysis.tree, SpecFormat::Yaml);
    // Every share goes in at the mapping's end, so they make one splice there, in list order.
    std::optional<TextSplice> combined;
    for (const QString& value : property.missing) {
        const auto splice = edits.insertEntryInto(nodes->distribution, value, QStringLiteral("0"), whyNot);
        if (!splice) {
            return std::nullopt;
        }
        if (!combined) {
            combined = splice;
        } else {
            combined->replacement += splice->replacement;
        }
    }
    if (!combined) {
        *whyNot = Text::tr("Every value of '%1' has a share.").arg(property.name);
        return std::nullopt;
    }
    return QList<TextSplice> {*combined};
}

std::optional<QList<TextSplice>> listValue(const SpecAnalysis& analysis,
                                           const QByteArray& text,
                                           const PropertyDistribution& property,
                                           const QString& value,
                                           QString* whyNot)
{
    const auto nodes = listAndMapOf(analysis.tree, property, whyNot);
    if (!nodes) {
        return std::nullopt;
    }
    const SpecEdits edits(text, analysis.tree, SpecFormat::Yaml);
    const QString written = QString::fromUtf8(edits.stringText(value));
    const auto item
        = edits.insertItemInto(nodes->values, analysis.tree.node(nodes->values).childCount(), written, whyNot, true);
    if (!item) {
        return std::nullopt;
    }
    return QList<TextSplice> {*item};
}

} // namespace DistributionEdits
