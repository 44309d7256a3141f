// The in-place edit API: random edits on random documents. Every edit either refuses with a
// reason or gives text that still parses, changed only inside the splice's range.
#include "RandomEditCase.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (checkRandomEdit(fuzzBytes(data, size))) {
        __builtin_trap();
    }
    return 0;
}
