#include "CurrentText.h"

#include "DocumentParser.h"
#include "SpecDocument.h"
#include "SpecEditor.h"

CurrentText CurrentText::of(const SpecEditor& editor)
{
    CurrentText current;
    current.text = editor.content();
    const SpecDocument& document = *editor.document();
    if (!document.isAnalysisStale() && document.text() == current.text) {
        current.analysis = document.analysis();
    } else {
        current.reread = DocumentParser::parse(current.text, editor.format());
    }
    return current;
}
