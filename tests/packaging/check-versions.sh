#!/usr/bin/env bash
# One version everywhere: CMake's project version in both programs' --version, in the AppStream
# release and in the manual pages.
#   check-versions.sh STAGE_ROOT VERSION
set -euo pipefail
stage=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
fail() { echo "FAIL: $*"; exit 1; }

gui=$("$stage/usr/bin/disputedesk" --version)
[ "$gui" = "disputedesk $version" ] || fail "disputedesk --version says '$gui'"
cli=$("$stage/usr/bin/disputedesk-cli" --version)
[ "$cli" = "disputedesk-cli $version" ] || fail "disputedesk-cli --version says '$cli'"
grep -q "<release version=\"$version\"" "$stage/usr/share/metainfo/nl.disputedesk.DisputeDesk.metainfo.xml" \
  || fail "the AppStream release is not $version"
for page in disputedesk disputedesk-cli; do
  head -5 "$stage/usr/share/man/man1/$page.1" | grep -q "\"$page $version\"" || fail "the manual page of $page does not name $version"
done
echo "version $version in both programs, the AppStream release and the manual pages"
