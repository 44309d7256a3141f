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

/// Which properties of a spec to read. A panel shows a page of them, and the shares of 70,000
/// properties nobody sees took 38 MB of a 10 MB spec's memory.
struct PropertySelection
{
    QString nameContains; ///< matched ignoring case; empty matches every property
    qsizetype limit = -1; ///< read at most this many of the matching properties; -1 for all
};

/// The distributions of a DataFramer spec's properties (all, or those selected), or why there
/// are none to show.
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
    QList<PropertyDistribution> properties; ///< the selected ones, in document order
    qsizetype propertyCount = 0; ///< every entry of data_property_variations
    qsizetype matchingCount = 0; ///< the entries whose name the selection matches

    static DistributionSet read(const SpecAnalysis& analysis, const PropertySelection& selection = {});
    /// Takes in splices that replaced whole shares (as DistributionEdits writes them) and were
    /// applied to the text: those shares take their new numbers, and every later range shifts.
    void applied(const QList<TextSplice>& splices);
};
