#!/usr/bin/env bash
# Fuzzes Athanor's parsers with libFuzzer (docs/reliability.md): every import format, the format
# detector, the SSE and NDJSON stream readers and the FTS query sanitiser, built with clang and
# address + undefined-behaviour sanitizers in build-fuzz/.
#   scripts/fuzz.sh                    2 seconds per target (what the test suite runs)
#   scripts/fuzz.sh --seconds 60       a minute per target
#   scripts/fuzz.sh --runs 1000000     a million executions per target (the recorded runs)
#   scripts/fuzz.sh --runs 1000000 sse fts_query     only these targets
# Seeds: tests/data/import (by format) and tests/fuzz/seeds; what a run finds is kept in
# build-fuzz/corpus. A crash, hang (over 10 s for one input) or leak stops with the input saved
# in build-fuzz/artifacts/ and a non-zero exit: make it a regression test (tests/fuzz/regressions/).
set -euo pipefail
cd "$(dirname "$0")/.."
limit=(-max_total_time=2)
label="2 s"
targets=()
while (($#)); do
  case "$1" in
    --seconds) limit=(-max_total_time="$2"); label="$2 s"; shift 2 ;;
    --runs) limit=(-runs="$2"); label="$2 runs"; shift 2 ;;
    -h|--help) sed -n 2,12p "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
all=(import_text import_markdown import_csv import_json import_jsonl import_promptfoo-yaml import_prompty
     import_dotprompt import_github-prompt import_langfuse import_athanor detect sse ndjson fts_query)
((${#targets[@]})) || targets=("${all[@]}")

command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (scripts/deps.sh installs it)" >&2; exit 1; }
if [[ ! -f build-fuzz/CMakeCache.txt ]]; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DATHANOR_FUZZ=ON >/dev/null
fi
cmake --build build-fuzz >/dev/null

# The seed files of a target.
seeds() {
  local d=tests/data/import
  case "$1" in
    import_text) ls $d/*.txt ;;
    import_markdown) ls $d/*.md ;;
    import_csv) ls $d/*.csv ;;
    import_json) ls $d/*.json ;;
    import_jsonl) ls $d/*.jsonl ;;
    import_promptfoo-yaml) ls $d/*.yaml ;;
    import_prompty) ls $d/*.prompty ;;
    import_dotprompt) ls $d/*.prompt ;;
    import_github-prompt) ls $d/*.prompt.yml ;;
    import_langfuse) ls $d/*langfuse*.json ;;
    import_athanor) ls $d/*athanor*.json ;;
    detect) ls $d/* ;;
    sse) ls tests/fuzz/seeds/sse/* ;;
    ndjson) ls tests/fuzz/seeds/ndjson/* $d/*.jsonl ;;
    fts_query) ls tests/fuzz/seeds/fts/* ;;
  esac
}

mkdir -p build-fuzz/artifacts
printf '%-24s %12s %10s %8s\n' target executions exec/s result
failed=0
for t in "${targets[@]}"; do
  exe="build-fuzz/bin/fuzz_${t//-/_}"
  corpus="build-fuzz/corpus/$t"
  mkdir -p "$corpus"
  # shellcheck disable=SC2046
  cp -n $(seeds "$t") "$corpus/" 2>/dev/null || true
  log="build-fuzz/artifacts/$t.log"
  # What fuzzing found before, first: each must pass as it is.
  if compgen -G "tests/fuzz/regressions/$t/*" >/dev/null; then
    if ! "$exe" tests/fuzz/regressions/"$t"/* >"$log" 2>&1; then
      printf '%-24s %12s %10s %8s\n' "$t" - - REGRESSED; grep -E "ERROR|invariant|SUMMARY" "$log" | head -3 >&2 || true
      failed=1; continue
    fi
  fi
  # fts_query calls the system SQLite (built without frame pointers): ASan's fast unwinder reads
  # its allocation stacks as ever-new ones and keeps each, so memory grows without a leak
  # (docs/reliability.md). Its runs keep no allocation stacks; reports still show where.
  asan=${ASAN_OPTIONS:-}
  [[ $t == fts_query ]] && asan="malloc_context_size=0${asan:+:$asan}"
  if ASAN_OPTIONS="$asan" "$exe" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="build-fuzz/artifacts/$t-" "$corpus" >"$log" 2>&1; then
    result=ok
  else
    result=FAILED; failed=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  printf '%-24s %12s %10s %8s\n' "$t" "$runs" "$rate" "$result"
  if [[ $result != ok ]]; then grep -E "ERROR|invariant|SUMMARY|Test unit written|No such" "$log" | head -5 >&2 || true; fi
done
echo "fuzz: ${#targets[@]} targets, $label each"
exit $failed
