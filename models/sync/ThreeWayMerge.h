#pragma once

#include "ApiKind.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

/// Merges a draft with what the server got meanwhile, given what both started from.
///
/// DataFramer YAML merges by line with dtl's diff3 (a maintained implementation, not ours),
/// so comments and formatting on either side survive. Scale GP and Adobe JSON merge by field:
/// Scale GP by its editable fields, Adobe by path down through nested objects (the embedded JSON
/// Schemas included), with lists taken whole. A change on one side merges on its own; the same
/// place changed differently on both sides is a conflict, and nothing is merged.
namespace ThreeWayMerge {

struct Result
{
    bool clean = false;
    /// The merged text when clean.
    QByteArray merged;
    /// Where both sides changed the same thing: "line 12" or a field path such as
    /// "scheduleSpec.spec.properties.interval".
    QStringList conflicts;
    /// Set when a side could not be read (e.g. the draft is not valid JSON).
    QString error;
};

Result merge(ApiKind api, const QByteArray& base, const QByteArray& theirs, const QByteArray& mine);

/// A JSON field both sides changed differently, with its three values as compact JSON (empty
/// where that side has no such field).
struct FieldConflict
{
    QString path;
    QByteArray base;
    QByteArray mine;
    QByteArray theirs;
};

enum class Side { Mine, Theirs };

/// The fields a merge by field (Scale GP, Adobe) finds in conflict; empty for DataFramer, or
/// when a side cannot be read.
QList<FieldConflict>
fieldConflicts(ApiKind api, const QByteArray& base, const QByteArray& theirs, const QByteArray& mine);

/// The merge by field with each conflicting field (by path) taken from the side `choices`
/// names; the fields it does not name stay conflicts.
Result mergeChoosing(ApiKind api,
                     const QByteArray& base,
                     const QByteArray& theirs,
                     const QByteArray& mine,
                     const QHash<QString, Side>& choices);

} // namespace ThreeWayMerge
