#!/usr/bin/env bash
# Crash trials (issue "Hardening", item 3): start SpecDesk under Xvfb or specdesk-cli, type or
# sync, `kill -9` it at a random moment, start it again, then check that every draft holds all the
# text typed more than 1 s before the kill, in order, and that the server holds no duplicate
# version. The server is a separate specdesk-sandbox, so it outlives every kill.
#
# Usage: scripts/crash-trials.sh [TRIALS]            (default 100)
#   SPECDESK_CRASH_SEED=N      repeat a run's choices (modes, specs, faults, kill times); printed
#   SPECDESK_CRASH_MODES=gui|cli|both                  (default both, mixed at random)
#   SPECDESK_CRASH_FIRST=N     number the trials from N (with TRIALS=1, reruns trial N of a seed)
#   SPECDESK_CRASH_DISPLAY=:N  the private Xvfb display (default :57)
#   SPECDESK_CRASH_BUILD=0     use the programs already in build/test, as they are
#   SPECDESK_CRASH_KEEP=1      keep the files of passed trials too
# Prints one line per trial, then "N passed, N failed"; exits 1 if any trial failed. A failed
# trial's files (logs, chunk times, drafts, server versions, screenshot) stay in build/crash-trials/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
trials=${1:-100}
[[ "$trials" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [TRIALS]" >&2; exit 2; }
seed=${SPECDESK_CRASH_SEED:-$((RANDOM * 32768 + RANDOM))}
modes=${SPECDESK_CRASH_MODES:-both}
[[ "$modes" =~ ^(gui|cli|both)$ ]] || { echo "SPECDESK_CRASH_MODES must be gui, cli or both" >&2; exit 2; }
display=${SPECDESK_CRASH_DISPLAY:-:57}
first=${SPECDESK_CRASH_FIRST:-1}
[[ "$first" =~ ^[1-9][0-9]*$ ]] || { echo "SPECDESK_CRASH_FIRST must be a trial number" >&2; exit 2; }

# --- Tools and binaries -----------------------------------------------------------------------
# Xvfb, xdotool and ImageMagick come from the project's package list; Python's sqlite3, json and
# urllib (python3 is in the package list) read the workspace and talk to the sandbox, so no
# other client is needed.
"$root/scripts/install-deps.sh"
for tool in Xvfb xdotool import flock timeout /usr/bin/python3; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing" >&2; exit 2; }
done
build="$root/build/test"
keep="$root/build/crash-trials"
tmp=""
xvfb_pid="" sandbox_pid="" app_pid="" app_job="" killer_pid=""
cleanup() {
    local pid
    for pid in "$killer_pid" "$app_pid"; do
        if [[ -n "$pid" ]]; then kill -9 "$pid" 2>/dev/null || true; fi
    done
    # TERM, so Xvfb removes its lock and socket, and the sandbox quits cleanly.
    for pid in "$sandbox_pid" "$xvfb_pid"; do
        if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; fi
    done
    wait 2>/dev/null || true
    if [[ -n "$tmp" ]]; then rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
tmp=$(mktemp -d /tmp/specdesk-crash.XXXXXX)
mkdir "$tmp/bin"
# Two cores are shared with other builds: one C++ build at a time, through the lock. The trials
# run private copies of the programs, taken under the lock, since others rebuild build/test.
{
    flock 9
    if [[ ! -f "$build/build.ninja" ]]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSPECDESK_WERROR=ON \
            -DSPECDESK_BUILD_TESTS=ON >"$tmp/build.log" 2>&1 || { tail -n 40 "$tmp/build.log" >&2; exit 1; }
    fi
    if [[ "${SPECDESK_CRASH_BUILD:-1}" != 0 ]]; then
        cmake --build "$build" --target specdesk specdesk-cli specdesk-sandbox >"$tmp/build.log" 2>&1 \
            || { tail -n 40 "$tmp/build.log" >&2; exit 1; }
    fi
    cp "$build/app/specdesk" "$build/app/specdesk-cli" "$build/app/sandbox/specdesk-sandbox" "$tmp/bin/"
} 9>/tmp/specdesk-build.lock
app_bin="$tmp/bin/specdesk"
cli_bin="$tmp/bin/specdesk-cli"
sandbox_bin="$tmp/bin/specdesk-sandbox"
mkdir -m 700 "$tmp/runtime"
# No keychain, no session bus, no user settings: the connection's secret comes from an
# environment variable, and nothing outside $tmp is read or written.
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/runtime" DBUS_SESSION_BUS_ADDRESS="unix:path=$tmp/no-bus"
export SPECDESK_NO_KEYCHAIN=1

# The checks, in Python for its sqlite3 (read-only), json and urllib.
helper="$tmp/helper.py"
cat >"$helper" <<'PY'
import json, os, sqlite3, sys, urllib.request

def http(method, url, body=None, token=None):
    request = urllib.request.Request(url, data=None if body is None else body.encode(), method=method)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=20) as reply:
        return reply.read()

def workspace(path):
    return sqlite3.connect("file:%s?mode=ro" % os.path.join(path, "workspace.sqlite"), uri=True)

def draft(db, spec_id):
    # The full text with the splices autosave appended since (DraftText), from one snapshot.
    db.execute("BEGIN")
    text = bytes(db.execute("SELECT content FROM specs WHERE id = ?", (spec_id,)).fetchone()[0])
    for start, end, replacement in db.execute(
            "SELECT splice_start, splice_end, replacement FROM draft_splices WHERE spec_id = ? ORDER BY id",
            (spec_id,)).fetchall():
        text = text[:start] + bytes(replacement) + text[end:]
    db.execute("COMMIT")
    return text

def read(path, default=None):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return default

def check(directory, phase):
    """Prints every broken promise of the trial in DIRECTORY; 'final' adds the server's side."""
    kill = int(read(os.path.join(directory, "kill_ms")).decode())
    specs = [line.split("\t") for line in read(os.path.join(directory, "specs.tsv")).decode().splitlines()]
    chunks = read(os.path.join(directory, "chunks.tsv"), b"").decode().splitlines()
    chunks = [line.split("\t") for line in chunks]
    problems = []
    for key, kind, spec_id, remote_id, title in specs:
        draft = read(os.path.join(directory, "draft-%s-%s.txt" % (spec_id, phase)))
        if draft is None:
            problems.append("%s: no draft could be read" % key)
            continue
        text = draft.decode("utf-8", "replace")
        typed = [c for c in chunks if c[1] == key]
        position = 0
        for sent, _, tag, chunk, *after in typed:
            # Required: what was sent over 1 s before the kill, and what was typed after the restart.
            if int(sent) >= kill - 1000 and not after:
                continue
            found = text.find(chunk, position)
            if found < 0:
                where = "out of order" if chunk in text else "missing"
                when = "after the restart" if after else "%d ms before the kill" % (kill - int(sent))
                problems.append("%s: chunk %s sent %s is %s (%s draft)" % (key, tag, when, where, phase))
                break
            position = found + len(chunk)
        for _, _, tag, *_ in typed:
            if text.count(tag + " ") > 1:
                problems.append("%s: chunk %s is in the %s draft twice" % (key, tag, phase))
        if phase != "final" or kind != "remote":
            continue
        initial = json.loads(read(os.path.join(directory, "versions-%s-initial.json" % spec_id)))
        final = json.loads(read(os.path.join(directory, "versions-%s-final.json" % spec_id)))
        if final[:len(initial)] != initial:
            problems.append("%s: the server's earlier versions changed" % key)
        for i in range(len(final)):
            for j in range(i + 1, len(final)):
                if final[i] == final[j]:
                    problems.append("%s: duplicate version: v%d and v%d hold the same text"
                                    % (key, i + 1, j + 1))
        if not final or final[-1] != text:
            problems.append("%s: after the follow-up sync the server's latest version is not the draft"
                            % key)
        elif final.count(text) != 1:
            problems.append("%s: the draft is on the server %d times" % (key, final.count(text)))
    print("; ".join(problems))
    return 1 if problems else 0

command, args = sys.argv[1], sys.argv[2:]
if command == "http":  # METHOD URL [BODY]
    sys.stdout.buffer.write(http(args[0], args[1], args[2] if len(args) > 2 else None))
elif command == "versions":  # BASE TOKEN REMOTE_ID: the server's versions, oldest first, as JSON
    spec = json.loads(http("GET", "%s/api/dataframer/specs/%s/?include_versions=true" % (args[0], args[2]),
                           token=args[1]))
    json.dump([version["content_yaml"] for version in spec["versions"]], sys.stdout)
elif command == "specs":  # WORKSPACE: "KIND<TAB>ID<TAB>REMOTE_ID<TAB>TITLE" per spec ("-": local)
    rows = workspace(args[0]).execute(
        "SELECT c.type, s.id, COALESCE(s.remote_id, '-'), s.title FROM specs s "
        "JOIN collections c ON c.id = s.collection_id ORDER BY s.id")
    for row in rows:
        print("\t".join(str(value) for value in row))
elif command == "seeded":  # WORKSPACE: exits 0 once the GUI has added its Local samples
    row = workspace(args[0]).execute("SELECT value FROM meta WHERE key = 'samples_seeded'").fetchone()
    sys.exit(0 if row else 1)
elif command == "draft":  # WORKSPACE SPEC_ID: a local spec's stored text, byte for byte
    sys.stdout.buffer.write(draft(workspace(args[0]), int(args[1])))
elif command == "state":  # SPEC, with `status --all --json` on stdin: "STATE<TAB>MESSAGE"
    for entry in json.load(sys.stdin):
        if entry["spec"] == args[0]:
            print("%s\t%s" % (entry["state"], entry.get("message", "").replace("\n", " ")))
elif command == "check":  # TRIAL_DIR PHASE
    sys.exit(check(args[0], args[1]))
PY
py() { /usr/bin/python3 "$helper" "$@"; }

# Milliseconds since the epoch, without a fork (EPOCHREALTIME has six decimals).
now_ms() {
    local t=${EPOCHREALTIME//[!0-9]/}
    REPLY=$((t / 1000))
}
# A random number in [0, $1), from bash's seeded generator (no subshell, so the sequence is kept).
rnd() { REPLY=$((RANDOM % $1)); }
# Milliseconds as seconds with three decimals, for sleep and timeout.
seconds() { printf -v REPLY '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }
sleep_ms() {
    seconds "$1"
    sleep "$REPLY"
}

# --- The sandbox and the display, shared by every trial ----------------------------------------
"$sandbox_bin" --port 0 >"$tmp/sandbox.out" 2>"$tmp/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 100); do grep -q '^DataFramer: ' "$tmp/sandbox.out" && break; sleep 0.1; done
base=$(sed -n 's/^SpecDesk sandbox listening on //p' "$tmp/sandbox.out")
token=$(sed -n 's/^DataFramer: .*Authorization: Bearer //p' "$tmp/sandbox.out")
[[ -n "$base" && -n "$token" ]] || { echo "error: specdesk-sandbox did not start" >&2; exit 1; }
export SPECDESK_TRIAL_DF_TOKEN="$token"

if [[ "$modes" != cli ]]; then
    [[ ! -e "/tmp/.X11-unix/X${display#:}" ]] || { echo "error: display $display is taken" >&2; exit 2; }
    # -noreset: by default the server resets when its last client goes, refusing clients meanwhile.
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >"$tmp/xvfb.log" 2>&1 &
    xvfb_pid=$!
    export DISPLAY=$display
    for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
fi

cli() { "$cli_bin" --workspace "$ws" "$@"; }

# Starts the GUI on $ws and, unless told "nowindow", waits for its window (sets app_pid and wid).
start_app() {
    # Through a subshell that waits for it quietly: bash would report each kill -9 ("Killed").
    rm -f "$dir/app.pid"
    (
        exec 2>/dev/null
        "$app_bin" --workspace "$ws" >>"$dir/app.log" 2>&1 &
        echo $! >"$dir/app.pid"
        wait
    ) &
    app_job=$!
    for _ in $(seq 100); do [[ -s "$dir/app.pid" ]] && break; sleep 0.02; done
    app_pid=$(<"$dir/app.pid")
    wid=""
    [[ "${1:-}" != nowindow ]] || return 0
    for _ in $(seq 150); do
        wid=$(xdotool search --onlyvisible --class specdesk 2>/dev/null | head -n1) || true
        [[ -n "$wid" ]] && break
        sleep 0.1
    done
    [[ -n "$wid" ]] || return 1
    # Xvfb has no window manager to activate the window, and Qt's shortcuts need an active window.
    xdotool windowfocus --sync "$wid" 2>/dev/null || true
}

stop_app() {
    [[ -n "$app_pid" ]] || return 0
    kill -9 "$app_pid" 2>/dev/null || true
    wait "$app_job" || true
    app_pid="" app_job=""
}

# A template workspace: a connection to the sandbox with its specs pulled, plus the Local samples,
# which the GUI adds on its first start (so it runs once, offscreen).
ws="$tmp/template"
cli connection add df --api dataframer --url "$base" --token-env SPECDESK_TRIAL_DF_TOKEN \
    >>"$tmp/setup.log" 2>&1 || { cat "$tmp/setup.log" >&2; exit 1; }
cli pull df >>"$tmp/setup.log" 2>&1 || { cat "$tmp/setup.log" >&2; exit 1; }
dir=$tmp
QT_QPA_PLATFORM=offscreen start_app nowindow
for _ in $(seq 150); do py seeded "$ws" 2>/dev/null && break; sleep 0.1; done
stop_app
rm -f "$ws/settings.ini"
cli status >>"$tmp/setup.log" 2>&1 # opens and closes the database cleanly: the copies start checkpointed
mapfile -t local_specs < <(py specs "$ws" | awk -F'\t' '$1 == "local"')
# Only the two DataFramer specs that take edits (the others are processing, failed or full).
mapfile -t remote_specs < <(py specs "$ws" \
    | grep -E '550e8400-e29b-41d4-a716-446655440000|182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e')
if [[ ${#local_specs[@]} -lt 1 || ${#remote_specs[@]} -ne 2 ]]; then
    echo "error: the template workspace is incomplete (see $tmp/setup.log)" >&2
    exit 1
fi

words=(alpha bravo delta echo golf hotel kilo lima oscar papa sierra tango)

# --- Pieces of a trial --------------------------------------------------------------------------
# Appends a spec to the trial: "KEY KIND ID REMOTE_ID TITLE" (KEY is df/REMOTE_ID or local/ID).
add_spec() {
    local kind id remote title
    IFS=$'\t' read -r kind id remote title <<<"$1"
    if [[ "$kind" == remote ]]; then
        printf 'df/%s\tremote\t%s\t%s\t%s\n' "$remote" "$id" "$remote" "$title" >>"$dir/specs.tsv"
        py versions "$base" "$token" "$remote" >"$dir/versions-$id-initial.json"
    else
        printf 'local/%s\tlocal\t%s\t-\t%s\n' "$id" "$id" "$title" >>"$dir/specs.tsv"
    fi
}

fault() {
    py http POST "$base/_sandbox/faults" "$1" >/dev/null
    faults+="${faults:+,}$2"
}

# Faults on the next requests; delayed requests are still served after the client is gone, so the
# longest delay is waited out after the kill, before anything looks at the server again.
add_faults() {
    local cli_mode=$1
    rnd 100; if ((REPLY < 50)); then
        rnd 1200; local d=$((300 + REPLY))
        fault "{\"kind\":\"delay\",\"method\":\"PUT\",\"delayMs\":$d,\"times\":2}" "delay-put-$d"
        ((d > max_delay)) && max_delay=$d
    fi
    rnd 100; if ((REPLY < 25)); then
        rnd 500; local g=$((100 + REPLY))
        fault "{\"kind\":\"delay\",\"method\":\"GET\",\"pathContains\":\"/specs/\",\"delayMs\":$g,\"times\":3}" \
            "delay-get-$g"
        ((g > max_delay)) && max_delay=$g
    fi
    rnd 100; ((REPLY < 20)) && fault '{"kind":"drop-after-store","method":"PUT"}' drop-after-store
    rnd 100
    ((REPLY < 10)) && fault '{"kind":"server-error-after-store","method":"PUT","status":500}' 500-after-store
    if [[ "$cli_mode" == cli ]]; then
        rnd 100; ((REPLY < 15)) && fault '{"kind":"drop-before-store","method":"PUT"}' drop-before-store
        rnd 100; ((REPLY < 10)) && fault '{"kind":"server-error","method":"GET","status":503}' 503-get
        rnd 100
        ((REPLY < 10)) && fault '{"kind":"rate-limit","method":"PUT","retryAfterSeconds":1}' 429-put
    fi
    return 0
}

# Reads every spec's stored draft into draft-ID-PHASE.txt: remote ones through the CLI, local
# ones from the workspace database, opened read-only.
read_drafts() {
    local key kind id remote title
    while IFS=$'\t' read -r key kind id remote title; do
        if [[ "$kind" == remote ]]; then
            cli show "$key" >"$dir/draft-$id-$1.txt" 2>>"$dir/cli.log" || rm -f "$dir/draft-$id-$1.txt"
        else
            py draft "$ws" "$id" >"$dir/draft-$id-$1.txt" 2>>"$dir/cli.log" || rm -f "$dir/draft-$id-$1.txt"
        fi
    done <"$dir/specs.tsv"
}

read_versions() {
    local key kind id remote title
    while IFS=$'\t' read -r key kind id remote title; do
        [[ "$kind" == remote ]] && py versions "$base" "$token" "$remote" >"$dir/versions-$id-final.json"
    done <"$dir/specs.tsv"
    return 0
}

# The state the workspace gives a remote spec: "STATE<TAB>MESSAGE".
spec_state() { cli status --all --json 2>>"$dir/cli.log" | py state "$1"; }

# --- GUI trial ------------------------------------------------------------------------------------
# Opens a remote spec, a local one, or both (as tabs restored from the last session), types
# timestamped chunks at the caret, sometimes switches tabs or presses Sync (Ctrl+Alt+S), and is
# killed 0.2-4.2 s after its window appears. Restarted, it must restore its tabs and drafts; then
# Sync All sends what is left, and the server must hold the draft exactly once.
gui_trial() {
    local layout remote="" local_spec="" open=() keys=() ids=() remote_key=""
    rnd 3; layout=$REPLY
    if ((layout != 1)); then rnd 2; remote=${remote_specs[REPLY]}; fi
    if ((layout != 0)); then rnd ${#local_specs[@]}; local_spec=${local_specs[REPLY]}; fi
    [[ -n "$remote" ]] && open+=("$remote")
    [[ -n "$local_spec" ]] && open+=("$local_spec")
    if ((${#open[@]} == 2)); then rnd 2; ((REPLY)) && open=("${open[1]}" "${open[0]}"); fi
    local entry kind id rid title
    for entry in "${open[@]}"; do
        add_spec "$entry"
        IFS=$'\t' read -r kind id rid title <<<"$entry"
        ids+=("$id")
        if [[ "$kind" == remote ]]; then
            keys+=("df/$rid")
            remote_key="df/$rid"
        else
            keys+=("local/$id")
        fi
    done
    # The tab list the app saved "last time"; it opens these tabs at start, the first current.
    printf '[Session]\ncurrentSpecId=%s\nopenSpecIds=%s\n' "${ids[0]}" "$(IFS=,; echo "${ids[*]}")" \
        >"$ws/settings.ini"
    [[ -n "$remote" ]] && add_faults gui
    summary="tabs=${#ids[@]}${remote:+ remote}${local_spec:+ local}"

    start_app || { result="failed" reason="the app showed no window"; return; }
    # Type at the end of each spec: a line cut short by the kill is then a comment at the end,
    # still valid YAML, so the follow-up sync can send it.
    if ((${#ids[@]} == 2)); then
        xdotool key ctrl+End ctrl+Tab ctrl+End ctrl+Tab 2>/dev/null || true
    else
        xdotool key ctrl+End 2>/dev/null || true
    fi
    rnd 4000; local kill_after=$((200 + REPLY))
    now_ms; local shown=$REPLY
    (
        sleep_ms "$kill_after"
        now_ms; echo "$REPLY" >"$dir/kill_ms.tmp"
        kill -9 "$app_pid" 2>/dev/null || touch "$dir/died-by-itself"
        mv "$dir/kill_ms.tmp" "$dir/kill_ms"
    ) &
    killer_pid=$!
    local current=0 k=0 syncs=0 delay text tag
    rnd 30; delay=$((5 + REPLY)) # ms between keystrokes: 5-35
    while [[ ! -e "$dir/kill_ms.tmp" && ! -e "$dir/kill_ms" ]]; do
        k=$((k + 1))
        printf -v tag 't%03dk%02d' "$trial" "$k"
        rnd ${#words[@]}; text="# $tag ${words[REPLY]}"
        rnd ${#words[@]}; text+=" ${words[REPLY]}"
        xdotool type --delay "$delay" "$text"$'\r' 2>/dev/null || true
        now_ms; printf '%s\t%s\t%s\t%s\n' "$REPLY" "${keys[current]}" "$tag" "$text" >>"$dir/chunks.tsv"
        rnd 100
        if ((REPLY < 25)) && [[ "${keys[current]}" == df/* ]]; then
            xdotool key ctrl+alt+s 2>/dev/null || true
            syncs=$((syncs + 1))
            now_ms; printf '%s\tsync\t%s\n' "$REPLY" "${keys[current]}" >>"$dir/events.tsv"
        elif ((REPLY > 85 && ${#keys[@]} == 2)); then
            xdotool key ctrl+Tab 2>/dev/null || true
            current=$((1 - current))
            now_ms; printf '%s\ttab\t%s\n' "$REPLY" "${keys[current]}" >>"$dir/events.tsv"
        fi
        rnd 250; sleep_ms "$REPLY"
    done
    wait "$killer_pid" || true
    killer_pid=""
    stop_app
    kill_ms=$(<"$dir/kill_ms")
    kill_at=$((kill_ms - shown))
    summary+=" chunks=$k syncs=$syncs"
    if [[ -e "$dir/died-by-itself" ]]; then
        result="failed" reason="the app was gone before the kill (see app.log)"
        return
    fi

    # Requests still held by a delay fault land now; then the app starts again.
    sleep_ms $((max_delay + 300))
    py http DELETE "$base/_sandbox/faults" >/dev/null
    start_app || { result="failed" reason="the app showed no window after the kill"; return; }
    sleep 0.7 # let it restore the tabs
    local name problems
    name=$(xdotool getwindowname "$wid" 2>/dev/null) || true
    read_drafts restart
    problems=$(py check "$dir" restart) || true
    local restored=0
    for entry in "${open[@]}"; do
        IFS=$'\t' read -r kind id rid title <<<"$entry"
        [[ "$name" == "$title"* ]] && restored=1
    done
    ((restored)) || problems+="${problems:+; }the tabs were not restored (window: '$name')"
    if [[ -n "$problems" ]]; then
        import -window root "$dir/after-restart.png" 2>/dev/null || true
        result="failed" reason=$problems
        stop_app
        return
    fi
    if [[ -n "$remote" ]]; then
        # Sync All, and again (at most every 3 s) while the spec is a draft or queued: a sync that
        # merged the server's changes leaves them for review, and a press may come too early.
        local presses=0 state="" message="" pressed=0 now deadline
        now_ms; deadline=$((REPLY + 30000))
        while now_ms; now=$REPLY; ((now < deadline)); do
            IFS=$'\t' read -r state message < <(spec_state "$remote_key") || true
            [[ "$state" =~ ^(synced|conflict|error)$ ]] && break
            if [[ "$state" != syncing ]] && ((now - pressed > 3000)); then
                ((presses == 4)) && break
                presses=$((presses + 1)) pressed=$now
                xdotool windowfocus --sync "$wid" key ctrl+alt+shift+s 2>/dev/null || true
            fi
            sleep 0.2
        done
        echo "follow-up sync: $state $message (Sync All pressed $presses times)" >>"$dir/events.tsv"
        if [[ "$state" != synced ]]; then
            problems="the follow-up sync left the spec ${state:-unknown}${message:+: $message}"
        fi
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then
        problems+="${problems:+; }the restarted app was gone before it was closed (see app.log)"
    fi
    stop_app
    read_drafts final
    read_versions
    local final
    final=$(py check "$dir" final) || true
    problems+="${problems:+${final:+; }}$final"
    if [[ -n "$problems" ]]; then result="failed" reason=$problems; else result="passed"; fi
}

# --- CLI trial ------------------------------------------------------------------------------------
# Edits one or both DataFramer specs (each `edit` appends a timestamped chunk to the draft) and
# syncs now and then, against a sandbox with faults; the process running at a random moment
# 0.1-3.6 s in is killed. Then the CLI starts again and syncs, and the same checks follow.
cli_trial() {
    local entry n_specs
    rnd 2; n_specs=$((REPLY + 1))
    local chosen=("${remote_specs[@]}")
    if ((n_specs == 1)); then rnd 2; chosen=("${remote_specs[REPLY]}"); fi
    local keys=() kind id rid title
    for entry in "${chosen[@]}"; do
        add_spec "$entry"
        IFS=$'\t' read -r kind id rid title <<<"$entry"
        keys+=("df/$rid")
        cli show "df/$rid" >"$dir/text-$rid" 2>>"$dir/cli.log"
    done
    add_faults cli
    summary="specs=$n_specs"
    rnd 3500; local kill_after=$((100 + REPLY))
    now_ms; local deadline=$((REPLY + kill_after))
    local k=0 syncs=0 code=0 left tag text target odd=""
    while true; do
        now_ms; left=$((deadline - REPLY))
        ((left < 1)) && left=1 # due already: the next process is killed at once
        rnd 100
        if ((k > 0 && REPLY < 35)); then
            syncs=$((syncs + 1))
            code=0
            seconds "$left"
            timeout --foreground -s KILL "$REPLY" "$cli_bin" --workspace "$ws" sync --json \
                >>"$dir/sync.log" 2>&1 || code=$?
            # 137: killed; 124: the time ran out as the process was ending. Either way, the kill.
            ((code == 137 || code == 124)) && break
            # 3: queued by a fault; 6: merged, for review. Anything else is a failure of its own.
            [[ "$code" =~ ^(0|3|6)$ ]] || odd+="${odd:+, }sync exited $code"
        else
            k=$((k + 1))
            rnd ${#keys[@]}; target=${keys[REPLY]}
            printf -v tag 't%03dk%02d' "$trial" "$k"
            rnd ${#words[@]}; text="# $tag ${words[REPLY]}"
            printf '%s\n' "$text" >>"$dir/text-${target#df/}"
            code=0
            seconds "$left"
            timeout --foreground -s KILL "$REPLY" "$cli_bin" --workspace "$ws" \
                edit "$target" --from "$dir/text-${target#df/}" >>"$dir/cli.log" 2>&1 || code=$?
            ((code == 137 || code == 124)) && break
            if ((code == 0)); then
                now_ms; printf '%s\t%s\t%s\t%s\n' "$REPLY" "$target" "$tag" "$text" >>"$dir/chunks.tsv"
            else
                odd+="${odd:+, }edit exited $code"
            fi
        fi
        # A short pause, as between a user's commands; a kill due meanwhile hits the next one.
        rnd 150; sleep_ms "$REPLY"
    done
    now_ms; kill_ms=$REPLY
    echo "$kill_ms" >"$dir/kill_ms"
    kill_at=$((kill_ms - deadline + kill_after))
    summary+=" edits=$k syncs=$syncs"

    sleep_ms $((max_delay + 300))
    py http DELETE "$base/_sandbox/faults" >/dev/null
    read_drafts restart
    local problems="" final
    problems=$(py check "$dir" restart) || true
    [[ -z "$odd" ]] || problems+="${problems:+; }before the kill: $odd (see cli.log, sync.log)"
    # Half the time the user carries on first: one more edit, so the next sync finds the killed
    # run's write on the server beside a newer draft.
    rnd 2
    if ((REPLY)); then
        k=$((k + 1))
        rnd ${#keys[@]}; target=${keys[REPLY]}
        printf -v tag 't%03dk%02d' "$trial" "$k"
        text="# $tag after the kill"
        printf '%s\n' "$text" >>"$dir/text-${target#df/}"
        if cli edit "$target" --from "$dir/text-${target#df/}" >>"$dir/cli.log" 2>&1; then
            now_ms; printf '%s\t%s\t%s\t%s\tafter\n' "$REPLY" "$target" "$tag" "$text" >>"$dir/chunks.tsv"
            summary+=" +1 edit after"
        else
            problems+="${problems:+; }the edit after the kill failed (see cli.log)"
        fi
    fi
    # The CLI again: sync, and sync once more if the sync merged (a merge waits for review).
    for _ in 1 2 3; do
        code=0
        cli sync --json >>"$dir/sync.log" 2>&1 || code=$?
        ((code == 6)) || break
    done
    if ((code != 0)); then
        problems+="${problems:+; }the follow-up sync exited $code"
        problems+=" ($(tail -c 300 "$dir/sync.log" | tr '\n' ' '))"
    fi
    read_drafts final
    read_versions
    final=$(py check "$dir" final) || true
    problems+="${problems:+${final:+; }}$final"
    if [[ -n "$problems" ]]; then result="failed" reason=$problems; else result="passed"; fi
}

# --- The trials ----------------------------------------------------------------------------------
echo "crash trials: $trials from #$first, seed $seed, modes $modes"
passed=0 failed=0
for ((trial = first; trial < first + trials; trial++)); do
    # Each trial's choices come from the seed and its number alone, so one can be run again.
    RANDOM=$((seed + trial))
    dir="$tmp/trial-$trial"
    ws="$dir/ws"
    mkdir -p "$dir"
    cp -a "$tmp/template" "$ws"
    kill -0 "$sandbox_pid" 2>/dev/null || { echo "error: specdesk-sandbox died" >&2; exit 1; }
    py http POST "$base/_sandbox/reset" >/dev/null
    mode=$modes
    if [[ "$mode" == both ]]; then
        rnd 2
        mode=cli
        ((REPLY)) || mode=gui
    fi
    result="failed" reason="" summary="" faults="" max_delay=0 kill_at=0
    now_ms; trial_start=$REPLY
    if [[ "$mode" == gui ]]; then gui_trial; else cli_trial; fi
    stop_app
    py http GET "$base/_sandbox/requests" >"$dir/requests.json" 2>/dev/null || true
    now_ms; seconds $((REPLY - trial_start)); took=${REPLY%?}
    seconds "$kill_at"
    line=$(printf 'trial %3d  %s  kill at %6s s  %s  (%s; faults: %s; took %s s)' \
        "$trial" "$mode" "$REPLY" "$result" "$summary" "${faults:-none}" "$took")
    if [[ "$result" == passed ]]; then
        passed=$((passed + 1))
        if [[ "${SPECDESK_CRASH_KEEP:-0}" == 1 ]]; then
            mkdir -p "$keep"
            mv "$dir" "$keep/$(date +%Y%m%d-%H%M%S)-seed$seed-trial$trial-passed"
        fi
        rm -rf "$dir"
        echo "$line"
    else
        failed=$((failed + 1))
        mkdir -p "$keep"
        saved="$keep/$(date +%Y%m%d-%H%M%S)-seed$seed-trial$trial"
        mv "$dir" "$saved"
        echo "$line: $reason [again: SPECDESK_CRASH_SEED=$seed SPECDESK_CRASH_FIRST=$trial $0 1;" \
            "files: ${saved#"$root"/}]"
    fi
done
echo "$passed passed, $failed failed"
((failed == 0))
