#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 30), seeded from
# the conformance suites and the vendors' API pages kept in tests/data, the sandbox's data and
# the tests' own specs. A crash stops with the input
# saved under build/fuzz/findings/. Usage: fuzz/run.sh [SECONDS] [TARGET...]
# SPECDESK_FUZZ_SEED fixes libFuzzer's seed (the test command sets it, so its short runs repeat).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
shift || true
"$root/scripts/install-deps.sh"
# SPECDESK_FUZZ_BUILD names a tree already configured with -DSPECDESK_FUZZ=ON (the test
# command's sanitizer build), so the targets are not compiled a second time.
build="${SPECDESK_FUZZ_BUILD:-$root/build/fuzz}"
if [[ -z "${SPECDESK_FUZZ_BUILD:-}" ]]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSPECDESK_FUZZ=ON -DSPECDESK_BUILD_TESTS=OFF -DSPECDESK_WERROR=OFF >/dev/null
fi
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(YamlLoader JsonLoader Validators Edits ProviderReplies MergeAndDiff)
cmake --build "$build" --target "${targets[@]/#/Fuzz}" >/dev/null

data="$root/tests/data"
corpus_for() {
    local target=$1 dir="$build/corpus/$1"
    # Seeded once; later runs start from what earlier runs found.
    if [[ -d "$dir" ]]; then echo "$dir"; return; fi
    mkdir -p "$dir"
    # The vendors' API pages: their examples of specs, replies and errors, in prose.
    find "$data/seeds" -name '*.txt' 2>/dev/null | xargs -r cp -t "$dir" --backup=numbered
    case $target in
        YamlLoader|Validators|Edits|MergeAndDiff)
            find "$data/conformance/yaml-test-suite" -name in.yaml -size -64k | head -400 | xargs -r cp -t "$dir" --backup=numbered
            find "$data" "$root/resources/samples" "$root/app/sandbox/data" -path "$data/conformance" -prune -o -name '*.yaml' -size -256k -print | xargs -r cp -t "$dir" --backup=numbered ;;&
        JsonLoader|Validators|Edits|ProviderReplies|MergeAndDiff)
            find "$data/conformance/json-test-suite" -name '*.json' -size -64k | head -400 | xargs -r cp -t "$dir" --backup=numbered
            find "$data" "$root/resources/samples" "$root/app/sandbox/data" -path "$data/conformance" -prune -o -name '*.json' -size -256k -print | xargs -r cp -t "$dir" --backup=numbered ;;
    esac
    echo "$dir"
}

mkdir -p "$build/findings"
# One target per core at a time: each runs for SECONDS, so N cores take SECONDS * targets / N.
fuzz_one() {
    local target=$1 corpus
    corpus=$(corpus_for "$target")
    if ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions="$root/fuzz/ubsan.supp" \
        "$build/fuzz/Fuzz$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$build/findings/$target-" -print_final_stats=1 ${SPECDESK_FUZZ_SEED:+-seed=$SPECDESK_FUZZ_SEED} "$corpus" 2>"$build/fuzz-$target.log"; then
        echo "== Fuzz$target for ${seconds}s ($(ls "$corpus" | wc -l) inputs in its corpus now)"
        { grep -E "stat::number_of_executed_units|cov:" "$build/fuzz-$target.log" || true; } | tail -2 | sed 's/^/   /'
    else
        echo "== Fuzz$target FAILED: see $build/fuzz-$target.log and $build/findings/"
        return 1
    fi
}
jobs_at_once=$(nproc)
pids=()
# Stopped early (Ctrl+C, a CI time limit): no fuzzer is left running.
trap 'kill "${pids[@]}" 2>/dev/null || true' INT TERM
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
failed=0
for target in "${targets[@]}"; do
    fuzz_one "$target" > "$build/fuzz-$target.summary" &
    pids+=($!)
    if (( ${#pids[@]} >= jobs_at_once )); then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
done
trap - EXIT
for target in "${targets[@]}"; do
    # A job that stopped before writing its line failed without saying so: say it here.
    if [[ -s "$build/fuzz-$target.summary" ]]; then
        cat "$build/fuzz-$target.summary"
    else
        echo "== Fuzz$target FAILED before it reported: see $build/fuzz-$target.log"
    fi
done
exit $failed
