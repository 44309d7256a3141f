#pragma once

class DiagnosticSink;

#include <QtGlobal>

/// Checks that a JSON Schema embedded in a spec is a valid draft-07 schema, by validating it
/// against the draft-07 meta-schema with valijson. (valijson is heavy to compile: it lives in
/// this one file.)
namespace JsonSchemaCheck {
/// Real flow-spec schemas are kilobytes; checking a multi-megabyte one against the meta-schema
/// takes seconds, so larger ones are skipped with a note instead of stalling the analysis.
constexpr qint64 kMaxCheckedBytes = 1024 * 1024;

/// Reports each problem of the schema at `schemaNode` through `sink`, at the deepest node the
/// problem names. `label` says which schema it is ("optionSpec.spec").
void check(DiagnosticSink& sink, qint32 schemaNode);
/// False when the meta-schema could not be loaded (a broken build); check() then reports that.
bool metaSchemaAvailable();
} // namespace JsonSchemaCheck
