#pragma once

#include "SpecKind.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

/// What changed between two versions of a spec, in analysts' words, above the text diff:
/// DataFramer per property ("sentiment: positive 40 → 35, +mixed 15"), Scale GP by field,
/// Adobe by field path, down into the embedded JSON Schemas.
struct SemanticDiff
{
    /// One DataFramer property's split before and after, for the before/after bars.
    struct Distribution
    {
        QString property;
        QList<QPair<QString, double>> before; ///< value, share in percent; empty when added
        QList<QPair<QString, double>> after; ///< empty when removed
    };

    QStringList changes;
    QList<Distribution> distributions;
    /// Set when a side could not be read; the text diff still applies.
    QString note;

    static SemanticDiff compute(SpecKind kind, const QByteArray& before, const QByteArray& after);
};
