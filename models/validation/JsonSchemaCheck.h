#pragma once

class DiagnosticSink;

#include <QtGlobal>

/// Checks that a JSON Schema embedded in a spec is a valid draft-07 schema, by validating it
/// against the draft-07 meta-schema with valijson. (valijson is heavy to compile: it lives in
/// this one file.)
namespace JsonSchemaCheck {
/// Real flow-spec schemas are kilobytes; valijson takes about 0.1 s per MB of schema against the
/// meta-schema, so larger ones are skipped with a note instead of stalling every analysis. At
/// 256 KB (28 times the largest real one) the check costs at most about 25 ms.
constexpr qint64 kMaxCheckedBytes = 256 * 1024;

/// Reports each problem of the schema at `schemaNode` through `sink`, at the deepest node the
/// problem names. `label` says which schema it is ("optionSpec.spec").
void check(DiagnosticSink& sink, qint32 schemaNode);
/// False when the meta-schema could not be loaded (a broken build); check() then reports that.
bool metaSchemaAvailable();
} // namespace JsonSchemaCheck
