#!/usr/bin/env bash
# Builds the .deb from a configured build folder, then checks that it holds the programs,
# desktop files, manual pages and completion, that lintian finds no error or warning in it, and
# that the programs it ships start. Usage: scripts/check-deb.sh BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/specdesk_*.deb)
echo "built $(basename "$deb")"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/specdesk ./usr/bin/specdesk-cli \
            ./usr/share/applications/io.specdesk.SpecDesk.desktop \
            ./usr/share/metainfo/io.specdesk.SpecDesk.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.specdesk.SpecDesk.svg \
            ./usr/share/specdesk/translations/specdesk_en.qm \
            ./usr/share/doc/specdesk/copyright ./usr/share/doc/specdesk/changelog.gz \
            ./usr/share/man/man1/specdesk.1.gz ./usr/share/man/man1/specdesk-cli.1.gz \
            ./usr/share/man/man1/specdesk-sandbox.1.gz \
            ./usr/share/bash-completion/completions/specdesk-cli \
            ./usr/share/zsh/vendor-completions/_specdesk-cli; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqscintilla2-qt6 libyaml-cpp libqt6widgets6 libqt6sql6-sqlite; do
    grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib: $depends"; exit 1; }
done

# One version everywhere: the package, the Debian changelog and the newest AppStream release.
version=$(dpkg-deb -f "$deb" Version)
changelog_version=$(dpkg-parsechangelog -l "$root/packaging/changelog" -S Version)
release_version=$(grep -m1 -o '<release version="[^"]*"' "$root/packaging/io.specdesk.SpecDesk.metainfo.xml" | cut -d'"' -f2)
[[ "$changelog_version" == "$version" ]] || { echo "packaging/changelog is at $changelog_version, the package at $version"; exit 1; }
[[ "$release_version" == "$version" ]] || { echo "the metainfo's newest release is $release_version, the package $version"; exit 1; }

# Errors and warnings fail; the hardening notes of a Debug build are only information.
lintian --fail-on error,warning "$deb" 2> >(grep -v 'root privileges' >&2) || { echo "lintian rejects the package"; exit 1; }

dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/specdesk-cli" --version
# --version and --help need no display.
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$work/root/usr/bin/specdesk" --version
"$work/root/usr/bin/specdesk-cli" validate "$root/resources/samples/"*.json

# The GUI must start and stay up, and create its workspace; `timeout` ending it (124) is success.
status=0
QT_QPA_PLATFORM=offscreen timeout 5 "$work/root/usr/bin/specdesk" --workspace "$work/ws" >/dev/null 2>&1 || status=$?
[[ $status -eq 124 ]] || { echo "the packaged specdesk exited early with status $status"; exit 1; }
[[ -f "$work/ws/workspace.sqlite" ]] || { echo "the packaged specdesk created no workspace"; exit 1; }
echo "the packaged programs start"
