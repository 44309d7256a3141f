#pragma once

#include "Diagnostic.h"
#include "SpecKind.h"
#include "SpecTree.h"

/// Checks a parsed spec against the rules of its kind: what the vendor's API accepts, in
/// words an analyst understands, each finding with a severity, a range and a stable code.
namespace SpecValidator {

struct Context
{
    /// The spec as the server (or the last load) had it, to flag changes to read-only fields.
    const SpecTree* baseTree = nullptr;
    const QByteArray* baseText = nullptr;
};

Diagnostics validate(const SpecTree& tree, const QByteArray& text, SpecKind kind, const Context& context = {});

} // namespace SpecValidator

/// A key given twice in one mapping, YAML or JSON: an error in every kind.
namespace DuplicateKeys {
Diagnostics check(const SpecTree& tree, const QByteArray& text);
}

/// The rules of each kind, one file each.
namespace DataFramerRules {
Diagnostics check(const SpecTree& tree, const QByteArray& text);
}
namespace ScaleGpRules {
Diagnostics check(const SpecTree& tree, const QByteArray& text, const SpecValidator::Context& context);
}
namespace AdobeFlowRules {
Diagnostics check(const SpecTree& tree, const QByteArray& text);
/// Whether `text` is a UUID as Adobe writes them (8-4-4-4-12 hex digits, no braces).
bool isUuid(const QString& text);
}
