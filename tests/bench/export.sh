#!/usr/bin/env bash
# Benchmark (not a test): one letter to PDF in process (Google Benchmark), through
# `amends-cli export`, and through `libreoffice --headless --convert-to pdf` of the same
# letter as ODT, in the same run. Prints the ratios; the goal is 20x faster or better.
#
#   tests/bench/export.sh [BUILD_DIR] [RUNS]
#
# Installs libreoffice-writer when it is missing (needs root); it is not a build or
# test dependency.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${1:-$source_dir/build/release}
runs=${2:-10}
cli="$build_dir/app/cli/amends-cli"
bench="$build_dir/tests/bench/bench_export"

if [ ! -x "$cli" ] || [ ! -x "$bench" ]; then
    echo "export.sh: build first: cmake --build $build_dir --target bench_export amends-cli" >&2
    exit 2
fi
if ! command -v soffice >/dev/null 2>&1; then
    echo "export.sh: installing libreoffice-writer for the comparison"
    sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends libreoffice-writer >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" HOME="$work" QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work"
"$cli" new --scenario duplicate-charge --lang en-GB \
    --set "customer.name=Zoë Müller" --set customer.email=zoe@example.org \
    --set "customer.address=12 Ærø Road
London NW1 6XE" --set case.reference=CASE-2026-0042 --set invoice.number=INV-77812 \
    --set amount.charged=119.80 --set amount.correct=59.90 --set amount.refund=59.90 --set currency=GBP \
    --set date.complaint=2026-11-18 --set date.letter=2026-11-19 \
    --set "sender.name=José Álvarez" --set "sender.title=Billing Team Lead" --set "sender.phone=+44 20 7946 0958" \
    --set sender.email=jose@example.com --set "company.name=Northwind Énergie" \
    --set "company.address=1 Harbour Street
Bristol BS1 4ST" -o "$work/letter.amends"
"$cli" export "$work/letter.amends" -o "$work/letter.odt"

now_ms() { date +%s%N | awk '{ printf "%.3f", $1 / 1000000 }'; }
mean_ms() { # command... ; runs it $runs times, prints the mean wall time in ms
    local start end
    start=$(now_ms)
    for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1; done
    end=$(now_ms)
    awk -v s="$start" -v e="$end" -v n="$runs" 'BEGIN { printf "%.1f", (e - s) / n }'
}

export AMENDS_BENCH_DRAFT="$work/letter.amends"
echo "== in process (Google Benchmark)"
"$bench" --benchmark_filter='BM_ExportPdf$' --benchmark_format=json --benchmark_out="$work/bench.json" \
    --benchmark_min_time=0.5 >/dev/null 2>&1
inproc=$(/usr/bin/python3 -c "import json,sys; b=json.load(open(sys.argv[1]))['benchmarks'][0]; print('%.2f' % (b['real_time']))" "$work/bench.json")
"$bench" --benchmark_min_time=0.2 2>/dev/null | grep -E '^BM_'

echo "== command line, $runs runs each"
cli_ms=$(mean_ms "$cli" export "$work/letter.amends" -o "$work/cli.pdf")
lo_ms=$(mean_ms soffice --headless --norestore --convert-to pdf --outdir "$work/lo" "$work/letter.odt")
[ -s "$work/cli.pdf" ] && [ -s "$work/lo/letter.pdf" ] || { echo "export.sh: a PDF is missing" >&2; exit 1; }

echo "amends in process:      ${inproc} ms per PDF"
echo "amends-cli export:      ${cli_ms} ms per PDF (whole process)"
echo "libreoffice --convert:  ${lo_ms} ms per PDF (whole process)"
awk -v a="$inproc" -v c="$cli_ms" -v l="$lo_ms" 'BEGIN {
    printf "ratio libreoffice / amends-cli: %.0fx\n", l / c
    printf "ratio libreoffice / in process: %.0fx\n", l / a
    printf "goal 20x: %s\n", (l / c >= 20 ? "met" : "NOT met") }'
