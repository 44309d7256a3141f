#pragma once

#include "SpecTree.h"
#include "TextSplice.h"

#include <QList>
#include <QStringList>

#include <optional>

struct SpecAnalysis;

/// One share of a property's base_distributions, as written in the text.
struct Share
{
    QString value; ///< the key: which property value this share is for
    qint64 start = 0; ///< byte range of the written number; kept current as the panel edits
    qint64 end = 0;
    QString written; ///< the number exactly as written ("40", "33.5")
    /// The share in the property's units (hundredths when it is written with two decimals);
    /// nullopt when the share is not a number.
    std::optional<qint64> units;
    QString problem; ///< why the share cannot be edited; empty when it can
    bool listed = true; ///< false when the key is not one of property_values
};

/// One entry of data_property_variations, read for the distribution panel: its values, its
/// shares and what is wrong with them.
struct PropertyDistribution
{
    QString name;
    qint32 index = 0; ///< position in data_property_variations
    QStringList values; ///< property_values, in order
    QList<Share> shares; ///< base_distributions, in order
    QStringList missing; ///< values without a share
    int decimals = 0; ///< the most decimals any share is written with (at most kMaxDecimals)
    QString problem; ///< set when base_distributions cannot be edited at all

    static constexpr int kMaxDecimals = 4;

    /// 100% in this property's units (100, 1000, 10000, …).
    qint64 totalUnits() const;
    /// Sum of the numeric shares, in units.
    qint64 sumUnits() const;
    bool sumsToTotal() const { return sumUnits() == totalUnits(); }
    qsizetype shareIndex(const QString& value) const;

    /// Reads the property at `variation` (an item of data_property_variations).
    static PropertyDistribution read(const SpecTree& tree, qint32 variation);
};

/// Every property's distribution in a DataFramer spec, or why there is none to show.
struct DistributionSet
{
    enum class State {
        NoSpec, ///< nothing was read yet
        NotDataFramer,
        NotParsed, ///< the text does not parse; `reason` says where
        NoVariations,
        Ready,
    };

    State state = State::NoSpec;
    QString reason;
    QList<PropertyDistribution> properties;

    static DistributionSet read(const SpecAnalysis& analysis);
    /// Takes in splices that replaced whole shares (as DistributionEdits writes them) and were
    /// applied to the text: those shares take their new numbers, and every later range shifts.
    void applied(const QList<TextSplice>& splices);
};
