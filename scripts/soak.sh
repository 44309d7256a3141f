#!/usr/bin/env bash
# Long-running use: runs SpecDesk's real main window for MINUTES (default 30) against a sandbox
# that fails requests at random, as a busy user would use it (typing, sliders, Sync and Sync All,
# conflicts, credentials prompts, tabs, history), then checks that memory stayed flat (RSS growth
# after warm-up ≤ 10 %) and that no request was left hanging. Exits non-zero on failure.
#   scripts/soak.sh [MINUTES] [specdesk-soak options, e.g. --seed 42]
# The report and the memory samples (CSV) go to build/soak/. See docs/reliability.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minutes=${1:-30}
shift || true

build="$root/build/test"
# One C++ build at a time on this machine: others build in the same tree.
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    flock /tmp/specdesk-build.lock cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DSPECDESK_WERROR=ON -DSPECDESK_BUILD_TESTS=ON
fi
flock /tmp/specdesk-build.lock cmake --build "$build" --target specdesk-soak

out="$root/build/soak"
mkdir -p "$out"
stamp=$(date +%Y%m%d-%H%M%S)
# Never the user's own settings, data or keychain.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

status=0
env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" QT_LOGGING_RULES='*.debug=false' \
    SPECDESK_NO_KEYCHAIN=1 \
    "$build/tests/soak/specdesk-soak" --minutes "$minutes" \
    --report "$out/soak-$stamp.txt" --samples "$out/soak-$stamp.csv" "$@" || status=$?
echo "Report: $out/soak-$stamp.txt  Samples: $out/soak-$stamp.csv"
exit "$status"
