#!/usr/bin/env bash
# Builds SpecDesk in Release with its benchmark and prints every figure with its floor and ratio.
# Usage: bench/run.sh [open] [yaml] [json] [keys] [window-keys] [drag] [sync] [scale] [coldstart]
#                                                                             (all by default)
#        bench/run.sh outside [FILE]   editors measured from outside under Xvfb (see docs/performance.md);
#                                      FILE is the spec to open, a generated 10 MB one when not given.
# SPECDESK_OUTSIDE_EDITORS limits the outside run to some editors ("specdesk floor kwrite gedit").
# SPECDESK_OUTSIDE_BASELINE=PATH adds another specdesk binary as the editor "baseline" (an A/B).
# SPECDESK_BENCH_ROUNDS sets the rounds of the interleaved figures (5 in process, 3 outside).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
build="$root/build/release"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPECDESK_BUILD_TESTS=OFF -DSPECDESK_BUILD_BENCH=ON >/dev/null
if [[ ${1:-} != outside ]]; then
    cmake --build "$build" --target specdesk-bench >/dev/null
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bench/specdesk-bench" "$@"
    exit
fi

# The editors SpecDesk is measured beside (issue 17): KWrite and gedit.
"$root/scripts/install-deps.sh" "$root/packaging/bench-packages.txt"
cmake --build "$build" --target specdesk-bench specdesk specdesk-floor specdesk-outside >/dev/null
work=$(mktemp -d)
display=
cleanup() {
    [[ -n ${wm:-} ]] && kill "$wm" 2>/dev/null || true
    [[ -n ${xvfb:-} ]] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

spec=${2:-}
if [[ -z $spec ]]; then
    spec="$work/generated.yaml"
    QT_QPA_PLATFORM=offscreen "$build/bench/specdesk-bench" generate yaml-nested "$spec"
fi
spec=$(realpath "$spec")
name=$(basename "$spec")
QT_QPA_PLATFORM=offscreen "$build/bench/specdesk-bench" workspace "$work/template" "$spec"
echo "outside: $spec ($(stat -c %s "$spec") bytes)"

# A display of our own: the first free number from 90.
for n in $(seq 90 140); do
    if [[ ! -e /tmp/.X11-unix/X$n && ! -e /tmp/.X$n-lock ]]; then
        display=:$n
        break
    fi
done
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do
    [[ -e /tmp/.X11-unix/X${display#:} ]] && break
    sleep 0.05
done
export DISPLAY=$display
openbox --config-file "$root/bench/outside/openbox-rc.xml" >/dev/null 2>&1 &
wm=$!
sleep 1

# A home of the bench's own: the editors start with their defaults and restore no session.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
qt="env SPECDESK_REPORT_FIRST_PAINT=1 QT_QPA_PLATFORM=xcb"
editors=(--editor specdesk "rm -rf $work/ws && cp -a $work/template $work/ws" "$qt $build/app/specdesk --workspace $work/ws"
    --editor floor "" "$qt $build/bench/floor/specdesk-floor $spec")
wanted=" ${SPECDESK_OUTSIDE_EDITORS:-specdesk floor kwrite gedit} "
[[ $wanted == *" floor "* ]] || editors=("${editors[@]:0:4}")
[[ $wanted == *" specdesk "* ]] || editors=("${editors[@]:4}")
# Another build of SpecDesk run beside this one, interleaved in the same rounds: an A/B of a
# change on this noisy machine, where separate runs differ more than most changes do.
if [[ -n ${SPECDESK_OUTSIDE_BASELINE:-} ]]; then
    editors+=(--editor baseline "rm -rf $work/ws && cp -a $work/template $work/ws"
        "$qt $(realpath "$SPECDESK_OUTSIDE_BASELINE") --workspace $work/ws")
fi
for editor in kwrite gedit; do
    if [[ $wanted != *" $editor "* ]]; then
        continue
    elif command -v "$editor" >/dev/null; then
        mkdir -p "$work/$editor"
        flags=
        [[ $editor == gedit ]] && flags=--standalone
        editors+=(--editor "$editor" "cp $spec $work/$editor/$name" "$editor $flags $work/$editor/$name")
    else
        echo "outside: $editor is not installed; skipped"
    fi
done
rounds=${SPECDESK_BENCH_ROUNDS:-3}
for accessibility in off on; do
    dbus-run-session -- "$root/bench/outside/session.sh" "$accessibility" \
        "$build/bench/outside/specdesk-outside" --rounds "$rounds" --keys "${SPECDESK_OUTSIDE_KEYS:-200}" "${editors[@]}"
done
