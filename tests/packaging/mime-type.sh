#!/usr/bin/env bash
# The application/x-amends-draft type: a draft is recognised by its name (*.amends) and,
# without it, by its content ("format": "amends-draft"); other JSON is not taken for one.
#   mime-type.sh MIME-XML AMENDS-CLI
set -uo pipefail
xml=$1 cli=$2
source "$(dirname "$0")/common.sh"
for tool in update-mime-database gio; do
    command -v "$tool" >/dev/null 2>&1 || { echo "mime-type: $tool is not installed; skipped"; exit 77; }
done
[ -f /usr/share/mime/packages/freedesktop.org.xml ] || { echo "mime-type: shared-mime-info is not installed; skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data/mime/packages" "$tmp/home/config"
cp /usr/share/mime/packages/freedesktop.org.xml "$tmp/data/mime/packages/"
cp "$xml" "$tmp/data/mime/packages/amends.xml"
XDG_DATA_DIRS=$tmp/data update-mime-database "$tmp/data/mime" || fail "update-mime-database rejects the type"

HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/config "$cli" new --scenario duplicate-charge \
    --set customer.name="Maria Rivera" --set company.address="12 Harbour Road, Springfield" -o "$tmp/letter.amends" \
    || fail "amends-cli new failed"
cp "$tmp/letter.amends" "$tmp/letter-without-suffix"
printf '{\n    "format": "something-else",\n    "version": 1\n}\n' >"$tmp/other.json"

type_of() {
    HOME=$tmp/home XDG_DATA_HOME=$tmp/none XDG_DATA_DIRS=$tmp/data gio info -a standard::content-type "$1" \
        | sed -n 's/.*standard::content-type: //p'
}
for file in letter.amends letter-without-suffix; do
    type=$(type_of "$tmp/$file")
    [ "$type" = application/x-amends-draft ] || fail "$file is taken for $type"
done
type=$(type_of "$tmp/other.json")
[ "$type" != application/x-amends-draft ] || fail "other JSON is taken for a draft"

[ "$failures" -eq 0 ] || exit 1
echo "mime-type: drafts are recognised by name and by content"
