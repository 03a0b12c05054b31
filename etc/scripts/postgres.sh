#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: trust auth, 127.0.0.1 only, a free port, no fsync.
#
#   bash etc/scripts/postgres.sh start   # starts one (or reuses the running one) and prints an export line
#   bash etc/scripts/postgres.sh env     # prints the export line of the running cluster
#   bash etc/scripts/postgres.sh stop    # stops the cluster and deletes its files
#   bash etc/scripts/postgres.sh suspend # stops the server (fast shutdown) but keeps its files and port
#   bash etc/scripts/postgres.sh resume  # starts a suspended server again on the same port
#
#   eval "$(bash etc/scripts/postgres.sh start)"   # sets PARTYBUILDING_TEST_POSTGRES in your shell
#
# PARTYBUILDING_TEST_POSTGRES is an Npgsql connection string for the superuser 'postgres'; the tests create
# and drop their own databases on it. The cluster's state (data folder, port) is kept in PB_PG_STATE
# (default: .tmp/postgres.state in the repository), so each clone or test run can own its own cluster.
# Needs root (initdb/postgres then run as the 'postgres' user) or a non-root user who owns the cluster.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STATE=${PB_PG_STATE:-$PB_ROOT/.tmp/postgres.state}

newest_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do if [ -x "$d/initdb" ]; then echo "$d"; fi; done | sort -V | tail -n 1
}

pg_bindir() {
  local d
  d=$(newest_bindir)
  if [ -z "$d" ] || [ ! -x "$d/initdb" ]; then
    pb_apt_install postgresql >&2
    d=$(newest_bindir)
  fi
  if [ -z "$d" ] || [ ! -x "$d/initdb" ]; then pb_die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"; fi
  echo "$d"
}

# Runs a command as the cluster owner: 'postgres' when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"
    else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else "$@"; fi
}

conn_string() { echo "Host=127.0.0.1;Port=$1;Username=postgres;Database=postgres;Include Error Detail=true"; }

read_state() {
  PG_DIR='' PG_PORT='' PG_BIN=''
  [ -f "$STATE" ] || return 1
  # shellcheck disable=SC1090
  . "$STATE"
  [ -n "$PG_DIR" ] && [ -n "$PG_PORT" ] && [ -n "$PG_BIN" ]
}

running() { read_state && [ -f "$PG_DIR/data/postmaster.pid" ] && "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres; }

print_env() { echo "export PARTYBUILDING_TEST_POSTGRES='$(conn_string "$PG_PORT")'"; }

do_stop() {
  if read_state; then
    if [ -f "$PG_DIR/data/postmaster.pid" ]; then
      pb_log "stopping PostgreSQL on port $PG_PORT"
      as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    case "$PG_DIR" in
      */partybuilding-pg.*) rm -rf "$PG_DIR" ;;
      *) pb_warn "not deleting unexpected cluster folder $PG_DIR" ;;
    esac
  fi
  rm -f "$STATE"
}

do_start() {
  if running; then
    pb_log "PostgreSQL already running on 127.0.0.1:$PG_PORT ($PG_DIR)"
    print_env; return 0
  fi
  do_stop   # clear a stale state file and folder

  local bin dir port try
  bin=$(pg_bindir)
  # /tmp rather than the repository: the postgres user must be able to reach the folder.
  dir=$(mktemp -d "${PB_PG_TMP:-/tmp}/partybuilding-pg.XXXXXX")
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || pb_die "user 'postgres' not found (install the postgresql package)"
    chown postgres: "$dir"
  fi

  pb_log "initdb in $dir/data ($bin)"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 \
    || as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C \
         --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; pb_die "initdb failed"; }

  # Only TCP on 127.0.0.1; no Unix socket. Durability is traded for speed: this cluster is thrown away.
  as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<'EOF'

# --- partybuilding throwaway test cluster ---
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 300
shared_buffers = 128MB
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
checkpoint_timeout = 30min
max_wal_size = 2GB
autovacuum = off
jit = off
log_min_messages = warning
log_min_error_statement = panic
EOF
  as_owner tee "$dir/data/pg_hba.conf" >/dev/null <<'EOF'
# TYPE  DATABASE  USER  ADDRESS       METHOD
host    all       all   127.0.0.1/32  trust
EOF

  for try in 1 2 3 4 5; do
    port=$(pb_free_port)
    pb_log "starting PostgreSQL on 127.0.0.1:$port"
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -o "-p $port" -w -t 60 start >/dev/null; then
      mkdir -p "$(dirname "$STATE")"
      printf 'PG_DIR=%q\nPG_PORT=%q\nPG_BIN=%q\n' "$dir" "$port" "$bin" > "$STATE"
      break
    fi
    tail -n 20 "$dir/postgres.log" >&2 || true
    [ "$try" -eq 5 ] && { rm -rf "$dir"; pb_die "PostgreSQL did not start"; }
    pb_warn "start failed (try $try), trying another port"
  done

  local i
  for i in $(seq 1 60); do
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres && break
    [ "$i" -eq 60 ] && pb_die "PostgreSQL not ready after 30 s"
    sleep 0.5
  done
  PG_PORT=$port
  pb_log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ready: $(conn_string "$port")"
  print_env
}

# An outage for the fault tests. A fast shutdown ends every session but writes a shutdown checkpoint first: with
# synchronous_commit off, an immediate one could lose commits the clients were already told about.
do_suspend() {
  running || pb_die "no PostgreSQL cluster running (state: $STATE)"
  as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null
}

do_resume() {
  read_state || pb_die "no PostgreSQL cluster to resume (state: $STATE)"
  running && return 0
  as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -o "-p $PG_PORT" -w -t 60 start >/dev/null
}

case "${1:-}" in
  start) do_start ;;
  stop)  do_stop ;;
  suspend) do_suspend ;;
  resume)  do_resume ;;
  env)   running || pb_die "no PostgreSQL cluster running (state: $STATE); run: $0 start"; print_env ;;
  *)     echo "usage: $0 start|stop|env|suspend|resume" >&2; exit 2 ;;
esac
