#!/usr/bin/env bash
# Quick start 1: install what is missing, build, launch Athanor on its embedded local database.
# Arguments are passed to the app (for example a prompt file to import, or --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
exec build/bin/athanor "$@"
