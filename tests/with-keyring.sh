#!/bin/sh
# Runs a test program in a D-Bus session of its own with an unlocked GNOME keyring in a
# throw-away home, so that the system keychain the program talks to is a real Secret
# Service and the user's own keyring is never touched. Exits 77 (skipped) when
# dbus-run-session or gnome-keyring-daemon is not installed.
#
#   tests/with-keyring.sh PROGRAM [ARGUMENT]...
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is not installed (Debian packages dbus-daemon, gnome-keyring)" >&2
        exit 77
    fi
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
# No display: the keyring must never ask for anything.
env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_RUNTIME_DIR="$home/runtime" XDG_CURRENT_DESKTOP= \
    dbus-run-session -- sh -c 'printf amends | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$@"
