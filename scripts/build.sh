#!/usr/bin/env bash
# Configures (once) and builds the release tree in build/ incrementally.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f build/CMakeCache.txt ]]; then
  cmake --preset release
fi
cmake --build --preset release -- -j"$(nproc)"
