#include "DistributionMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace DistributionMath {

namespace {

// Splits `amount` units over `weights` in proportion (equally when they are all 0), by largest
// remainder: each part is floored and the leftover units go to the largest fractions, earliest
// first. Negative weights count as 0.
QList<qint64> apportion(qint64 amount, const QList<double>& weights)
{
    const qsizetype count = weights.size();
    QList<qint64> parts(count, 0);
    if (count == 0 || amount <= 0) {
        return parts;
    }
    double weightSum = 0;
    for (double weight : weights) {
        weightSum += std::max(0.0, weight);
    }
    QList<double> exact(count);
    for (qsizetype i = 0; i < count; ++i) {
        exact[i]
            = weightSum > 0 ? double(amount) * std::max(0.0, weights[i]) / weightSum : double(amount) / double(count);
        parts[i] = qint64(std::floor(exact[i]));
    }
    qint64 leftover = amount - std::accumulate(parts.cbegin(), parts.cend(), qint64(0));
    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return exact[a] - double(parts[a]) > exact[b] - double(parts[b]);
    });
    for (qsizetype i = 0; leftover > 0; i = (i + 1) % count, --leftover) {
        ++parts[order[i]];
    }
    return parts;
}

/// The shares that may change (not locked), and the sum of those that may not.
struct FreeShares
{
    QList<qsizetype> indices;
    qint64 lockedSum = 0;
};

FreeShares freeShares(const QList<qint64>& units, const QList<bool>& locked)
{
    FreeShares free;
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (i < locked.size() && locked[i]) {
            free.lockedSum += std::max<qint64>(0, units[i]);
        } else {
            free.indices << i;
        }
    }
    return free;
}

/// `units` with the free shares replaced by `parts`, in order.
QList<qint64> withParts(QList<qint64> units, const QList<qsizetype>& indices, const QList<qint64>& parts)
{
    for (qsizetype k = 0; k < indices.size(); ++k) {
        units[indices[k]] = parts[k];
    }
    return units;
}

} // namespace

QList<qint64> normalizedUnits(const QList<double>& shares, int decimals)
{
    return apportion(100 * scaleOf(decimals), shares);
}

std::optional<QList<qint64>> rebalance(const QList<qint64>& units,
                                       const QList<bool>& locked,
                                       qsizetype index,
                                       qint64 target,
                                       qint64 total,
                                       QString* whyNot)
{
    if (index < 0 || index >= units.size() || locked.size() != units.size()) {
        *whyNot = QCoreApplication::translate("DistributionMath", "There is no such value.");
        return std::nullopt;
    }
    if (locked[index]) {
        *whyNot = QCoreApplication::translate("DistributionMath", "This value is locked; unlock it to change it.");
        return std::nullopt;
    }
    QList<qsizetype> others;
    qint64 lockedSum = 0;
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (i == index) {
            continue;
        }
        if (locked[i]) {
            lockedSum += std::max<qint64>(0, units[i]);
        } else {
            others << i;
        }
    }
    if (others.isEmpty()) {
        *whyNot = QCoreApplication::translate(
            "DistributionMath", "Every other value is locked, so this one cannot move without breaking 100%.");
        return std::nullopt;
    }
    const qint64 clamped = std::clamp<qint64>(target, 0, std::max<qint64>(0, total - lockedSum));
    QList<double> weights;
    for (qsizetype i : std::as_const(others)) {
        weights << double(units[i]);
    }
    const QList<qint64> parts = apportion(total - lockedSum - clamped, weights);
    QList<qint64> result = units;
    result[index] = clamped;
    for (qsizetype k = 0; k < others.size(); ++k) {
        result[others[k]] = parts[k];
    }
    return result;
}

QList<qint64> equalize(const QList<qint64>& units, const QList<bool>& locked, qint64 total)
{
    const FreeShares free = freeShares(units, locked);
    return withParts(units,
                     free.indices,
                     apportion(std::max<qint64>(0, total - free.lockedSum), QList<double>(free.indices.size(), 0.0)));
}

std::optional<QList<qint64>>
normalize(const QList<qint64>& units, const QList<bool>& locked, qint64 total, QString* whyNot)
{
    const FreeShares free = freeShares(units, locked);
    if (free.indices.isEmpty()) {
        *whyNot = QCoreApplication::translate("DistributionMath", "Every value is locked; unlock one to normalize.");
        return std::nullopt;
    }
    if (free.lockedSum > total) {
        *whyNot = QCoreApplication::translate(
            "DistributionMath", "The locked values alone add up to more than 100%; unlock one to normalize.");
        return std::nullopt;
    }
    QList<double> weights;
    for (qsizetype i : free.indices) {
        weights << double(units[i]);
    }
    return withParts(units, free.indices, apportion(total - free.lockedSum, weights));
}

QList<qint64> expectedCounts(const QList<qint64>& units, qint64 sampleSize)
{
    QList<double> weights;
    for (qint64 unit : units) {
        weights << double(unit);
    }
    return apportion(sampleSize, weights);
}

QString formatUnits(qint64 units, int decimals)
{
    if (decimals <= 0) {
        return QString::number(units);
    }
    const qint64 scale = scaleOf(decimals);
    return QStringLiteral("%1.%2").arg(units / scale).arg(units % scale, decimals, 10, QLatin1Char('0'));
}

int decimalsOf(const QString& written)
{
    const qsizetype dot = written.indexOf(QLatin1Char('.'));
    if (dot < 0 || written.contains(QLatin1Char('e'), Qt::CaseInsensitive)) {
        return 0; // "4e1" or "1.5e1": exponent notation says nothing about written precision
    }
    return int(written.size() - dot - 1);
}

qint64 scaleOf(int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i) {
        scale *= 10;
    }
    return scale;
}

} // namespace DistributionMath
