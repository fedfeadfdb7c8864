#!/usr/bin/env bash
# Builds Athanor with AddressSanitizer and UndefinedBehaviorSanitizer (the `asan` preset, in
# build-asan/) and runs the test suite under them (docs/reliability.md).
#   scripts/asan.sh                 build, then every suite
#   scripts/asan.sh -R 'core|cli'   extra arguments go to ctest (here: only some suites)
#   ATHANOR_ASAN_JOBS=1 scripts/asan.sh     compile with one job (leaves a core free)
# The fuzz and package tests are left out: fuzz.short has its own sanitized clang tree
# (scripts/fuzz.sh) and package.install tests the release packages.
# Any report stops its test (abort_on_error, halt_on_error) with the report in ctest's output;
# leaks are checked too (LeakSanitizer, at each test's exit).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
if [[ ! -f build-asan/CMakeCache.txt ]]; then
  cmake --preset asan
fi
cmake --build --preset asan -- -j"${ATHANOR_ASAN_JOBS:-$(nproc)}"
exec ctest --preset asan -E '^(fuzz|package)\.' "$@"
