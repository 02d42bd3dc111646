#!/usr/bin/env bash
# Benchmark (not a test): the checker in process (Google Benchmark: one 500-word letter,
# throughput on 1 MB and 5 MB), then whole process to whole process on the same 1 MB
# text: `amends-cli check` against GNU diction, GNU style and write-good. Prints the
# ratios; the goal is amends-cli at least 10 times faster than diction. Last, a folder
# of short letters with misspellings, as a team lead checks it (JSON adds corrections).
#
#   tests/bench/check.sh [BUILD_DIR] [RUNS]
#
# Installs diction (GNU diction and style) and write-good (npm, into a cache folder)
# when they are missing; neither is a build or test dependency.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${1:-$source_dir/build/release}
runs=${2:-5}
cli="$build_dir/app/cli/amends-cli"
bench="$build_dir/tests/bench/bench_check"
cache=${XDG_CACHE_HOME:-$HOME/.cache}/amends-bench

if [ ! -x "$cli" ] || [ ! -x "$bench" ]; then
    echo "check.sh: build first: cmake --build $build_dir --target bench_check amends-cli" >&2
    exit 2
fi
sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
if ! command -v diction >/dev/null 2>&1; then
    echo "check.sh: installing diction for the comparison"
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends diction >/dev/null
fi
if [ ! -x "$cache/node_modules/.bin/write-good" ]; then
    echo "check.sh: installing write-good into $cache"
    mkdir -p "$cache" && npm install --silent --prefix "$cache" write-good >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bench" --write-text "$work/letters.txt" 1048576
head -c 2600 "$work/letters.txt" | tail -c 2400 > "$work/letter-400-words.txt"

# Best and median wall-clock time of RUNS runs, in seconds: "BEST MEDIAN".
timed() {
    local all=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s.%N)
        all+=("$(echo "$end $start" | awk '{ print $1 - $2 }')")
    done
    printf '%s\n' "${all[@]}" | sort -g | awk '{ t[NR] = $1 }
        END { print t[1], (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

best() { timed "$@" | cut -d' ' -f1; }

echo "== In process (Google Benchmark)"
"$bench" --benchmark_min_time=0.5 2>/dev/null | grep -E '^BM_|^Benchmark'

echo
echo "== Whole process, 1 MB of letters ($(wc -w < "$work/letters.txt") words), best of $runs"
read -r amends amends_median < <(timed "$cli" check --lang en-US "$work/letters.txt")
amends_json=$(best "$cli" check --format json --lang en-US "$work/letters.txt")
amends_nospell=$(best "$cli" check --no-spelling --lang en-US "$work/letters.txt")
read -r diction_t diction_median < <(timed diction -s "$work/letters.txt")
style_t=$(best style "$work/letters.txt")
writegood_t=$(best "$cache/node_modules/.bin/write-good" "$work/letters.txt")
writegood_letter=$(best "$cache/node_modules/.bin/write-good" "$work/letter-400-words.txt")
amends_letter=$(best "$cli" check --lang en-US "$work/letter-400-words.txt")
printf '%-34s %8.3f s\n' "amends-cli check" "$amends" "amends-cli check --format json" "$amends_json" \
    "amends-cli check --no-spelling" "$amends_nospell" \
    "GNU diction -s" "$diction_t" "GNU style" "$style_t" "write-good" "$writegood_t"
awk -v a="$amends" -v d="$diction_t" -v am="$amends_median" -v dm="$diction_median" -v s="$style_t" -v w="$writegood_t" 'BEGIN {
    printf "medians: amends-cli check %.3f s, GNU diction -s %.3f s\n", am, dm
    printf "ratio diction / amends-cli:    %6.1fx best to best, %.1fx median to median (goal: at least 10x)\n", d / a, dm / am
    printf "ratio style / amends-cli:      %6.1fx\n", s / a
    printf "ratio write-good / amends-cli: %6.1fx\n", w / a
    printf "amends-cli throughput:         %6.1f MB/s\n", 1 / a
}'
echo
echo "== Whole process, one 400-word letter, best of $runs"
printf '%-34s %8.3f s\n' "amends-cli check" "$amends_letter" "write-good" "$writegood_letter"

mkdir "$work/folder"
"$bench" --write-folder "$work/folder" 200
echo
echo "== Whole process, a folder of 200 short letters with two slips each (the same slips recur), best of $runs"
printf '%-34s %8.3f s\n' "amends-cli check" "$(best "$cli" check --lang en-US "$work/folder")" \
    "amends-cli check --format json" "$(best "$cli" check --format json --lang en-US "$work/folder")" \
    "amends-cli report" "$(best "$cli" report --lang en-US -o "$work/report.html" "$work/folder")"
# One of its letters with four more slips: six distinct misspellings, whose corrections
# are worked out on both cores.
sed -e 's/mistake/mistkae/; s/happening/hapenning/; s/questions/questoins/; s/manual/manaul/' \
    "$work/folder/letter-000.txt" > "$work/letter-six-slips.txt"
printf '%-34s %8.3f s\n' "one letter, six slips, json" "$(best "$cli" check --format json --lang en-US "$work/letter-six-slips.txt")"
