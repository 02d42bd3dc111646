#!/usr/bin/env bash
# Every option that `amends --help`, `amends-cli --help` and each `amends-cli COMMAND
# --help` print is documented in the manual pages: amends(1) in OPTIONS, amends-cli(1)
# in the command's own subsection (the options every command takes, -h, --help and
# --version, anywhere in the page). The pages also format without groff warnings.
#   man-options.sh AMENDS AMENDS-CLI MAN-DIR
set -uo pipefail
amends=$1 cli=$2 man_dir=$3
source "$(dirname "$0")/common.sh"

# The options of a --help text: the option column of the lines that start with one.
help_options() {
    grep -E '^[[:space:]]+-' | sed -E 's/^[[:space:]]+//; s/ {2,}.*//' \
        | grep -oE '(^|[ ,])--?[A-Za-z][A-Za-z0-9-]*' | sed -E 's/^[ ,]//' | sort -u
}
# A manual page's source with escapes removed: \- is -, font changes vanish.
plain() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\f(..//g' "$1"; }
# The lines of the part of a page from ".SH|.SS NAME" up to the next heading.
part() { awk -v head="$2" '
    /^\.S[HS] / { inside = ($0 == head) ; next }
    inside { print }' <<<"$1"; }
mentions() { grep -qE -- "(^|[^A-Za-z0-9-])$1([^A-Za-z0-9-]|$)" <<<"$2"; }

amends_page=$(plain "$man_dir/amends.1")
cli_page=$(plain "$man_dir/amends-cli.1")

# amends(1)
help=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$amends" --help) || fail "amends --help failed"
options=$(help_options <<<"$help")
[ -n "$options" ] || fail "amends --help lists no options"
section=$(part "$amends_page" ".SH OPTIONS")
for option in $options; do
    mentions "$option" "$section" || fail "amends $option is not in OPTIONS of amends.1"
done
checked=$(wc -w <<<"$options")

# amends-cli(1): the global options, then every command's.
common=" -h --help --version "
help=$("$cli" --help) || fail "amends-cli --help failed"
for option in $(help_options <<<"$help"); do
    mentions "$option" "$(part "$cli_page" ".SH OPTIONS")" || fail "amends-cli $option is not in OPTIONS of amends-cli.1"
    checked=$((checked + 1))
done
commands=$(awk '/^Commands:/ { on = 1; next } /^[^ ]/ { on = 0 } on && /^  [a-z]/ { print $1 }' <<<"$help")
[ "$(wc -w <<<"$commands")" -ge 8 ] || fail "amends-cli --help lists too few commands: $commands"
for command in $commands; do
    section=$(part "$cli_page" ".SS $command")
    [ -n "$section" ] || { fail "amends-cli.1 has no subsection for $command"; continue; }
    mentions "amends-cli $command" "$(part "$cli_page" ".SH SYNOPSIS")" || fail "$command is not in the SYNOPSIS of amends-cli.1"
    command_help=$("$cli" "$command" --help) || { fail "amends-cli $command --help failed"; continue; }
    for option in $(help_options <<<"$command_help"); do
        checked=$((checked + 1))
        if [[ $common == *" $option "* ]]; then
            mentions "$option" "$cli_page" || fail "amends-cli $command $option is not in amends-cli.1"
        else
            mentions "$option" "$section" || fail "amends-cli $command $option is not in the $command subsection of amends-cli.1"
        fi
    done
done

# Both pages state their exit codes and format cleanly.
for page in amends amends-cli; do
    grep -q '^\.SH EXIT STATUS' "$man_dir/$page.1" || fail "$page.1 has no EXIT STATUS"
    if command -v man >/dev/null 2>&1 && command -v groff >/dev/null 2>&1; then
        warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$man_dir/$page.1" 2>&1 >/dev/null)
        [ -z "$warnings" ] || fail "$page.1 formats with warnings: $warnings"
    fi
done

[ "$failures" -eq 0 ] || exit 1
echo "man-options: $checked options of amends and amends-cli are all in their manual pages"
