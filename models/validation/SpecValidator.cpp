#include "SpecValidator.h"

namespace SpecValidator {

Diagnostics validate(const SpecTree& tree, const QByteArray& text, SpecKind kind, const Context& context)
{
    if (tree.isEmpty()) {
        return {};
    }
    Diagnostics diagnostics = DuplicateKeys::check(tree, text);
    switch (kind) {
    case SpecKind::DataFramer:
        diagnostics += DataFramerRules::check(tree, text);
        break;
    case SpecKind::ScaleGp:
        diagnostics += ScaleGpRules::check(tree, text, context);
        break;
    case SpecKind::AdobeFlow:
        diagnostics += AdobeFlowRules::check(tree, text);
        break;
    case SpecKind::PlainYaml:
    case SpecKind::PlainJson:
        break;
    }
    return diagnostics;
}

} // namespace SpecValidator
