#!/usr/bin/env bash
# Commands of amends-cli that only read never create or change the settings file: with an
# empty profile nothing appears under the configuration folder, and an existing
# amends.conf keeps its bytes and time stamp.
#   readonly-settings.sh AMENDS-CLI
set -uo pipefail
cli=$1
source "$(dirname "$0")/common.sh"
home=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$home" "$work"' EXIT
offscreen_profile "$home"

# 1. A fresh home: `scenarios` leaves it entirely empty.
"$cli" scenarios >/dev/null || fail "amends-cli scenarios failed"
left=$(find "$home" -mindepth 1)
[ -z "$left" ] || fail "amends-cli scenarios wrote into the home folder: $left"

# 2. Every reading command leaves the configuration folder alone.
commands=(
    "scenarios"
    "scenarios --lang en"
    "rules"
    "new --scenario duplicate-charge -o $work/x.amends --set customer.name=Ana"
    "render $work/x.amends"
    "check $work/x.amends"
    "check --recursive --format sarif $work"
    "report $work -o $work/report.html"
    "export $work/x.amends -o $work/x.txt"
    "--version"
    "--help"
)
for command in "${commands[@]}"; do
    # shellcheck disable=SC2086
    "$cli" $command >/dev/null 2>&1
    status=$?
    [ "$status" -le 1 ] || fail "amends-cli $command failed ($status)"
    [ ! -e "$XDG_CONFIG_HOME" ] || fail "amends-cli $command created $(find "$XDG_CONFIG_HOME")"
done

# 3. An existing profile is read, not rewritten.
mkdir -p "$XDG_CONFIG_HOME/Amends"
conf=$XDG_CONFIG_HOME/Amends/amends.conf
printf '[General]\nsettingsVersion=1\n\n[checks]\ndisabledRules=cliche.any\n\n[profile]\nsenderName=Dana Whitfield\ncompanyName=Northwind Energy\n' >"$conf"
touch -d '2020-01-01 00:00:00' "$conf" "$XDG_CONFIG_HOME/Amends"
before=$(stat -c '%Y %s' "$conf")$(md5sum <"$conf")
for command in "${commands[@]}"; do
    # shellcheck disable=SC2086
    "$cli" $command >/dev/null 2>&1
done
after=$(stat -c '%Y %s' "$conf")$(md5sum <"$conf")
[ "$before" = "$after" ] || fail "the settings file changed: $(cat "$conf")"
extra=$(find "$XDG_CONFIG_HOME" -mindepth 1 ! -path "$conf" ! -path "$XDG_CONFIG_HOME/Amends")
[ -z "$extra" ] || fail "new files in the configuration folder: $extra"
grep -q 'Dana Whitfield' "$work/x.amends" || fail "new did not take the sender from the profile"

[ "$failures" -eq 0 ] || exit 1
echo "readonly-settings: amends-cli reads the settings and never writes them"
