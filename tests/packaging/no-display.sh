#!/usr/bin/env bash
# amends without a display: --help and --version work, anything else says why and exits
# with status 3 (2 for bad usage) instead of aborting.
#   no-display.sh AMENDS
set -uo pipefail
amends=$1
source "$(dirname "$0")/common.sh"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run
mkdir -m 700 "$XDG_RUNTIME_DIR"

# run EXPECTED-STATUS NAME COMMAND...: stdout in $out, stderr in $err
run() {
    local expected=$1 name=$2
    shift 2
    out=$("$@" 2>"$home/err")
    local status=$?
    err=$(cat "$home/err")
    [ "$status" -eq "$expected" ] || fail "$name: exit status $status, expected $expected (stderr: $err)"
}

for option in --help -h; do
    run 0 "amends $option" "$amends" "$option"
    grep -q -- '--screenshot' <<<"$out" || fail "amends $option does not print the options"
    grep -q '^Usage:' <<<"$out" || fail "amends $option does not print the usage"
done
for option in --version -v; do
    run 0 "amends $option" "$amends" "$option"
    grep -qE '^amends [0-9]+\.[0-9]+' <<<"$out" || fail "amends $option printed: $out"
done

run 3 "amends with no display" "$amends"
grep -q 'no display' <<<"$err" || fail "amends with no display does not say why: $err"

# A display that is named but cannot be opened, and a platform that does not exist: the
# reason and status 3, never an abort (134) or a crash.
for display in :97 :98; do
    [ -e "/tmp/.X11-unix/X${display#:}" ] && continue
    run 3 "amends with DISPLAY=$display (no server)" env DISPLAY=$display "$amends"
    grep -q 'could not start' <<<"$err" || fail "DISPLAY=$display: no reason given: $err"
    break
done
run 3 "amends with QT_QPA_PLATFORM=no-such-platform" env QT_QPA_PLATFORM=no-such-platform "$amends"
grep -q 'could not start' <<<"$err" || fail "unknown platform: no reason given: $err"

run 2 "amends --no-such-option" env QT_QPA_PLATFORM=offscreen "$amends" --no-such-option
grep -q 'no-such-option' <<<"$err" || fail "bad usage is not explained: $err"

[ "$failures" -eq 0 ] || exit 1
echo "no-display: amends behaves without a display"
