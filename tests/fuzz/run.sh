#!/usr/bin/env bash
# Fuzzes one target for a while: tests/fuzz/run.sh TARGET MINUTES [libFuzzer options...]
#
# TARGET is one of: draft letter pattern rulepack email dictionary. Builds the sanitized
# fuzz build (clang, AMENDS_FUZZ=ON) in build/asan unless AMENDS_FUZZ_BUILD_DIR says
# otherwise, then runs the target on a working copy of its seed corpus
# (tests/fuzz/corpus/TARGET) with its dictionary. New inputs found stay in
# build/asan/fuzz-corpus/TARGET (AMENDS_FUZZ_CORPUS_DIR/TARGET if set); crashes, timeouts and leaks are written to
# build/asan/fuzz-artifacts/TARGET/. Each one found belongs in
# tests/fuzz/regressions/TARGET/ once fixed, where ctest runs it in every build.
# The exit status is libFuzzer's: 0 when nothing was found.
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: $0 TARGET MINUTES [libFuzzer options...]" >&2
    exit 2
fi
target=$1
minutes=$2
shift 2
fuzz_dir=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$fuzz_dir/../.." && pwd)
build_dir=${AMENDS_FUZZ_BUILD_DIR:-$source_dir/build/asan}
if [ ! -d "$fuzz_dir/corpus/$target" ]; then
    echo "run.sh: no fuzz target \"$target\" (see tests/fuzz/corpus)" >&2
    exit 2
fi

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DAMENDS_FUZZ=ON -DAMENDS_HARDENING=OFF -DAMENDS_BUILD_TESTS=ON "${launcher[@]}" >/dev/null
fi
cmake --build "$build_dir" --target "fuzz_$target"

corpus=${AMENDS_FUZZ_CORPUS_DIR:-$build_dir/fuzz-corpus}/$target
artifacts=$build_dir/fuzz-artifacts/$target
mkdir -p "$corpus" "$artifacts"
cp -n "$fuzz_dir/corpus/$target"/* "$corpus"/
seconds=$((minutes * 60))
[ "$seconds" -gt 0 ] || seconds=10
# Leaks are not looked for: Qt and GMime keep process-wide caches that look like leaks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-/usr/lib/llvm-14/bin/llvm-symbolizer}
export QT_QPA_PLATFORM=offscreen
exec "$build_dir/tests/fuzz/fuzz_$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
    -dict="$fuzz_dir/dict/$target.dict" -artifact_prefix="$artifacts/" "$@" "$corpus"
