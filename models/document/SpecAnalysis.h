#pragma once

#include "ParseResult.h"
#include "SpecKind.h"
#include "SpecValidator.h"

#include <QByteArray>

/// Everything SpecDesk knows about one version of a spec's text: its tree, its kind and every
/// problem, syntax and rules alike, in document order.
struct SpecAnalysis
{
    SpecKind kind = SpecKind::PlainYaml;
    SpecTree tree;
    Diagnostics diagnostics;

    /// Parses and validates. `kind` is the user's choice; without one it is detected.
    /// Throws SpecTree::Abandoned once `stop` is requested (the text has changed meanwhile).
    static SpecAnalysis analyse(const QByteArray& content,
                                SpecFormat format,
                                std::optional<SpecKind> kind = std::nullopt,
                                const SpecValidator::Context& context = {},
                                std::stop_token stop = {});
};
