#!/usr/bin/env bash
# Runs the benchmarks on a generated database, by default of 1,000,000 invoices and 100,000
# customers. Build first (./build.sh test builds the benchmarks too). Usage:
#   tests/benchmarks/run-benchmarks.sh [--db LOCATION] [--invoices N] [--customers N]
# LOCATION is a file (default /tmp/disputedesk-bench.sqlite, or disputedesk-bench-N.sqlite for
# another number of invoices) or a team database, postgresql://user@host:port/dbname. A missing
# file, or an empty team database (created on the server when missing), is generated first, timed,
# with the size asked for (on a server: moved from the file of that size when it exists); one
# that holds data is used as it is. On a server the yardstick is psql, and the import
# benchmarks make their own databases beside it (dbname_import, ...).
set -euo pipefail
cd "$(dirname "$0")/../.."
db=""
invoices=1000000
customers=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --invoices) invoices="$2"; shift 2 ;;
    --customers) customers="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) db="$1"; shift ;;
  esac
done
file=/tmp/disputedesk-bench.sqlite
[ "$invoices" = 1000000 ] || file="/tmp/disputedesk-bench-$invoices.sqlite"
db="${db:-$file}"
# BENCH_BUILD: another build folder (a RelWithDebInfo one beside a Debug build/).
bin="${BENCH_BUILD:-build}/tests/benchmarks"
size=(--invoices "$invoices" --customers "$customers")
generate=()
server=()
case "$db" in
  # An empty team database gets the demo of the file of the same size when there is one: the
  # same data on both backends.
  postgresql://*|postgres://*)
    server=(--db "$db")
    [ -s "$file" ] && generate=(--demo-file "$file") ;;
  *) [ -s "$db" ] || generate=(--generate) ;;
esac
# A benchmark over its budget exits 1; the others still run, and the script exits 1 at the end.
status=0
bench() { "$@" || status=1; }
bench "$bin/bench_storage" "$db" "${generate[@]}" "${size[@]}"
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
  # Its own files: an invoice CSV of the size in /tmp, imported into a fresh database.
  bench "$bin/bench_import" --rows "$invoices" --customers "$customers" "${server[@]}"
fi
if [ -x "$bin/bench_payments" ]; then
  # Its own files too: the invoices loaded, then a tenth as many payments of them imported.
  bench "$bin/bench_payments" "${size[@]}" --payments "$((invoices / 10))" "${server[@]}"
fi
exit "$status"
