#!/usr/bin/env bash
# Builds SpecDesk in Release and starts it on its default local workspace.
# Extra arguments go to the app, e.g. `scripts/run.sh --workspace /tmp/try`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
build="$root/build/release"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPECDESK_BUILD_TESTS=OFF
cmake --build "$build"
exec "$build/app/specdesk" "$@"
