#!/usr/bin/env bash
# Builds SpecDesk in Release and starts it on its default local workspace, with the bundled
# stand-in server (--sandbox) so the three remote APIs can be tried without accounts.
# Extra arguments go to the app, e.g. `scripts/run.sh --workspace /tmp/try`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
build="$root/build/release"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPECDESK_BUILD_TESTS=OFF
cmake --build "$build"
exec "$build/app/specdesk" --sandbox "$@"
