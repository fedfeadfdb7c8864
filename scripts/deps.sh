#!/usr/bin/env bash
# Installs the Debian 12 packages Athanor builds, runs and tests with, but only those missing.
# Sourced-free: run it directly or through scripts/run.sh and scripts/test.sh.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ dpkg-dev pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins libgl-dev libsqlite3-dev
  libhnswlib-dev libyaml-cpp-dev qtkeychain-qt6-dev libsecret-1-dev
  gnome-keyring dbus postgresql xvfb xauth
  desktop-file-utils appstream shared-mime-info
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]} (scripts/deps.sh)" >&2; exit 1; }
  SUDO="sudo"
fi

echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
