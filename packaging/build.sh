#!/usr/bin/env bash
# Configures and builds Amends into $AMENDS_BUILD_DIR (default: build/<build type> in the
# source tree, so the application and the test build do not rebuild each other).
# Extra arguments go to CMake's configure step.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_type=${AMENDS_BUILD_TYPE:-RelWithDebInfo}
build_dir=${AMENDS_BUILD_DIR:-$source_dir/build/${build_type,,}}

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
