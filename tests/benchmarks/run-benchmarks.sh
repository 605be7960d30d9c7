#!/usr/bin/env bash
# Runs the benchmarks on a generated database of 1,000,000 invoices and 100,000 customers.
# Build first (./build.sh test builds the benchmarks too). Usage:
#   tests/benchmarks/run-benchmarks.sh [DATABASE_FILE]
# The file (default /tmp/disputedesk-bench.sqlite) is generated, timed, when it does not exist.
set -euo pipefail
cd "$(dirname "$0")/../.."
db="${1:-/tmp/disputedesk-bench.sqlite}"
bin=build/tests/benchmarks
generate=()
[ -s "$db" ] || generate=(--generate)
# A benchmark over its budget exits 1; the others still run, and the script exits 1 at the end.
status=0
bench() { "$@" || status=1; }
bench "$bin/bench_storage" "$db" "${generate[@]}"
if [ -x "$bin/bench_gui" ]; then
  bench env QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$bin/bench_gui" "$db"
fi
if [ -x "$bin/bench_reports" ]; then
  bench "$bin/bench_reports" "$db"
fi
if [ -x "$bin/bench_dunning" ]; then
  bench "$bin/bench_dunning" "$db"
fi
if [ -x "$bin/bench_import" ]; then
  # Its own files: a 1,000,000-row invoice CSV in /tmp, imported into a fresh database.
  bench "$bin/bench_import"
fi
if [ -x "$bin/bench_payments" ]; then
  # Its own files too: a million invoices loaded, then 100,000 payments of them imported.
  bench "$bin/bench_payments"
fi
exit "$status"
