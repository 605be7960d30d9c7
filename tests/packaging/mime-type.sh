#!/usr/bin/env bash
# The installed MIME type makes a file manager offer DisputeDesk for its databases, by content
# (the SQLite application id "DDsk", whatever the extension) and by the .disputedesk extension,
# while another program's SQLite file stays a plain SQLite database.
#   mime-type.sh STAGE_ROOT MIME_PROBE DISPUTEDESK_CLI
set -euo pipefail
stage=$1
probe=$2
cli=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# The system's MIME database plus ours, compiled as the package's trigger compiles it.
mkdir -p "$work/share/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$work/share/mime/packages/"
cp "$stage/usr/share/mime/packages/nl.disputedesk.DisputeDesk.xml" "$work/share/mime/packages/"
XDG_DATA_DIRS=$work/share update-mime-database "$work/share/mime" 2>"$work/update.log" || fail "update-mime-database: $(cat "$work/update.log")"
[ ! -s "$work/update.log" ] || fail "update-mime-database complained: $(cat "$work/update.log")"

"$cli" demo --db "$work/books.sqlite" --customers 2 --invoices 2 >/dev/null
cp "$work/books.sqlite" "$work/renamed.db"
sqlite3 "$work/other.sqlite" "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
cp "$work/books.sqlite" "$work/books.disputedesk"

export XDG_DATA_DIRS=$work/share XDG_DATA_HOME=$work/nothing
mapfile -t types < <("$probe" "$work/books.sqlite" "$work/renamed.db" "$work/other.sqlite" "$work/books.disputedesk")
[ "${types[0]}" = application/x-disputedesk ] || fail "books.sqlite is ${types[0]}"
[ "${types[1]}" = application/x-disputedesk ] || fail "renamed.db is ${types[1]}"
[ "${types[2]}" = application/vnd.sqlite3 ] || fail "another program's SQLite file is ${types[2]}"
[ "${types[3]}" = application/x-disputedesk ] || fail "books.disputedesk is ${types[3]}"
echo "DisputeDesk databases are application/x-disputedesk; other SQLite files are not"
