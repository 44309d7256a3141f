#pragma once

#include <QList>
#include <QString>

#include <optional>

/// The arithmetic of base_distributions: shares that must add up to exactly 100.
namespace DistributionMath {

/// Scales `shares` to sum to exactly 100 with `decimals` places, rounding by largest remainder
/// (each share is floored, and the leftover units go to the largest fractions, earliest first).
/// All-zero shares are split equally. Negative shares count as 0.
QList<qint64> normalizedUnits(const QList<double>& shares, int decimals);
/// Moves share `index` to `target` units and rebalances: the other unlocked shares take up the
/// difference in proportion to their current sizes (equally when they are all 0), so the total
/// stays exactly `total` and none goes below 0. Locked shares never move. The target is clamped
/// to what the locks allow. Returns nullopt (and says why) when no other share can move.
std::optional<QList<qint64>> rebalance(const QList<qint64>& units,
                                       const QList<bool>& locked,
                                       qsizetype index,
                                       qint64 target,
                                       qint64 total,
                                       QString* whyNot);
/// Splits what the locked shares leave equally among the unlocked ones (largest remainder).
QList<qint64> equalize(const QList<qint64>& units, const QList<bool>& locked, qint64 total);
/// Scales the unlocked shares so that all of them sum to exactly `total` (largest remainder).
/// Returns nullopt (and says why) when the locked shares alone exceed the total, or when
/// nothing is unlocked.
std::optional<QList<qint64>>
normalize(const QList<qint64>& units, const QList<bool>& locked, qint64 total, QString* whyNot);
/// How many of `sampleSize` rows each share expects; they add up to the sample size exactly.
QList<qint64> expectedCounts(const QList<qint64>& units, qint64 sampleSize);
/// The units of normalizedUnits() written as numbers ("33.34" for 3334 units at 2 decimals).
QString formatUnits(qint64 units, int decimals);
/// How many decimals a share is written with ("40" → 0, "33.5" → 1, "4e1" → 0).
int decimalsOf(const QString& written);
/// How many units make 1 at `decimals` places (10 to that power).
qint64 scaleOf(int decimals);

} // namespace DistributionMath
