#!/usr/bin/env bash
# Builds SpecDesk with its tests (warnings are errors) and runs every test headless, then runs
# the non-GUI tests again under AddressSanitizer + UBSan, then fuzzes each entry point briefly.
#   SPECDESK_SANITIZE_STAGE=0  skips the sanitizer stage
#   SPECDESK_FUZZ_SECONDS=0    skips fuzzing (default 30 s per target)
#   SPECDESK_SANITIZE=1        builds and runs every test (GUI ones too) under the sanitizers only
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"

build="$root/build/test"
options=(-DCMAKE_BUILD_TYPE=Debug -DSPECDESK_WERROR=ON -DSPECDESK_BUILD_TESTS=ON)
if [[ "${SPECDESK_SANITIZE:-0}" == 1 ]]; then
    build="$root/build/sanitize"
    options+=(-DSPECDESK_SANITIZE=ON)
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions="$root/tests/lsan.supp"
fi
cmake -S "$root" -B "$build" -G Ninja "${options[@]}"
cmake --build "$build"

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600

# The non-GUI suites again under ASan + UBSan: the parsers, the store, the network layer, the
# sync engine and the CLI. Only their targets are built, which keeps the stage to a few minutes.
if [[ "${SPECDESK_SANITIZE_STAGE:-1}" != 0 && "${SPECDESK_SANITIZE:-0}" != 1 ]]; then
    sanitize="$root/build/sanitize"
    cmake -S "$root" -B "$sanitize" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSPECDESK_WERROR=ON \
        -DSPECDESK_BUILD_TESTS=ON -DSPECDESK_SANITIZE=ON >/dev/null
    mapfile -t suites < <(ctest --test-dir "$sanitize" -N -LE 'gui|project' | sed -n 's/^ *Test *#[0-9]*: //p')
    cmake --build "$sanitize" --target specdesk-cli specdesk-sandbox "${suites[@]/#/Test}"
    echo "== ${#suites[@]} non-GUI suites under AddressSanitizer + UBSan"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions="$root/tests/lsan.supp" ctest --test-dir "$sanitize" -LE 'gui|project' --output-on-failure --parallel "$(nproc)" --timeout 900
fi

# A short fuzzing run of each entry point that takes outside bytes (fuzz/run.sh runs longer).
# SPECDESK_FUZZ_SECONDS=0 skips it.
fuzz_seconds=${SPECDESK_FUZZ_SECONDS:-30}
if [[ "$fuzz_seconds" != 0 && "${SPECDESK_SANITIZE:-0}" != 1 ]]; then
    SPECDESK_FUZZ_SEED=${SPECDESK_FUZZ_SEED:-1} "$root/fuzz/run.sh" "$fuzz_seconds"
fi
