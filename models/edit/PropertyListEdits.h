#pragma once

#include "SpecTree.h"
#include "TextSplice.h"

#include <QStringList>

#include <optional>

/// The form's edits of a DataFramer spec's properties (`spec.data_property_variations`): add,
/// rename, remove and move one. Each is one splice made by SpecEdits, so comments, quoting and
/// the order of everything else survive, and it is one undo step.
namespace PropertyListEdits {

/// Where the properties are.
QString listPath();

/// The properties' names in order (empty for an item without one); nullopt when the text has
/// no list of properties.
std::optional<QStringList> names(const SpecTree& tree);

/// A name no property has yet: property_1, property_2, …
QString freshName(const SpecTree& tree);

std::optional<TextSplice>
rename(const QByteArray& text, const SpecTree& tree, qint32 index, const QString& name, QString* error);
std::optional<TextSplice> remove(const QByteArray& text, const SpecTree& tree, qint32 index, QString* error);
/// Moves the property at `index` one place towards the start (`up`) or the end.
std::optional<TextSplice> move(const QByteArray& text, const SpecTree& tree, qint32 index, bool up, QString* error);
/// Adds a property at the end with two values that share 50/50, written in the style of the
/// first property (a block mapping on several lines, or a flow one on one line).
std::optional<TextSplice> add(const QByteArray& text, const SpecTree& tree, const QString& name, QString* error);

} // namespace PropertyListEdits
