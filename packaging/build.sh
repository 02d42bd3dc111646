#!/usr/bin/env bash
# Configures and builds Amends into $AMENDS_BUILD_DIR (default: build/ in the source tree).
# Extra arguments go to CMake's configure step.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${AMENDS_BUILD_DIR:-$source_dir/build}

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${AMENDS_BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
