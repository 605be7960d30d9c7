#!/bin/sh
# A throwaway PostgreSQL 15 server for the tests that run on both backends (issue 20).
#   pg-cluster.sh start DIR [PORT]   a fresh cluster in DIR, listening on DIR/socket only
#   pg-cluster.sh stop DIR           stops it and removes DIR
#   pg-cluster.sh halt DIR           stops it at once, as a crash would, keeping its data
#   pg-cluster.sh resume DIR         starts a halted cluster again (it recovers as after a crash)
# CTest's "postgres" fixture (tests/postgres/CMakeLists.txt) runs these around the pg: tests.
#
# DIR is chosen by the caller under /tmp, not in the build tree: the server runs as the "postgres"
# user when we are root (initdb refuses root), and a root-owned build tree below /root or /work is
# not reachable by that user; the socket's path must also stay under the ~107 bytes of a Unix
# socket address, which a deep build folder may exceed.
# There is no TCP port: listen_addresses is empty, and PORT (default 5432) only names the socket
# file DIR/socket/.s.PGSQL.PORT, so two clusters in two folders never meet.
set -eu

# DD_PG_BIN points elsewhere (another installation, or a test of the message below).
PG_BIN=${DD_PG_BIN:-/usr/lib/postgresql/15/bin}
action=${1:-}
dir=${2:-}
port=${3:-5432}

if [ -z "$action" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop|halt|resume DIR [PORT]" >&2
    exit 2
fi
case $dir in
    /*) ;;
    *) echo "pg-cluster.sh: DIR must be an absolute path: $dir" >&2; exit 2 ;;
esac
for tool in initdb pg_ctl; do
    if [ ! -x "$PG_BIN/$tool" ]; then
        echo "pg-cluster.sh: $PG_BIN/$tool not found (install the Debian package postgresql-15)" >&2
        exit 1
    fi
done

# Only a folder this script made is ever removed: the marker file says it is ours.
marker="$dir/.disputedesk-test-cluster"

if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "pg-cluster.sh: running as root, but there is no 'postgres' user to run the server as" >&2
        exit 1
    fi
    as_server() { runuser -u postgres -- "$@"; }
else
    as_server() { "$@"; }
fi

stop_cluster() {
    [ -e "$dir" ] || return 0
    if [ ! -e "$marker" ]; then
        echo "pg-cluster.sh: $dir exists but is not a test cluster made by this script; not touching it" >&2
        exit 1
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
        # Immediate: the data is thrown away next, nothing needs a clean shutdown.
        as_server "$PG_BIN/pg_ctl" stop -D "$dir/data" -m immediate -w >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case $action in
start)
    # A cluster left by a killed run is stopped and removed first.
    stop_cluster
    mkdir -p "$dir"
    touch "$marker"
    mkdir "$dir/socket"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$dir"
    fi
    as_server "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || {
        echo "pg-cluster.sh: initdb failed, see $dir/initdb.log" >&2
        exit 1
    }
    # A throwaway server: speed over durability. A crash loses the data, which nobody keeps anyway.
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$dir/socket'
port = $port
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
    # Every login is trusted but one: dd_clerk must give its password, for the tests of a refused
    # login (a wrong password, none at all). pg_hba.conf is read top down, first match wins.
    { echo "local all dd_clerk scram-sha-256"; cat "$dir/data/pg_hba.conf"; } >"$dir/pg_hba.new"
    mv "$dir/pg_hba.new" "$dir/data/pg_hba.conf"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/data/pg_hba.conf"
    as_server "$PG_BIN/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 60 >/dev/null || {
        echo "pg-cluster.sh: the server did not start, see $dir/server.log" >&2
        exit 1
    }
    as_server "$PG_BIN/psql" -q -h "$dir/socket" -p "$port" -U postgres -d postgres \
        -c "CREATE ROLE dd_clerk LOGIN PASSWORD 'clerk-secret' CREATEDB" -c "CREATE DATABASE dd_clerk OWNER dd_clerk" >/dev/null || {
        echo "pg-cluster.sh: the test login could not be made, see $dir/server.log" >&2
        exit 1
    }
    ;;
stop)
    stop_cluster
    ;;
# For the tests of a server that goes away in the middle of a write (test_pg_failures): the server
# must be stopped and started as its own user, which only this script knows how to be.
halt)
    [ -e "$marker" ] || { echo "pg-cluster.sh: $dir is not a test cluster made by this script" >&2; exit 1; }
    as_server "$PG_BIN/pg_ctl" stop -D "$dir/data" -m immediate -w >/dev/null
    ;;
resume)
    [ -e "$marker" ] || { echo "pg-cluster.sh: $dir is not a test cluster made by this script" >&2; exit 1; }
    as_server "$PG_BIN/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 60 >/dev/null || {
        echo "pg-cluster.sh: the server did not start again, see $dir/server.log" >&2
        exit 1
    }
    ;;
*)
    echo "usage: $0 start|stop|halt|resume DIR [PORT]" >&2
    exit 2
    ;;
esac
