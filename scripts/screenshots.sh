#!/usr/bin/env bash
# Renders every pane of Athanor, in the light and the dark theme, into docs/screenshots/
# (<pane>.png and <pane>-dark.png, used by the README and the AppStream metainfo). It builds
# first, fills a throw-away library with the sample prompts and a few test files, and runs the
# app offscreen with ATHANOR_SCREENSHOTS (app/gui/ScreenshotTour): nothing of the user's is read
# or written.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
out=${1:-docs/screenshots}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ATHANOR_DB="$tmp/library.db" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
       XDG_CACHE_HOME="$tmp/cache" ATHANOR_KEYCHAIN=off QT_QPA_PLATFORM=offscreen LANGUAGE=en LC_ALL=C.UTF-8
build/bin/athanor-cli import resources/samples/sample-prompts.jsonl tests/data/import/prompts.jsonl \
  tests/data/import/awesome-chatgpt-prompts.csv tests/data/import/support-agent.prompty >/dev/null
ATHANOR_SCREENSHOTS="$(realpath -m "$out")" timeout 180 build/bin/athanor
