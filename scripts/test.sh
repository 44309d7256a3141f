#!/usr/bin/env bash
# Builds SpecDesk with its tests (warnings are errors) and runs every test headless.
# SPECDESK_SANITIZE=1 scripts/test.sh does the same under AddressSanitizer + UBSan.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"

build="$root/build/test"
options=(-DCMAKE_BUILD_TYPE=Debug -DSPECDESK_WERROR=ON -DSPECDESK_BUILD_TESTS=ON)
if [[ "${SPECDESK_SANITIZE:-0}" == 1 ]]; then
    build="$root/build/sanitize"
    options+=(-DSPECDESK_SANITIZE=ON)
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
cmake -S "$root" -B "$build" -G Ninja "${options[@]}"
cmake --build "$build"

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600

# A short fuzzing run of each entry point that takes outside bytes (fuzz/run.sh runs longer).
# SPECDESK_FUZZ_SECONDS=0 skips it. The Edits target is left out until its open findings are
# fixed (tests/data/fuzz-findings/).
fuzz_seconds=${SPECDESK_FUZZ_SECONDS:-30}
if [[ "$fuzz_seconds" != 0 && "${SPECDESK_SANITIZE:-0}" != 1 ]]; then
    SPECDESK_FUZZ_SEED=${SPECDESK_FUZZ_SEED:-1} "$root/fuzz/run.sh" "$fuzz_seconds" \
        YamlLoader JsonLoader Validators ProviderReplies MergeAndDiff
fi
