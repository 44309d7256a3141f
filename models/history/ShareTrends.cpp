#include "ShareTrends.h"

#include "PropertyDistribution.h"
#include "SpecAnalysis.h"

#include <algorithm>

ShareTrends ShareTrends::read(const QList<std::pair<QString, QByteArray>>& versions)
{
    ShareTrends trends;
    for (qsizetype column = 0; column < versions.size(); ++column) {
        trends.versions << versions.at(column).first;
        const SpecAnalysis analysis
            = SpecAnalysis::analyse(versions.at(column).second, SpecFormat::Yaml, SpecKind::DataFramer);
        const DistributionSet set = DistributionSet::read(analysis);
        for (const PropertyDistribution& property : set.properties) {
            auto found = std::find_if(trends.properties.begin(), trends.properties.end(), [&](const Property& p) {
                return p.name == property.name;
            });
            if (found == trends.properties.end()) {
                trends.properties.append({property.name, {}});
                found = std::prev(trends.properties.end());
            }
            const double total = double(property.totalUnits());
            for (const Share& share : property.shares) {
                auto series = std::find_if(found->series.begin(), found->series.end(), [&](const Series& s) {
                    return s.value == share.value;
                });
                if (series == found->series.end()) {
                    found->series.append({share.value, {}});
                    series = std::prev(found->series.end());
                }
                series->percents.resize(column + 1);
                if (share.units && total > 0) {
                    series->percents[column] = double(*share.units) * 100.0 / total;
                }
            }
        }
    }
    // Every series has a place for every version.
    for (Property& property : trends.properties) {
        for (Series& series : property.series) {
            series.percents.resize(trends.versions.size());
        }
    }
    return trends;
}
