#!/usr/bin/env bash
# Quick start: installs what is missing, builds with warnings as errors, and runs the
# whole test suite through ctest.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
export AMENDS_BUILD_TYPE=${AMENDS_BUILD_TYPE:-Debug}
build_dir=${AMENDS_BUILD_DIR:-$source_dir/build/${AMENDS_BUILD_TYPE,,}}

"$source_dir/packaging/setup.sh"
"$source_dir/packaging/build.sh" -DAMENDS_WERROR=ON -DAMENDS_BUILD_TESTS=ON
cd "$build_dir"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 300
