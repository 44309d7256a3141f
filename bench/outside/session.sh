#!/usr/bin/env bash
# Runs inside `dbus-run-session` (bench/run.sh outside): a private session bus, with or without
# the accessibility bus, then the harness on every editor. Usage: session.sh on|off HARNESS ARGS...
set -euo pipefail
accessibility=$1
shift
if [[ $accessibility == on ]]; then
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    trap 'kill $launcher 2>/dev/null || true' EXIT
    # Wait until the launcher owns its name on the session bus (asking the name itself would
    # start a second launcher through D-Bus activation): Qt and GTK ask it for the bus address.
    for _ in $(seq 50); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q true && break
        sleep 0.1
    done
    export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
    unset NO_AT_BRIDGE
else
    # No accessibility bus at all; GTK is told not to look for one.
    export NO_AT_BRIDGE=1
    unset QT_LINUX_ACCESSIBILITY_ALWAYS_ON QT_ACCESSIBILITY
fi
"$@" --label "accessibility $accessibility"
