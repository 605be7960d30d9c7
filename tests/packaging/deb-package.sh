#!/usr/bin/env bash
# Builds the Debian package as `./build.sh package` does, into a folder of its own, and checks it:
# its version, dependencies read off the binaries by dpkg-shlibdeps, and its files unpacked into a
# scratch root where a desktop expects them.
#   deb-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$(cd "$1" && pwd)
version=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
  || fail "cpack: $(tail -20 "$work/cpack.log")"
deb=$(find "$work/out" -maxdepth 1 -name 'disputedesk_*.deb' | head -1)
[ -n "$deb" ] || fail "no disputedesk_*.deb in $(ls "$work/out")"
echo "built $(basename "$deb")"

[ "$(dpkg-deb -f "$deb" Package)" = disputedesk ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "version $(dpkg-deb -f "$deb" Version), expected $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Computed by dpkg-shlibdeps from what the binaries link, plus the SQLite driver plugin.
for lib in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6 libc6 libstdc++6 libqt6sql6-sqlite qt6-qpa-plugins; do
  tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//' | grep -qxF "$lib" || fail "Depends lacks $lib"
done

dpkg-deb -x "$deb" "$work/root"
"$here/check-installed-files.sh" "$work/root"
"$work/root/usr/bin/disputedesk-cli" --version | grep -qF "$version" || fail "the packaged disputedesk-cli --version"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | sort
