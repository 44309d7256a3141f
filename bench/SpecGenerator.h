#pragma once

#include "ApiKind.h"
#include "RemoteSpec.h"

#include <QByteArray>

/// Synthetic specs of a chosen size, shaped like the real ones, for the benchmarks.
namespace SpecGenerator {
/// A DataFramer spec with comments, flow and block lists and shares summing to 100.
QByteArray dataFramerYaml(qint64 targetBytes);
/// A DataFramer spec with `properties` × `values` shares (5% each when there are 20), padded
/// with commented values and a long requirements block to about `targetBytes`.
QByteArray distributionYaml(int properties, int values, qint64 targetBytes);
/// A DataFramer spec of another shape, so no figure depends on one generator's output: a folded
/// description, variations with long quoted values and seven shares each, indentless lists, then
/// (half the bytes) a `metadata:` tree eight levels deep of long quoted strings with escapes.
QByteArray dataFramerYamlNested(qint64 targetBytes);
/// An Adobe-like flow spec with many embedded JSON Schema properties.
QByteArray adobeJson(qint64 targetBytes);

/// The `index`-th spec of a connection's server, shaped as that API sends it: a realistic name
/// ("Insurance claim calls, APAC, eval set 0412"), a realistic size (DataFramer 0.7–5 KB of YAML,
/// Scale GP 0.4–1 KB and Adobe flow specs 1.4–9 KB of JSON), and the odd PROCESSING, FAILED or
/// archived one. The same arguments always give the same spec.
RemoteSpec remoteSpec(ApiKind api, int connection, int index);
} // namespace SpecGenerator
