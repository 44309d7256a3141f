#pragma once

#include <QByteArray>

/// Synthetic specs of a chosen size, shaped like the real ones, for the benchmarks.
namespace SpecGenerator {
/// A DataFramer spec with comments, flow and block lists and shares summing to 100.
QByteArray dataFramerYaml(qint64 targetBytes);
/// A DataFramer spec with `properties` × `values` shares (5% each when there are 20), padded
/// with commented values and a long requirements block to about `targetBytes`.
QByteArray distributionYaml(int properties, int values, qint64 targetBytes);
/// An Adobe-like flow spec with many embedded JSON Schema properties.
QByteArray adobeJson(qint64 targetBytes);
} // namespace SpecGenerator
