#!/usr/bin/env bash
# Installs whatever Debian packages from packaging/debian-packages.txt (or the lists given as
# arguments, e.g. packaging/bench-packages.txt) are missing.
# Runs apt-get as root, or through sudo; does nothing when all are present.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lists=("$@")
[[ ${#lists[@]} -eq 0 ]] && lists=("$root/packaging/debian-packages.txt")
mapfile -t wanted < <(cat "${lists[@]}" | grep -Ev '^\s*(#|$)')

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install packages" >&2; exit 2; }
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
