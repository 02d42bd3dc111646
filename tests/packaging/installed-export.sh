#!/usr/bin/env bash
# Installed, Amends finds what it opens at run time: `cmake --install` into an empty prefix
# (any prefix, as a package moves it), then the installed amends-cli exports a letter as an
# email and as a follow-up reminder, which its helper amends-cli-export builds with the
# amends-mailformats module found beside the installed programs.
#   installed-export.sh BUILD_DIR
set -uo pipefail
build=$1
source "$(dirname "$0")/common.sh"
prefix=$(mktemp -d)
home=$(mktemp -d)
trap 'rm -rf "$prefix" "$home"' EXIT
offscreen_profile "$home"

cmake --install "$build" --prefix "$prefix/usr" >/dev/null || { fail "cmake --install"; exit 1; }
# Moved after installing, as a package's files are: nothing may point back at the prefix
# given above, nor at the build tree.
mv "$prefix/usr" "$prefix/moved"
cli=$prefix/moved/bin/amends-cli
[ -x "$cli" ] || { fail "no installed amends-cli"; exit 1; }
module=$(find "$prefix/moved" -name amends-mailformats.so)
[ -n "$module" ] || fail "the mail module is not installed"

"$cli" new --scenario duplicate-charge -o "$home/x.amends" --set customer.email=ana@example.org \
    --set sender.email=billing@example.com >/dev/null ||
    fail "amends-cli new failed"
"$cli" export "$home/x.amends" --force -o "$home/x.eml" >"$home/eml.log" 2>&1 || fail "export to .eml failed: $(cat "$home/eml.log")"
grep -q '^To: .*ana@example.org' "$home/x.eml" 2>/dev/null || fail "the email has no To: header for the customer"
"$cli" export "$home/x.amends" --force -o "$home/x.ics" >"$home/ics.log" 2>&1 || fail "export to .ics failed: $(cat "$home/ics.log")"
grep -q '^BEGIN:VCALENDAR' "$home/x.ics" 2>/dev/null || fail "the reminder is not an iCalendar file"

[ "$failures" -eq 0 ] || exit 1
echo "installed export: email and reminder built by the installed module"
