#!/usr/bin/env bash
# Benchmark (not a test): spelling about 1 MB of English letter text, whole process to
# whole process: `amends-cli spell --list --lang en-US` against `hunspell -l -d en_US`
# (the same dictionary) and `aspell list`, in the same run, with the text laid out one
# paragraph a line and one sentence a line; then the spelling pass in process (Google
# Benchmark) and a 5 MB paste into the editor. Prints words per second and the ratios;
# the goal is amends-cli at least 5x as fast as hunspell -l in both layouts.
#
#   tests/bench/spelling.sh [BUILD_DIR] [RUNS]
#
# BUILD_DIR defaults to build/release and is configured (Release) and built when the
# programs are missing. Installs hunspell, hunspell-en-us, aspell and aspell-en when
# missing (needs root); aspell is no build or test dependency.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${1:-$source_dir/build/release}
runs=${2:-10}
cli="$build_dir/app/cli/amends-cli"
bench="$build_dir/tests/bench/bench_spelling"
paste="$build_dir/tests/bench/bench_paste"

if [ ! -x "$cli" ] || [ ! -x "$bench" ] || [ ! -x "$paste" ]; then
    echo "spelling.sh: building amends-cli, bench_spelling and bench_paste in $build_dir"
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    cmake --build "$build_dir" --target amends-cli bench_spelling bench_paste
fi
missing=()
command -v hunspell >/dev/null 2>&1 || missing+=(hunspell)
[ -f /usr/share/hunspell/en_US.dic ] || missing+=(hunspell-en-us)
command -v aspell >/dev/null 2>&1 || missing+=(aspell)
[ -n "$(find /usr/lib/aspell* /var/lib/aspell -name 'en_US*' 2>/dev/null | head -n 1)" ] || missing+=(aspell-en)
if [ ${#missing[@]} -gt 0 ]; then
    echo "spelling.sh: installing ${missing[*]} for the comparison"
    sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A clean profile: no personal dictionary, no DICPATH; every program finds the
# system's en_US.
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
unset DICPATH
"$bench" --write-corpus "$work/paragraph.txt" 1000000
# hunspell -l slows down on long lines, so the same text is also timed one sentence a line.
sed 's/\([.?!]\) /\1\n/g' "$work/paragraph.txt" >"$work/sentence.txt"

now_ns() { date +%s%N; }
median_ms() { # file command...; runs the command $runs times on the file, prints the median wall time in ms
    local input=$1 times=() start
    shift
    for _ in $(seq "$runs"); do
        start=$(now_ns)
        "$@" <"$input" >/dev/null 2>&1
        times+=($(( $(now_ns) - start )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END {
        m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f", m / 1e6 }'
}

worst=""
for layout in paragraph sentence; do
    corpus="$work/$layout.txt"
    words=$(wc -w <"$corpus")
    bytes=$(wc -c <"$corpus")
    "$cli" spell --list --lang en-US <"$corpus" >"$work/amends.txt"
    hunspell -l -d en_US <"$corpus" >"$work/hunspell.txt"
    # amends-cli skips on purpose what hunspell -l checks: words inside codes holding
    # digits (invoice numbers such as CBW-884120), addresses, URLs and {placeholders}.
    differences=$(diff "$work/amends.txt" "$work/hunspell.txt" | grep '^[<>]' | sort | uniq -c \
        | awk '{ printf "%s%s %s (%dx)", sep, ($2 == "<" ? "amends only:" : "hunspell only:"), $3, $1; sep = "; " }' || true)
    same="$(wc -l <"$work/hunspell.txt") misspelled words from hunspell -l, $(wc -l <"$work/amends.txt") from amends-cli"
    [ -z "$differences" ] && same="$same, identical" || same="$same; differences: $differences"

    echo "== whole process, one $layout a line: $bytes bytes, $words words, median of $runs runs"
    amends_ms=$(median_ms "$corpus" "$cli" spell --list --lang en-US)
    hunspell_ms=$(median_ms "$corpus" hunspell -l -d en_US)
    aspell_ms=$(median_ms "$corpus" aspell list --lang=en_US)
    rate() { awk -v w="$words" -v ms="$1" 'BEGIN { printf "%.0f", w / (ms / 1000) }'; }
    printf "%-38s %8s ms %10s words/s\n" "amends-cli spell --list --lang en-US" "$amends_ms" "$(rate "$amends_ms")"
    printf "%-38s %8s ms %10s words/s\n" "hunspell -l -d en_US" "$hunspell_ms" "$(rate "$hunspell_ms")"
    printf "%-38s %8s ms %10s words/s\n" "aspell list --lang=en_US" "$aspell_ms" "$(rate "$aspell_ms")"
    echo "output: $same"
    ratio=$(awk -v a="$amends_ms" -v h="$hunspell_ms" 'BEGIN { printf "%.1f", h / a }')
    awk -v a="$amends_ms" -v s="$aspell_ms" -v r="$ratio" 'BEGIN {
        printf "ratio hunspell -l / amends-cli: %sx\n", r
        printf "ratio aspell list / amends-cli: %.2fx\n", s / a }'
    worst=$(awk -v w="$worst" -v r="$ratio" 'BEGIN { print (w == "" || r < w) ? r : w }')
done
awk -v r="$worst" 'BEGIN { printf "goal 5x as fast as hunspell -l: %s (worst ratio %sx)\n", (r >= 5 ? "met" : "NOT met"), r }'

echo "== in process (Google Benchmark, the same kind of text)"
"$bench" --benchmark_min_time=1 2>/dev/null | grep -E '^BM_'

echo "== pasting 5 MB into an editor"
"$paste" 5
