#!/usr/bin/env bash
# Takes the README's screenshot from the real app under Xvfb: a new workspace with the bundled
# sandbox, a DataFramer spec opened from its connection in the tree with the keyboard. Usage: scripts/screenshot.sh [OUTPUT.png]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
output=${1:-$root/docs/screenshots/main-window.png}
"$root/scripts/install-deps.sh"
build="$root/build/release"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPECDESK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" >/dev/null

work=$(mktemp -d)
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$app" "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=$display
sleep 1
XDG_CONFIG_HOME="$work/config" "$build/app/specdesk" --sandbox --workspace "$work/ws" >/dev/null 2>&1 &
app=$!
for _ in $(seq 50); do xdotool search --onlyvisible --class specdesk >/dev/null 2>&1 && break; sleep 0.2; done
sleep 1
# Xvfb has no window manager to activate the window, and Qt's shortcuts need an active window.
xdotool search --onlyvisible --class specdesk windowfocus --sync
# The tree has focus at start, on "Local": past its three samples to "Sandbox DataFramer",
# expand it (which lists the server's specs), then open "Customer Support Conversations Spec".
xdotool key Down Down Down Down Right
sleep 1.5
xdotool key Down Down Return
sleep 1
# Put the caret on a distribution, as an analyst would when tuning one.
xdotool key ctrl+f; xdotool type "neutral: 25"; xdotool key Return Escape
sleep 1.5
mkdir -p "$(dirname "$output")"
import -window root "$output"
echo "wrote $output"
