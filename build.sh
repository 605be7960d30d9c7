#!/usr/bin/env bash
# The two commands of DisputeDesk:
#   ./build.sh run   builds and starts the program (default database, demo data offered)
#   ./build.sh test  builds everything (benchmarks too) and runs every test
#   ./build.sh package  builds the Debian package (build/disputedesk_VERSION_ARCH.deb)
# and, for looking deeper (not part of `test`, each takes long):
#   ./build.sh sanitize          everything with ASan + UBSan in build-sanitize/, every test under them
#   ./build.sh tsan              the import and dashboard tests with ThreadSanitizer in build-tsan/
#   ./build.sh fuzz TARGET SECS  one libFuzzer target (csv, ubl, camt) for SECS seconds (tests/fuzz)
# Both install the Debian packages they need first (sudo only when not root).
set -euo pipefail
cd "$(dirname "$0")"

packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          qt6-charts-dev libqt6opengl6-dev libgl-dev catch2 libboost-date-time-dev
          xvfb xauth poppler-utils libxml2-utils sqlite3 libsqlite3-dev libzip-dev
          help2man desktop-file-utils appstream shared-mime-info dpkg-dev file
          libqt6sql6-psql libpq-dev postgresql qtkeychain-qt6-dev)

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

# Only `fuzz` needs these (libFuzzer comes with clang's runtime libraries); run and test never do.
fuzz_packages=(clang libclang-rt-dev)

install_fuzz_packages() {
  # install_missing reads `packages`; this shadows it with the fuzzing list for that one call.
  local packages=("${fuzz_packages[@]}")
  install_missing
}

# Sanitizer reports must fail a test, and say where. Leaks are not looked for: Qt, fontconfig and
# the SQLite plugin keep caches until the process exits, and LeakSanitizer's reports of those would
# fail every GUI test without pointing at anything of ours. Set before building too, because
# catch_discover_tests runs each test program to list its tests.
sanitizer_environment() {
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_init_order=1:detect_stack_use_after_return=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  # Qt's own locks are not instrumented; tests/tsan.supp names the reports that only come from that.
  export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/tsan.supp"
  export QT_QPA_PLATFORM=offscreen
}

# build_sanitized DIR SANITIZERS [TARGET...]: a debug-info build of its own, so the normal build
# stays as it is.
build_sanitized() {
  local dir=$1 sanitizers=$2
  shift 2
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDISPUTEDESK_SANITIZE="$sanitizers"
  local targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build "$dir" --parallel "$(nproc)" "${targets[@]}"
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
  sanitize)
    install_missing
    sanitizer_environment
    build_sanitized build-sanitize address,undefined
    cd build-sanitize
    # Sanitized programs run two to five times slower: the timeout grows with them.
    ctest --output-on-failure --parallel "$(nproc)" --timeout 1800
    ;;
  tsan)
    install_missing
    sanitizer_environment
    # The two places with a second thread: the bulk import's writer (InvoiceBatchWriter, in the
    # import tests) and the Dashboard's worker.
    build_sanitized build-tsan thread test_import test_ui_dashboard
    build-tsan/tests/core/test_import
    build-tsan/tests/ui/test_ui_dashboard
    ;;
  fuzz)
    install_missing
    install_fuzz_packages
    shift
    exec tests/fuzz/run-fuzz.sh "$@"
    ;;
  *)
    echo "usage: ./build.sh run [--db FILE] | test | package | sanitize | tsan | fuzz csv|ubl|camt SECONDS" >&2
    exit 2
    ;;
esac
