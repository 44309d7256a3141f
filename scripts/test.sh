#!/usr/bin/env bash
# The test command, in two builds:
#  1. The code as it ships: GCC, Release, hardened, warnings are errors. The package is built from
#     it and checked (lintian, desktop and AppStream files, the programs start), with the checks
#     that need memory as users have it: no secret in a core dump of specdesk-cli, and freed
#     pages going back to the system. Only those suites are built here.
#  2. Everything else once, with clang, AddressSanitizer, UBSan and libFuzzer's coverage (warnings
#     are errors): every suite runs under the sanitizers, then each fuzz target briefly.
#   SPECDESK_FUZZ_SECONDS=0    skips fuzzing (default 30 s per target)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
stage_start=$SECONDS
stage_done() { echo "== $1 took $((SECONDS - stage_start)) s"; stage_start=$SECONDS; }
export QT_QPA_PLATFORM=offscreen

shipping="$root/build/shipping"
cmake -S "$root" -B "$shipping" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPECDESK_WERROR=ON \
    -DSPECDESK_BUILD_TESTS=ON "-DSPECDESK_TEST_ONLY=SecretHygiene;SpecDocument"
cmake --build "$shipping"
ctest --test-dir "$shipping" --output-on-failure --parallel "$(nproc)" --timeout 600 \
    -R '^(SecretHygiene|SpecDocument|DebPackage|DesktopFileValid|AppStreamValid)$'
stage_done "Release build and its checks"

# UBSan's checks stay recoverable so that fuzz/ubsan.supp (a third-party header) applies;
# halt_on_error makes every other report fatal. The code under the fuzzers (models/) is built at
# -O1 so they try more inputs; everything else at -O0, which compiles twice as fast.
build="$root/build/check"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O0 -gline-tables-only" -DSPECDESK_FUZZ=ON \
    -DSPECDESK_WERROR=ON -DSPECDESK_BUILD_TESTS=ON
cmake --build "$build"
stage_done "Sanitizer build"

ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions="$root/fuzz/ubsan.supp" \
    LSAN_OPTIONS=suppressions="$root/tests/lsan.supp" \
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 900 -E '^DebPackage$'
stage_done "Tests under AddressSanitizer + UBSan"

# A short fuzzing run of each entry point that takes outside bytes (fuzz/run.sh runs longer).
fuzz_seconds=${SPECDESK_FUZZ_SECONDS:-30}
if [[ "$fuzz_seconds" != 0 ]]; then
    SPECDESK_FUZZ_BUILD="$build" SPECDESK_FUZZ_SEED=${SPECDESK_FUZZ_SEED:-1} "$root/fuzz/run.sh" "$fuzz_seconds"
    stage_done "Fuzzing"
fi
