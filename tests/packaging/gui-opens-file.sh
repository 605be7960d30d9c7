#!/usr/bin/env bash
# `disputedesk FILE`, as the desktop entry (Exec=disputedesk %f) and a file manager's double click
# start it, opens FILE, not the default database; a second file is refused.
#   gui-opens-file.sh PATH_TO_disputedesk PATH_TO_disputedesk-cli
set -euo pipefail
gui=$1
cli=$2
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
# A home of its own: no settings, no database used last, no default database yet.
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
settings=$XDG_CONFIG_HOME/disputedesk/disputedesk.conf

fail() { echo "FAIL: $*"; exit 1; }

# Two files, or --db and a file: refused with the usage, exit 2.
set +e
"$gui" "$work/a.sqlite" "$work/b.sqlite" 2>"$work/err"; rc=$?
set -e
[ $rc -eq 2 ] || fail "two files: exit $rc, expected 2"
grep -q 'unexpected argument' "$work/err" || fail "two files: no message: $(cat "$work/err")"
set +e
"$gui" --db "$work/a.sqlite" "$work/b.sqlite" 2>"$work/err"; rc=$?
set -e
[ $rc -eq 2 ] || fail "--db and a file: exit $rc, expected 2"
[ ! -e "$work/a.sqlite" ] && [ ! -e "$work/b.sqlite" ] || fail "a refused command line created a file"

# An existing database with a space in its name, as a file manager passes it.
db="$work/Books of 2026.sqlite"
"$cli" demo --db "$db" --customers 3 --invoices 5 >/dev/null
"$gui" "$db" >"$work/gui.log" 2>&1 &
pid=$!
for _ in $(seq 1 150); do
  grep -qF "$db" "$settings" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || fail "disputedesk ended: $(cat "$work/gui.log")"
  sleep 0.2
done
grep -qxF "last=$db" "$settings" 2>/dev/null || fail "the settings do not name $db as opened: $(cat "$settings" 2>/dev/null)"
# It opened that file: no default database was made instead.
found=$(find "$XDG_DATA_HOME" -name '*.sqlite' 2>/dev/null | head -1 || true)
[ -z "$found" ] || fail "a default database was created: $found"
kill -0 "$pid" 2>/dev/null || fail "disputedesk did not keep running"
echo "disputedesk FILE opened $db"
