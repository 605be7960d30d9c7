#!/usr/bin/env bash
# Every file a desktop expects from DisputeDesk is where it looks for it, below ROOT (a DESTDIR
# staging folder or a package unpacked with dpkg -x), and the programs run.
#   check-installed-files.sh ROOT
set -euo pipefail
root=$1
id=nl.disputedesk.DisputeDesk
expected=(
  usr/bin/disputedesk
  usr/bin/disputedesk-cli
  usr/share/applications/$id.desktop
  usr/share/metainfo/$id.metainfo.xml
  usr/share/mime/packages/$id.xml
  usr/share/icons/hicolor/scalable/apps/disputedesk.svg
  usr/share/man/man1/disputedesk.1
  usr/share/man/man1/disputedesk-cli.1
  usr/share/bash-completion/completions/disputedesk-cli
  usr/share/doc/disputedesk/copyright
)
for size in 16 32 48 64 128 256; do
  expected+=(usr/share/icons/hicolor/${size}x${size}/apps/disputedesk.png)
done

missing=0
for f in "${expected[@]}"; do
  if [ ! -s "$root/$f" ]; then
    echo "missing or empty: /$f"
    missing=$((missing + 1))
  fi
done
for f in usr/bin/disputedesk usr/bin/disputedesk-cli; do
  [ -x "$root/$f" ] || { echo "not executable: /$f"; missing=$((missing + 1)); }
done
# Each PNG is as large as the folder it lies in says.
for size in 16 32 48 64 128 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/disputedesk.png
  [ -s "$png" ] || continue
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [ "$w" = "$size" ] && [ "$h" = "$size" ] || { echo "icon ${size}x${size} is ${w}x${h}"; missing=$((missing + 1)); }
done
# The desktop entry names the binary and the icon that are installed.
if [ -s "$root/usr/share/applications/$id.desktop" ]; then
  grep -qx 'Exec=disputedesk %f' "$root/usr/share/applications/$id.desktop" || { echo "Exec line is not 'disputedesk %f'"; missing=$((missing + 1)); }
  grep -qx 'Icon=disputedesk' "$root/usr/share/applications/$id.desktop" || { echo "Icon is not disputedesk"; missing=$((missing + 1)); }
fi
# No stray files outside /usr (a package must not write to /etc or /opt behind the user's back).
stray=$(cd "$root" && find . -type f ! -path './usr/*' ! -path './DEBIAN/*' | head -5)
[ -z "$stray" ] || { echo "files outside /usr: $stray"; missing=$((missing + 1)); }

if [ "$missing" -ne 0 ]; then
  echo "$missing problem(s) in the installed files below $root"
  exit 1
fi
echo "all ${#expected[@]} expected files installed below $root"
