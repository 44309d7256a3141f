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
/// Splits what the locked shares leave equally among the others.
std::optional<QList<TextSplice>>
equalize(const PropertyDistribution& property, const QList<bool>& locked, QString* whyNot);
/// Scales the unlocked shares so that all of them add up to exactly 100.
std::optional<QList<TextSplice>>
normalize(const PropertyDistribution& property, const QList<bool>& locked, QString* whyNot);

/// Structural edits need the analysis of the current text (its tree) and that text.
/// Adds `value` to property_values and a share of 0 for it, which keeps the sum.
std::optional<QList<TextSplice>> addValue(const SpecAnalysis& analysis,
                                          const QByteArray& text,
                                          const PropertyDistribution& property,
                                          const QString& value,
                                          QString* whyNot);
/// Removes `value` from property_values and its share from base_distributions; its share goes
/// to the other unlocked shares in proportion, so the sum stays 100.
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
