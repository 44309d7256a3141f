#!/usr/bin/env bash
# Takes every screenshot of docs/user-guide.md (and the README's) from the real app under Xvfb,
# driving it with the keyboard alone, as a new user's first session: the welcome view, Try the
# sandbox, a share moved and synced, the command palette, the shortcuts, History, a problem in
# the text, a conflict with a colleague, the Connections and Preferences dialogs, the dark theme.
#   scripts/screenshots.sh [OUTPUT_DIR]   (default docs/screenshots)
# Never edit the pictures by hand: run this again after a change to the UI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs/screenshots}
"$root/scripts/install-deps.sh"
build="$root/build/release"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPECDESK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" >/dev/null
mkdir -p "$out"

work=$(mktemp -d)
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=$display
# A fresh user: no settings, no keychain, a new workspace.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data SPECDESK_NO_KEYCHAIN=1
sleep 1

# Xvfb has no window manager: it neither activates the window at start nor gives it the keyboard
# back when a dialog closes, and Qt's shortcuts need an active window.
refocus() {
    sleep 0.5
    xdotool search --onlyvisible --class specdesk windowfocus --sync
}
start_app() {
    "$build/app/specdesk" --workspace "$work/ws" "$@" >>"$work/app.log" 2>&1 &
    app=$!
    for _ in $(seq 50); do xdotool search --onlyvisible --class specdesk >/dev/null 2>&1 && break; sleep 0.2; done
    sleep 1.5
    # A restored geometry comes back a title bar lower without a window manager to draw one.
    xdotool search --onlyvisible --class specdesk windowmove 0 0
    refocus
    # The pointer stays in a corner, so no hover effect shows.
    xdotool mousemove 1279 799
}
shot() {
    sleep "${2:-1}"
    import -window root "$out/$1.png"
    echo "wrote $out/$1.png"
}
key() { xdotool key --delay 80 "$@"; }
# The spec opened by the tour, read from the workspace as any program could.
spec_field() {
    python3 - "$work/ws/workspace.sqlite" "$1" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
db.execute("BEGIN")  # the text and its splices (DraftText) from one snapshot
row = db.execute("SELECT s.remote_id, s.content, c.base_url, s.id FROM specs s JOIN connections c "
                 "ON c.collection_id = s.collection_id WHERE s.title LIKE 'Customer Support%' "
                 "AND s.remote_id IS NOT NULL").fetchone()
content = bytes(row[1])
for start, end, replacement in db.execute("SELECT splice_start, splice_end, replacement FROM draft_splices "
                                          "WHERE spec_id = ? ORDER BY id", (row[3],)).fetchall():
    content = content[:start] + bytes(replacement) + content[end:]
print({"remote_id": row[0], "base_url": row[2]}[sys.argv[2]] if sys.argv[2] != "content"
      else content.decode(), end="")
EOF
}

start_app
shot welcome
# Enter on "Try the sandbox": the bundled server starts, its DataFramer spec opens, and the
# keyboard is on the first share.
key Return
shot first-spec 4
key Right Right Right Right Right
shot distribution
key ctrl+alt+s
shot main-window 3

key ctrl+shift+p
xdotool type --delay 60 "sync"
shot command-palette
key Escape
refocus
key F1
shot keyboard-shortcuts
key Escape
refocus

# History: Ctrl+6 goes to its list; two entries selected are compared at once.
key ctrl+6
key Home shift+Down
shot history 2
key ctrl+3

# A problem in the text: the Problems panel says where and what.
key ctrl+1 ctrl+End
xdotool type --delay 30 "  mixed: [15"
shot problems 2
key ctrl+z
sleep 1.5

# A colleague changes the description on the server while our draft changes it too.
base=$(spec_field base_url)
remote_id=$(spec_field remote_id)
spec_field content | sed 's/^  description: .*/  description: "Support conversations, reviewed by Dana"/' >"$work/colleague.yaml"
curl -sf -X POST --data-binary "@$work/colleague.yaml" "$base/_sandbox/colleague/dataframer/$remote_id" >/dev/null
key ctrl+1 ctrl+Home Down End Left
xdotool type --delay 30 " (draft)"
sleep 1.5
key ctrl+alt+s
sleep 3
# The tab's banner says there is a conflict; the palette finds "Resolve Conflict…".
key ctrl+shift+p
xdotool type --delay 60 "resolve"
key Return
xdotool search --onlyvisible --name "Merge" windowfocus --sync
# In the merge editor, the conflict takes the draft's line (Alt+M), then the result is used.
key alt+m
shot conflict 2
key alt+u
refocus
key ctrl+alt+s
sleep 2

key ctrl+shift+c
shot connections 2
key Escape
refocus
key ctrl+comma
shot preferences 2
key Escape
refocus

# The same window in the dark theme, as a user who picked it in Preferences sees it next time.
key ctrl+q
wait "$app" || true
python3 - "$work/ws/settings.ini" <<'EOF'
import configparser, sys
settings = configparser.ConfigParser(interpolation=None)
settings.optionxform = str
settings.read(sys.argv[1])
if not settings.has_section("Appearance"):
    settings.add_section("Appearance")
settings.set("Appearance", "theme", "dark")
with open(sys.argv[1], "w") as file:
    settings.write(file, space_around_delimiters=False)
EOF
start_app --sandbox
shot dark 2
key ctrl+q
wait "$app" || true
