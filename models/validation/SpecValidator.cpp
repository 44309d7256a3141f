#include "SpecValidator.h"

namespace SpecValidator {

Diagnostics validate(const SpecTree& tree, const QByteArray& text, SpecKind kind, const Context& context)
{
    if (tree.isEmpty()) {
        return {};
    }
    switch (kind) {
    case SpecKind::DataFramer:
        return DataFramerRules::check(tree, text);
    case SpecKind::ScaleGp:
        return ScaleGpRules::check(tree, text, context);
    case SpecKind::AdobeFlow:
        return AdobeFlowRules::check(tree, text);
    case SpecKind::PlainYaml:
    case SpecKind::PlainJson:
        return {};
    }
    return {};
}

} // namespace SpecValidator
