#!/usr/bin/env bash
# The sanitizer run of CI: builds Amends with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (any undefined behaviour stops the program) and libFuzzer
# (AMENDS_FUZZ=ON) into build/asan, runs the core, services and command-line test
# executables, every fuzz target's saved inputs (tests/fuzz/regressions and corpus),
# then fuzzes each target on its seed corpus. That fuzzing is reproducible: a fixed seed
# (AMENDS_FUZZ_SEED, default 1) and a fixed number of inputs per target, about half a
# minute each here, stopped early after AMENDS_FUZZ_SECONDS (default 60) on a slower machine,
# so a run explores the same inputs wherever it runs. Fuzzing for longer with random
# seeds, to find new faults, is tests/fuzz/run.sh.
# The window's tests are left to the normal build: under ASan they take longer than
# what they would add. Exit status 0 only when everything passed and no fuzz target
# found anything.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${AMENDS_ASAN_BUILD_DIR:-$source_dir/build/asan}
fuzz_seconds=${AMENDS_FUZZ_SECONDS:-60}
fuzz_seed=${AMENDS_FUZZ_SEED:-1}
started=$(date +%s)

"$source_dir/packaging/setup.sh"

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DAMENDS_FUZZ=ON -DAMENDS_HARDENING=OFF -DAMENDS_BUILD_TESTS=ON "${launcher[@]}" >/dev/null

test_programs=(core_tests checks_tests report_tests cli_tests)
fuzz_targets=(draft letter pattern rulepack email dictionary)
# Inputs tried per target: about half a minute of each on a 2-core machine.
declare -A fuzz_runs=([draft]=60000 [letter]=500 [pattern]=4000 [rulepack]=8000 [email]=8000 [dictionary]=15000)
cmake --build "$build_dir" --parallel "$(nproc)" --target amends-cli "${test_programs[@]}" \
    "${fuzz_targets[@]/#/fuzz_}"
built=$(date +%s)

# Leaks are not looked for: Qt, GMime and Hunspell keep process-wide caches.
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-/usr/lib/llvm-14/bin/llvm-symbolizer}
export QT_QPA_PLATFORM=offscreen
export AMENDS_CLI=$build_dir/app/cli/amends-cli
failed=()
# Left to the normal build, which runs them anyway: two tests that train on, or check,
# the whole labelled corpus (the tests on a small made-up corpus take the same code
# paths here), and three that check every rule example and scenario letter of every
# language again through the compiled or indexed rules (two and a half minutes here,
# where the tests that read a damaged compiled form and scan generated patterns stay).
declare -A test_filters=(
    [core_tests]=-SentenceModel_Training.TrainingAgainGivesTheShippedWeights:Checker_SentenceModel.TheShippedModelFindsWhatTheRulesMissInItsCorpus:RuleSet_CompiledForm.ReadBackChecksEveryExampleAndScenarioLetterAsCompiling:RuleSet_CompiledForm.TheProgramsEmbeddedFormIsUsedForTheBuiltInPacksAlone:PatternIndex_Scan.FindsWhatTryingEveryRuleAtEveryWordFindsInEveryExampleAndTemplate
)
for program in "${test_programs[@]}"; do
    echo "sanitize: $program"
    if ! (cd "$build_dir/tests" && "./$program" --gtest_brief=1 --gtest_filter="${test_filters[$program]:-*}"); then
        failed+=("$program")
    fi
done
echo "sanitize: fuzz regressions"
(cd "$build_dir" && ctest --output-on-failure -R '^Fuzz\.') || failed+=(fuzz-regressions)
tested=$(date +%s)

# A fresh copy of the seed corpus each time, kept apart from tests/fuzz/run.sh's.
rm -rf "$build_dir/fuzz-corpus-ci"
for target in "${fuzz_targets[@]}"; do
    echo "sanitize: fuzzing $target: ${fuzz_runs[$target]} inputs from seed $fuzz_seed"
    log=$build_dir/fuzz-$target.log
    if AMENDS_FUZZ_BUILD_DIR=$build_dir AMENDS_FUZZ_CORPUS_DIR=$build_dir/fuzz-corpus-ci \
        "$source_dir/tests/fuzz/run.sh" "$target" 0 \
        -seed="$fuzz_seed" -runs="${fuzz_runs[$target]}" -max_total_time="$fuzz_seconds" >"$log" 2>&1; then
        grep -E '^stat::number_of_executed_units|^#[0-9]+ +DONE' "$log" | tail -2 || true
    else
        tail -40 "$log"
        failed+=("fuzz_$target")
    fi
done
finished=$(date +%s)

echo "sanitize: build $((built - started)) s, tests $((tested - built)) s, fuzzing $((finished - tested)) s," \
     "in all $((finished - started)) s"
if [ ${#failed[@]} -gt 0 ]; then
    echo "sanitize: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "sanitize: all passed"
