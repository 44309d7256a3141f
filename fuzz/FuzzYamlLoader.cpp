// The YAML loader: any bytes give a tree or located diagnostics, never a crash or a hang.
#include "DocumentParser.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const ParseResult result = DocumentParser::parse(fuzzBytes(data, size), SpecFormat::Yaml);
    for (const Diagnostic& diagnostic : result.diagnostics) {
        if (diagnostic.line < 1 || diagnostic.column < 1 || diagnostic.message.isEmpty()) {
            __builtin_trap(); // every problem must say where and what
        }
    }
    return 0;
}
