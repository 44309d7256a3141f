#!/usr/bin/env bash
# Refreshes translations/specdesk_de.ts from the sources: new texts are added unfinished, texts
# gone from the code are dropped, translations already made are kept. Translate the unfinished
# ones with Qt Linguist (linguist translations/specdesk_de.ts), then rebuild.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mapfile -t sources < <(find app ui models -name '*.cpp' -o -name '*.h' | grep -v '^app/sandbox/' | sort)
/usr/lib/qt6/bin/lupdate -silent -no-obsolete -disable-heuristic similartext -locations none -source-language en -target-language de \
    "${sources[@]}" -ts translations/specdesk_de.ts
