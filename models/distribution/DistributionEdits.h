#pragma once

#include "PropertyDistribution.h"

#include <optional>

struct SpecAnalysis;

/// The text edits behind the distribution panel. Each returns the splices that make one change
/// (apply them as one undo step), or nullopt with the reason it cannot be made.
///
/// Share changes replace only the written numbers: a share is a plain YAML number, so another
/// plain number fits in its place in flow and block style alike, and nothing around it moves.
/// Shares are written with the property's decimals, and always sum to exactly 100.
namespace DistributionEdits {

/// Moves one share to `units` and rebalances the other unlocked shares in proportion.
/// `locked` has one flag per share; shares that are not numbers count as locked.
/// With a `baseline` (the units when a drag began) the proportions come from it, so a drag's
/// result depends only on where it ends: dragging back to the start restores every value.
std::optional<QList<TextSplice>> move(const PropertyDistribution& property,
                                      const QList<bool>& locked,
                                      qsizetype share,
                                      qint64 units,
                                      QString* whyNot,
                                      const QList<qint64>& baseline = {});
/// The property's shares in units (0 for those that are not numbers).
QList<qint64> unitsOf(const PropertyDistribution& property);
/// The user's locks (one flag per share; missing flags are false), plus every share that is
/// not a number: those are never written.
QList<bool> effectiveLocks(const PropertyDistribution& property, const QList<bool>& locked);
/// One splice per share whose units differ from `units`, written with the property's decimals;
/// unchanged shares keep their text as written.
QList<TextSplice> splicesFor(const PropertyDistribution& property, const QList<qint64>& units);
/// Splits what the locked shares leave equally among the others.
std::optional<QList<TextSplice>>
equalize(const PropertyDistribution& property, const QList<bool>& locked, QString* whyNot);
/// Scales the unlocked shares so that all of them add up to exactly 100.
std::optional<QList<TextSplice>>
normalize(const PropertyDistribution& property, const QList<bool>& locked, QString* whyNot);

/// Where the property at `index` of data_property_variations is (PropertyListEdits::listPath()).
QString itemPath(qint32 index);

/// The nodes of one property in a tree; kNoNode where the text has none (or has something
/// else there: a property_values that is not a list, a base_distributions that is not a map).
struct PropertyNodes
{
    qint32 item = SpecTree::kNoNode; ///< the entry of data_property_variations, a mapping
    qint32 values = SpecTree::kNoNode; ///< property_values
    qint32 distribution = SpecTree::kNoNode; ///< base_distributions
};
PropertyNodes nodesOf(const SpecTree& tree, const PropertyDistribution& property);
/// The first item of `sequence` that is the scalar `value`; kNoNode when none is, or when
/// `sequence` is kNoNode.
qint32 itemWithValue(const SpecTree& tree, qint32 sequence, const QString& value);

/// Structural edits need the tree of the current text (its analysis' tree) and that text.
/// The distribution panel and the Form's table of values make them alike.
/// Adds `value` to property_values and a share of 0 for it, which keeps the sum.
std::optional<QList<TextSplice>> addValue(const SpecTree& tree,
                                          const QByteArray& text,
                                          const PropertyDistribution& property,
                                          const QString& value,
                                          QString* whyNot);
std::optional<QList<TextSplice>> addValue(const SpecAnalysis& analysis,
                                          const QByteArray& text,
                                          const PropertyDistribution& property,
                                          const QString& value,
                                          QString* whyNot);
/// Removes `value` from property_values and its share from base_distributions (from either,
/// when the property lacks the other); its share goes to the other unlocked shares in
/// proportion, so the sum stays 100. The value's own lock does not keep it: removing it is the
/// user's choice.
std::optional<QList<TextSplice>> removeValue(const SpecTree& tree,
                                             const QByteArray& text,
                                             const PropertyDistribution& property,
                                             const QList<bool>& locked,
                                             const QString& value,
                                             QString* whyNot);
std::optional<QList<TextSplice>> removeValue(const SpecAnalysis& analysis,
                                             const QByteArray& text,
                                             const PropertyDistribution& property,
                                             const QList<bool>& locked,
                                             const QString& value,
                                             QString* whyNot);
/// Adds a share of 0 for every value of property_values that has none.
std::optional<QList<TextSplice>> addMissingShares(const SpecAnalysis& analysis,
                                                  const QByteArray& text,
                                                  const PropertyDistribution& property,
                                                  QString* whyNot);
/// Adds a share's key, which property_values lacks, to the end of property_values.
std::optional<QList<TextSplice>> listValue(const SpecAnalysis& analysis,
                                           const QByteArray& text,
                                           const PropertyDistribution& property,
                                           const QString& value,
                                           QString* whyNot);

} // namespace DistributionEdits
