#include "SyntaxChecker.h"

#include "DocumentParser.h"

namespace SyntaxChecker {

Diagnostics check(const QByteArray& content, SpecFormat format)
{
    return DocumentParser::parse(content, format).diagnostics;
}

} // namespace SyntaxChecker
