#pragma once

#include "PropertyDistribution.h"
#include "SpecTree.h"
#include "TextSplice.h"

#include <QLocale>
#include <QString>

#include <optional>

/// The form's edits of one DataFramer property's values and shares (`property_values` and
/// `base_distributions` of an item of `spec.data_property_variations`): rename, add and remove a
/// value, and set a share. `property` is the item's place in that list.
///
/// Each returns ONE splice of the text, so it is one undo step, and everything it does not
/// change (comments, quoting, key order) stays byte for byte. A change that touches several
/// places (a value and its share, the shares rebalanced) is joined into one splice from the
/// first change to the last. The shares keep summing to exactly 100: they are rebalanced with
/// DistributionMath, as the distribution panel's sliders are, and a value is added and removed
/// by DistributionEdits, as the panel adds and removes one. A splice whose start and end are
/// equal and whose replacement is empty changes nothing.
namespace PropertyValueEdits {

/// One row of the form's table of values.
struct Row
{
    QString value;
    QString share; ///< as written; empty when the value has no share
    bool hasShare = false;
    bool listed = true; ///< false for a share whose key is not one of property_values
};

/// The property at `property`, read as the distribution panel reads it; nullopt (and why) when
/// the text has no such property.
std::optional<PropertyDistribution> read(const SpecTree& tree, qint32 property, QString* error);
/// The property's values in order with their shares, then the shares of values it does not list.
QList<Row> rows(const PropertyDistribution& property);
/// A value the property has neither listed nor shared yet: value_1, value_2, …
QString freshValue(const PropertyDistribution& property);

/// A share typed in percent: "12.5" or the locale's "12,5", with an optional '%'. nullopt when
/// it is not a number from 0 to 100; `decimals` says how many decimals were typed.
std::optional<double> parseShare(const QString& typed, const QLocale& locale, int* decimals);

/// Sets the share of `value` to `typed` (see parseShare()) and rebalances the other shares in
/// proportion. A share typed with more decimals than the property's is written with them (at
/// most PropertyDistribution::kMaxDecimals), so are the shares that change with it.
/// A value without a share gets one.
std::optional<TextSplice> setShare(const QByteArray& text,
                                   const SpecTree& tree,
                                   qint32 property,
                                   const QString& value,
                                   const QString& typed,
                                   const QLocale& locale,
                                   QString* error);
/// Adds `value` to the end of property_values with a share of 0, as the distribution panel
/// does: the other shares stay as they are, and so does their sum.
std::optional<TextSplice>
addValue(const QByteArray& text, const SpecTree& tree, qint32 property, const QString& value, QString* error);
/// Removes `value` from property_values and its share from base_distributions; its share is
/// spread over the others in proportion to their sizes.
std::optional<TextSplice>
removeValue(const QByteArray& text, const SpecTree& tree, qint32 property, const QString& value, QString* error);
/// Renames `from` to `to` in property_values and in base_distributions, each in its own quoting.
std::optional<TextSplice> renameValue(const QByteArray& text,
                                      const SpecTree& tree,
                                      qint32 property,
                                      const QString& from,
                                      const QString& to,
                                      QString* error);

/// True for the splice that changes nothing.
bool isNoChange(const TextSplice& splice);

} // namespace PropertyValueEdits
