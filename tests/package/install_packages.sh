#!/usr/bin/env bash
# Builds the .deb and the .tar.gz from this build tree with CPack, validates the desktop entry
# and the AppStream metainfo, installs the .deb with apt-get, runs athanor-cli --version and
# starts athanor offscreen, checks the desktop knows the prompt MIME types, then removes it.
# Needs root (it installs a package): exits 77 (skipped) without it, and when an athanor package
# is installed already (not to touch the user's own).
set -euo pipefail

build=$(cd "${1:?usage: install_packages.sh BUILD_DIR}" && pwd)
[[ $(id -u) -eq 0 ]] || { echo "SKIP: installing a .deb needs root"; exit 77; }
if dpkg-query -W -f='${Status}' athanor 2>/dev/null | grep -q "install ok installed"; then
  echo "SKIP: an athanor package is installed already"; exit 77
fi

work=$(mktemp -d)
installed=0
cleanup() {
  if ((installed)); then apt-get remove -y -qq --purge athanor >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== cpack"
cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/athanor_*_amd64.deb 2>/dev/null || ls "$work"/athanor_*.deb)
tgz=$(ls "$work"/athanor-*.tar.gz)
echo "built $(basename "$deb") and $(basename "$tgz")"

echo "== the .tar.gz holds both programs and the desktop files"
listing=$(tar -tzf "$tgz")
for f in bin/athanor bin/athanor-cli share/applications/app.athanor.Athanor.desktop \
         share/metainfo/app.athanor.Athanor.metainfo.xml share/mime/packages/app.athanor.Athanor.xml \
         share/icons/hicolor/scalable/apps/app.athanor.Athanor.svg share/icons/hicolor/48x48/apps/app.athanor.Athanor.png; do
  grep -q "/$f\$" <<<"$listing" || fail "the .tar.gz lacks $f"
done

echo "== dependencies (the run-time plugins shlibdeps cannot see)"
depends=$(dpkg-deb -f "$deb" Depends)
for p in libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6 libqt6charts6 libyaml-cpp; do
  grep -q "$p" <<<"$depends" || fail "Depends lacks $p: $depends"
done

echo "== install"
apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
installed=1

echo "== validate the installed desktop entry and metainfo"
desktop-file-validate /usr/share/applications/app.athanor.Athanor.desktop
appstreamcli validate --no-net /usr/share/metainfo/app.athanor.Athanor.metainfo.xml
for t in x-dotprompt x-prompty x-prompt-yaml; do
  [[ -f /usr/share/mime/application/$t.xml ]] || fail "the MIME type application/$t is not registered"
done

echo "== run"
version=$(/usr/bin/athanor-cli --version)
grep -q "$(dpkg-deb -f "$deb" Version)" <<<"$version" || fail "athanor-cli --version said: $version"
echo "$version"
probe=$(cd "$work" && HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
        QT_QPA_PLATFORM=offscreen ATHANOR_KEYCHAIN=off ATHANOR_STARTUP_PROBE=1 ATHANOR_DB="$work/library.db" \
        timeout 60 /usr/bin/athanor 2>"$work/gui.log") || { cat "$work/gui.log"; fail "athanor did not start"; }
grep -q "startup_ms=" <<<"$probe" || fail "athanor printed: $probe"
[[ -f "$work/library.db" ]] || fail "athanor made no library"
echo "athanor started: $probe"

echo "== remove"
apt-get remove -y -qq --purge athanor >/dev/null
installed=0
[[ ! -e /usr/bin/athanor && ! -e /usr/share/applications/app.athanor.Athanor.desktop ]] || fail "files left after removal"
[[ ! -f /usr/share/mime/application/x-prompty.xml ]] || fail "the MIME type outlived the package"
echo "PASS"
