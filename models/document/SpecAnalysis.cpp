#include "SpecAnalysis.h"

#include "DocumentParser.h"

#include <algorithm>

SpecAnalysis SpecAnalysis::analyse(const QByteArray& content,
                                   SpecFormat format,
                                   std::optional<SpecKind> kind,
                                   const SpecValidator::Context& context,
                                   std::stop_token stop)
{
    SpecAnalysis analysis;
    // A kind chosen by the user decides the format too: a DataFramer spec is always YAML.
    // Not value_or(): it would run the detection even when the kind is given.
    analysis.kind = kind ? *kind : SpecKinds::detect(content, format);
    ParseResult parsed = DocumentParser::parse(content, kind ? SpecKinds::formatOf(*kind) : format, stop);
    // The rules walk the whole tree too: no point once the text has changed.
    if (stop.stop_requested()) {
        throw SpecTree::Abandoned {};
    }
    analysis.tree = std::move(parsed.tree);
    analysis.diagnostics = std::move(parsed.diagnostics);
    analysis.diagnostics += SpecValidator::validate(analysis.tree, content, analysis.kind, context);
    std::stable_sort(analysis.diagnostics.begin(),
                     analysis.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.offset < b.offset; });
    return analysis;
}
