#!/usr/bin/env bash
# The bash completion for amends-cli registers itself and completes commands, options and
# option values; the zsh one is valid zsh.
#   completion.sh BASH-COMPLETION ZSH-COMPLETION AMENDS-CLI-DIR
set -uo pipefail
bash_file=$1 zsh_file=$2 cli_dir=$3
source "$(dirname "$0")/common.sh"

# complete WORD...: what bash offers for the last word, one per line.
complete_words() {
    PATH="$cli_dir:$PATH" bash -c '
        source "$1" || exit 1
        shift
        spec=$(complete -p amends-cli) || exit 1
        function=$(sed -E "s/.*-F ([^ ]+).*/\1/" <<<"$spec")
        COMP_WORDS=("$@")
        COMP_CWORD=$(($# - 1))
        COMP_LINE="$*"
        COMP_POINT=${#COMP_LINE}
        "$function" amends-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"' bash "$bash_file" "$@"
}
offers() { # offers EXPECTED WORD...
    local expected=$1
    shift
    local got
    got=$(complete_words "$@") || { fail "completing '$*' failed"; return; }
    grep -qxF -- "$expected" <<<"$got" || fail "completing '$*' does not offer $expected (got: $(echo $got))"
}

spec=$(bash -c 'source "$1" && complete -p amends-cli' bash "$bash_file") || fail "complete -p amends-cli: not registered"
[[ $spec == *"-F "*" amends-cli" ]] || fail "unexpected completion spec: $spec"

offers check amends-cli ch
offers scenarios amends-cli sc
offers --version amends-cli --v
offers --format amends-cli check --f
offers --no-spelling amends-cli check --no
offers json amends-cli check --format j
offers sarif amends-cli check --format s
offers checkstyle amends-cli check --format ch
offers --min-severity amends-cli check --min
offers warning amends-cli check --min-severity w
offers --quiet amends-cli check --q
offers --no-config amends-cli check --no-c
offers --recursive amends-cli report --rec
offers --glob amends-cli check --gl
offers html amends-cli render --format h
offers --dictionary amends-cli spell --d
letters=$(mktemp -d)
trap 'rm -rf "$letters"' EXIT
touch "$letters/letter.txt" "$letters/notes.md"
got=$(cd "$letters" && complete_words amends-cli spell --list "")
grep -qxF letter.txt <<<"$got" || fail "completing 'amends-cli spell --list ' does not offer letter.txt (got: $(echo $got))"
grep -qxF notes.md <<<"$got" && fail "completing 'amends-cli spell --list ' offers notes.md"
offers customer.name= amends-cli new --set customer.n
offers duplicate-charge amends-cli new --scenario dup
got=$(complete_words amends-cli ch)
[ "$got" = "check" ] || fail "'amends-cli ch' should offer only check, got: $got"

if command -v zsh >/dev/null 2>&1; then
    zsh -n "$zsh_file" || fail "the zsh completion is not valid zsh"
    head -n1 "$zsh_file" | grep -qx '#compdef amends-cli' || fail "the zsh completion does not start with #compdef amends-cli"
    # An interactive zsh in a pseudo-terminal: "amends-cli ch<Tab>" becomes "amends-cli check".
    screen=$(ZDOTDIR=/nonexistent zsh -f -c '
        zmodload zsh/zpty || exit 77
        zpty z zsh -f -i
        zpty -w z "PS1=\"> \"; fpath=(${1:h} \$fpath); autoload -U compinit; compinit -u -D; setopt nobeep"
        zpty -w -n z "amends-cli ch"$'"'"'\t'"'"'
        all= chunk=
        for i in {1..150}; do
            sleep 0.1
            while zpty -r -t z chunk; do all+=$chunk; done
            [[ $all == *"amends-cli check"* ]] && break
        done
        zpty -d z
        print -r -- "$all"' zsh "$(realpath "$zsh_file")")
    [[ $screen == *"amends-cli check"* ]] || fail "zsh does not complete 'amends-cli ch' to check"
fi

[ "$failures" -eq 0 ] || exit 1
echo "completion: bash completes amends-cli"
