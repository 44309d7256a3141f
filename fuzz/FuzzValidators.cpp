// The validator of each spec kind, after the loader: the first byte picks the kind.
#include "FuzzInput.h"
#include "SpecAnalysis.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    static constexpr SpecKind kinds[] = {SpecKind::DataFramer, SpecKind::ScaleGp, SpecKind::AdobeFlow};
    const SpecKind kind = kinds[data[0] % 3];
    const QByteArray text = fuzzBytes(data + 1, size - 1);
    const SpecAnalysis analysis = SpecAnalysis::analyse(text, SpecKinds::formatOf(kind), kind);
    for (const Diagnostic& diagnostic : analysis.diagnostics) {
        if (diagnostic.line < 1 || diagnostic.column < 1 || diagnostic.message.isEmpty()) {
            __builtin_trap();
        }
    }
    return 0;
}
