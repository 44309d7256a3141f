// The sync engine's merges and the history's diffs on three arbitrary texts.
#include "FuzzInput.h"
#include "SemanticDiff.h"
#include "SpecComparison.h"
#include "TextDiff.h"
#include "ThreeWayMerge.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = fuzzParts(fuzzBytes(data, size), 3);
    for (ApiKind api : {ApiKind::DataFramer, ApiKind::ScaleGp, ApiKind::Adobe}) {
        const ThreeWayMerge::Result merge = ThreeWayMerge::merge(api, parts[0], parts[1], parts[2]);
        // Merging with no change on one side gives the other side.
        if (api == ApiKind::DataFramer) {
            const ThreeWayMerge::Result same = ThreeWayMerge::merge(api, parts[0], parts[0], parts[2]);
            if (!same.clean || same.merged != parts[2]) {
                __builtin_trap();
            }
        }
        (void)merge;
        (void)SpecComparison::sameOnServer(api, parts[0], parts[1]);
    }
    const TextDiff diff = TextDiff::compute(parts[0], parts[1]);
    (void)diff.unified();
    for (SpecKind kind : {SpecKind::DataFramer, SpecKind::ScaleGp, SpecKind::AdobeFlow}) {
        (void)SemanticDiff::compute(kind, parts[0], parts[1]);
    }
    return 0;
}
