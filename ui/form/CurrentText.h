#pragma once

#include "ParseResult.h"
#include "SpecAnalysis.h"

#include <QByteArray>

#include <memory>

class SpecEditor;

/// An editor's text with a tree that matches it, for an edit made from a panel: the last
/// analysis when it was made from this very text, else the text read again here (the analysis
/// may lag a keystroke behind, and positions from an older text would land in the wrong place).
struct CurrentText
{
    QByteArray text;
    std::shared_ptr<const SpecAnalysis> analysis;
    ParseResult reread;

    const SpecTree& tree() const { return analysis ? analysis->tree : reread.tree; }

    static CurrentText of(const SpecEditor& editor);
};
