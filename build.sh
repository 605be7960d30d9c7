#!/usr/bin/env bash
# The two commands of DisputeDesk:
#   ./build.sh run   builds and starts the program (default database, demo data offered)
#   ./build.sh test  builds everything (benchmarks too) and runs every test
#   ./build.sh package  builds the Debian package (build/disputedesk_VERSION_ARCH.deb)
# Both install the Debian packages they need first (sudo only when not root).
set -euo pipefail
cd "$(dirname "$0")"

packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          qt6-charts-dev libqt6opengl6-dev libgl-dev catch2 libboost-date-time-dev
          xvfb xauth poppler-utils libxml2-utils sqlite3 libsqlite3-dev
          help2man desktop-file-utils appstream shared-mime-info dpkg-dev file)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDISPUTEDESK_WERROR="$werror"
  cmake --build build --parallel "$(nproc)"
}

case "${1:-}" in
  run)
    install_missing
    build
    shift
    exec build/app/disputedesk "$@"
    ;;
  test)
    install_missing
    build
    cd build
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600
    ;;
  package)
    install_missing
    build
    cd build
    cpack -G DEB
    ;;
  *)
    echo "usage: ./build.sh run [--db FILE] | ./build.sh test | ./build.sh package" >&2
    exit 2
    ;;
esac
