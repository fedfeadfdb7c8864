#!/usr/bin/env bash
# Quick start 2: install what is missing, build, run every test suite with CTest.
# Extra arguments go to ctest (for example -R storage).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
exec ctest --preset release "$@"
