#pragma once

#include <QList>
#include <QString>

/// The arithmetic of base_distributions: shares that must add up to exactly 100.
namespace DistributionMath {

/// Scales `shares` to sum to exactly 100 with `decimals` places, rounding by largest remainder
/// (each share is floored, and the leftover units go to the largest fractions, earliest first).
/// All-zero shares are split equally. Negative shares count as 0.
QList<qint64> normalizedUnits(const QList<double>& shares, int decimals);
/// The units of normalizedUnits() written as numbers ("33.34" for 3334 units at 2 decimals).
QString formatUnits(qint64 units, int decimals);
/// How many decimals a share is written with ("40" → 0, "33.5" → 1).
int decimalsOf(const QString& written);

} // namespace DistributionMath
