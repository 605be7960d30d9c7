#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for a given time:
#   tests/fuzz/run-fuzz.sh csv|ubl|camt SECONDS [extra libFuzzer options]
# The build goes to build-fuzz/ (clang, -DDISPUTEDESK_FUZZ=ON). The seed corpus in
# tests/fuzz/corpus/<target>/ is copied into build-fuzz/fuzz/<target>/corpus, which keeps growing
# from run to run; inputs that crash, time out or run out of memory land in
# build-fuzz/fuzz/<target>/crashes/. The fuzzer runs in fork mode with crashes ignored, so one known
# crash does not end the run: the summary counts them all.
set -euo pipefail
cd "$(dirname "$0")/../.."

target=${1:-}
seconds=${2:-}
case "$target" in
  csv|ubl|camt) ;;
  *) echo "usage: tests/fuzz/run-fuzz.sh csv|ubl|camt SECONDS [libFuzzer options]" >&2; exit 2 ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "run-fuzz.sh: SECONDS must be a whole number" >&2; exit 2; }
shift 2

command -v clang++ >/dev/null || { echo "run-fuzz.sh: clang++ is missing (./build.sh fuzz installs it)" >&2; exit 1; }
if [ ! -f build-fuzz/CMakeCache.txt ]; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DDISPUTEDESK_FUZZ=ON
fi
cmake --build build-fuzz --target "fuzz_$target" --parallel "$(nproc)"

work=build-fuzz/fuzz/$target
mkdir -p "$work/corpus" "$work/crashes"
cp -n tests/fuzz/corpus/"$target"/* "$work/corpus/"
dict=tests/fuzz/xml.dict
[ "$target" = csv ] && dict=tests/fuzz/csv.dict
log=$work/run-$(date +%Y%m%d-%H%M%S).log

# Leaks are not looked for: Qt keeps its plugin and codec caches to the end of the process, which
# LeakSanitizer would report after every input. A slow input (over 10 s) counts as a finding.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
set +e
"build-fuzz/tests/fuzz/fuzz_$target" "$work/corpus" -dict="$dict" -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=2048 -max_len=65536 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -artifact_prefix="$work/crashes/" -print_final_stats=1 "$@" 2>&1 | tee "$log" | grep -E '^(#[0-9]+|INFO: fuzzed|INFO: exiting|==[0-9]+==ERROR|SUMMARY|Done)' 
set -e

execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
echo "fuzz_$target: ${execs:-0} executions in $seconds s, $(find "$work/crashes" -type f | wc -l) findings kept in $work/crashes (log: $log)"
