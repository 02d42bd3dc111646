#!/usr/bin/env bash
# Benchmark (not a test): spelling about 1 MB of English letter text, whole process to
# whole process: `amends-cli spell --list --lang en-US` against `hunspell -l -d en_US`
# (the same dictionary) and `aspell list`, in the same run; then the spelling pass in
# process (Google Benchmark) and a 5 MB paste into the editor. Prints words per second
# and the ratios; the goal is amends-cli at least 5x as fast as hunspell -l.
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
corpus="$work/corpus.txt"
"$bench" --write-corpus "$corpus" 1000000
words=$(wc -w <"$corpus")
bytes=$(wc -c <"$corpus")

"$cli" spell --list --lang en-US <"$corpus" >"$work/amends.txt"
hunspell -l -d en_US <"$corpus" >"$work/hunspell.txt"
# amends-cli skips on purpose what hunspell -l checks: words inside codes holding digits
# (invoice numbers such as CBW-884120), addresses, URLs and {placeholders}.
differences=$(diff "$work/amends.txt" "$work/hunspell.txt" | grep '^[<>]' | sort | uniq -c \
    | awk '{ printf "%s%s %s (%dx)", sep, ($2 == "<" ? "amends only:" : "hunspell only:"), $3, $1; sep = "; " }' || true)
same="$(wc -l <"$work/hunspell.txt") misspelled words from hunspell -l, $(wc -l <"$work/amends.txt") from amends-cli"
[ -z "$differences" ] && same="$same, identical" || same="$same; differences: $differences"

now_ns() { date +%s%N; }
median_ms() { # command...; runs it $runs times on the corpus, prints the median wall time in ms
    local times=() start
    for _ in $(seq "$runs"); do
        start=$(now_ns)
        "$@" <"$corpus" >/dev/null 2>&1
        times+=($(( $(now_ns) - start )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END {
        m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f", m / 1e6 }'
}

echo "== whole process, ${bytes} bytes, ${words} words, median of $runs runs"
amends_ms=$(median_ms "$cli" spell --list --lang en-US)
hunspell_ms=$(median_ms hunspell -l -d en_US)
aspell_ms=$(median_ms aspell list --lang=en_US)
rate() { awk -v w="$words" -v ms="$1" 'BEGIN { printf "%.0f", w / (ms / 1000) }'; }
printf "%-34s %8s ms  %10s words/s\n" "amends-cli spell --list --lang en-US" "$amends_ms" "$(rate "$amends_ms")"
printf "%-34s %8s ms  %10s words/s\n" "hunspell -l -d en_US" "$hunspell_ms" "$(rate "$hunspell_ms")"
printf "%-34s %8s ms  %10s words/s\n" "aspell list --lang=en_US" "$aspell_ms" "$(rate "$aspell_ms")"
echo "amends and hunspell -l output: $same"
awk -v a="$amends_ms" -v h="$hunspell_ms" -v s="$aspell_ms" 'BEGIN {
    printf "ratio hunspell -l / amends-cli: %.1fx\n", h / a
    printf "ratio aspell list / amends-cli: %.2fx\n", s / a
    printf "goal 5x faster than hunspell -l: %s\n", (h / a >= 5 ? "met" : "NOT met") }'

echo "== in process (Google Benchmark, the same kind of text)"
"$bench" --benchmark_min_time=1 2>/dev/null | grep -E '^BM_'

echo "== pasting 5 MB into an editor"
"$paste" 5
