#include "DistributionMath.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace DistributionMath {

QList<qint64> normalizedUnits(const QList<double>& shares, int decimals)
{
    const qint64 total = 100 * qint64(std::llround(std::pow(10.0, decimals)));
    const qsizetype count = shares.size();
    QList<qint64> units(count, 0);
    if (count == 0) {
        return units;
    }
    double sum = 0;
    for (double share : shares) {
        sum += std::max(0.0, share);
    }
    QList<double> exact(count);
    for (qsizetype i = 0; i < count; ++i) {
        exact[i] = sum > 0 ? std::max(0.0, shares[i]) / sum * double(total) : double(total) / double(count);
        units[i] = qint64(std::floor(exact[i]));
    }
    qint64 leftover = total - std::accumulate(units.cbegin(), units.cend(), qint64(0));
    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return exact[a] - double(units[a]) > exact[b] - double(units[b]);
    });
    for (qsizetype i = 0; leftover > 0; i = (i + 1) % count, --leftover) {
        ++units[order[i]];
    }
    return units;
}

QString formatUnits(qint64 units, int decimals)
{
    if (decimals <= 0) {
        return QString::number(units);
    }
    const qint64 scale = qint64(std::llround(std::pow(10.0, decimals)));
    return QStringLiteral("%1.%2").arg(units / scale).arg(units % scale, decimals, 10, QLatin1Char('0'));
}

int decimalsOf(const QString& written)
{
    const qsizetype dot = written.indexOf(QLatin1Char('.'));
    return dot < 0 ? 0 : int(written.size() - dot - 1);
}

} // namespace DistributionMath
