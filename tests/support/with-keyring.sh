#!/bin/sh
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring (the Secret
# Service QtKeychain talks to), so the keychain is tested for real without touching the user's.
set -eu
command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session missing (package dbus)" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring: gnome-keyring-daemon missing (package gnome-keyring)" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
  eval "$(printf "athanor-test" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null | sed "s/^/export /")"
  ATHANOR_KEYCHAIN_TEST=1 "$@"' with-keyring "$@"
