#!/usr/bin/env bash
# Builds SpecDesk in Release with its benchmark and prints every figure with its floor and ratio.
# Usage: bench/run.sh [open] [yaml] [json] [keys] [drag] [sync] [scale] [coldstart]   (all by default)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
build="$root/build/release"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPECDESK_BUILD_TESTS=OFF -DSPECDESK_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target specdesk-bench >/dev/null
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bench/specdesk-bench" "$@"
