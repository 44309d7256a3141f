#pragma once

#include "Diagnostic.h"
#include "SpecTree.h"

/// What parsing a document yields: its tree (empty when the text could not be read) and the
/// problems found on the way. A syntax error leaves no tree: positions past it mean nothing.
struct ParseResult
{
    SpecTree tree;
    Diagnostics diagnostics;
};
