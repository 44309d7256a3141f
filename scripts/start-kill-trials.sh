#!/usr/bin/env bash
# Start-kill trials (issue 16, section 5): SpecDesk starts with a remote tab open against a server
# that answers only after 1 s, and is killed with `kill -9` soon after, while it is still reading
# from the server. Each start must leave the spec's text and base as they were (a listing or a
# half-done fetch must never empty them), and nothing may be written to the server.
#
# Usage: scripts/start-kill-trials.sh [TRIALS]       (default 12)
#   SPECDESK_START_KILL_MS=N   kill this long after the start (default: 700 to 1800 at random)
#   SPECDESK_CRASH_BUILD=0     use the programs already in build/test, as they are
# Prints one line per trial, then "N passed, N failed"; exits 1 if any trial failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
trials=${1:-12}
[[ "$trials" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [TRIALS]" >&2; exit 2; }
build="$root/build/test"
if [[ "${SPECDESK_CRASH_BUILD:-1}" != 0 ]]; then
    "$root/scripts/install-deps.sh"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSPECDESK_BUILD_TESTS=ON >/dev/null
    cmake --build "$build" --target specdesk specdesk-cli specdesk-sandbox >/dev/null
fi
app="$build/app/specdesk" cli="$build/app/specdesk-cli" sandbox="$build/app/sandbox/specdesk-sandbox"
work=$(mktemp -d)
sandbox_pid=""
trap '[[ -n "$sandbox_pid" ]] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"' EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$sandbox" --port "$port" >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/_sandbox/stats" >/dev/null && break; sleep 0.1; done

export SPECDESK_NO_KEYCHAIN=1 QT_QPA_PLATFORM=offscreen
export DF_TOKEN=sk_sandbox_dataframer_0123456789abcdef0123456789
spec=550e8400-e29b-41d4-a716-446655440000
workspace="$work/workspace"
"$cli" --workspace "$workspace" connection add df --api dataframer --url "http://127.0.0.1:$port" \
    --token-env DF_TOKEN >/dev/null
"$cli" --workspace "$workspace" pull df "$spec" >/dev/null

# The text and base as stored, and the tab to restore at each start.
row() {
    python3 - "$workspace/workspace.sqlite" "$spec" <<'PY'
import hashlib, sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
db.execute("BEGIN")  # the text and its splices (DraftText) from one snapshot
sid, content, base = db.execute("SELECT id, content, base_content FROM specs WHERE remote_id = ?", (sys.argv[2],)).fetchone()
for start, end, replacement in db.execute("SELECT splice_start, splice_end, replacement FROM draft_splices "
                                          "WHERE spec_id = ? ORDER BY id", (sid,)).fetchall():
    content = content[:start] + replacement + content[end:]
print(sid, len(content), hashlib.sha256(content).hexdigest()[:16], len(base), hashlib.sha256(base).hexdigest()[:16])
PY
}
read -r spec_row before_rest < <(row)
before="$spec_row $before_rest"
printf '[Session]\nopenSpecIds=%s\n' "$spec_row" >"$workspace/settings.ini"
curl -sf -X POST -H 'Content-Type: application/json' -d '{"kind":"delay","delayMs":1000,"times":1000000}' \
    "http://127.0.0.1:$port/_sandbox/faults" >/dev/null

passed=0 failed=0
for trial in $(seq "$trials"); do
    after_ms=${SPECDESK_START_KILL_MS:-$((700 + RANDOM % 1100))}
    "$app" --workspace "$workspace" >"$work/app-$trial.log" 2>&1 &
    pid=$!
    sleep "$(python3 -c "print($after_ms / 1000)")"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    now=$(row | tr '\n' ' ' | sed 's/ $//')
    if [[ "$now" == "$before" ]]; then
        echo "trial $trial: killed after $after_ms ms; text and base intact"
        passed=$((passed + 1))
    else
        echo "trial $trial: killed after $after_ms ms; CHANGED: was [$before], now [$now]"
        failed=$((failed + 1))
    fi
done
writes=$(curl -sf "http://127.0.0.1:$port/_sandbox/requests" | python3 -c '
import json, sys
log = json.load(sys.stdin)
log = log if isinstance(log, list) else log.get("requests", [])
print(sum(1 for r in log if r.get("method") in ("PUT", "PATCH", "POST")))')
if [[ "$writes" != 0 ]]; then
    echo "the server received $writes write(s); none were due"
    failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[[ "$failed" == 0 ]]
