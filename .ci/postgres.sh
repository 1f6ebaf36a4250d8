#!/usr/bin/env bash
# Sourced by .ci/run: a throwaway PostgreSQL cluster for the store tests.
# Installs PostgreSQL (Debian's, 15 on bookworm) when missing, starts a cluster in a temporary
# data directory on 127.0.0.1 and a free port, creates a database, exports MARSAD_TEST_PG and
# registers stop_postgres (also run on exit).
#
# For a benchmark that must outlive the shell: MARSAD_PG_KEEP=/tmp/some-dir (and optionally
# MARSAD_PG_PORT) keeps the data directory there, reuses it when it already holds a cluster,
# tunes the server for bulk loads (no fsync, minimal WAL, rare checkpoints) and does not stop it
# on exit; stop it with `pg_ctl -D DIR -m fast stop` (as the postgres user when root).

start_postgres() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bindir" ]; then
    if [ "$(id -u)" -eq 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || {
          echo "postgres.sh: cannot install PostgreSQL; the PostgreSQL tests will be skipped" >&2; return 0; }
      bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    else
      echo "postgres.sh: PostgreSQL is not installed and we are not root; skipping" >&2; return 0
    fi
  fi
  local run_as=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql postgres
    run_as=(runuser -u postgres --)
  fi
  PG_PORT=${MARSAD_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  local keep=${MARSAD_PG_KEEP:-} extra=""
  if [ -n "$keep" ]; then
    PG_DATA=$keep
    mkdir -p "$PG_DATA"
    extra="-c wal_level=minimal -c max_wal_senders=0 -c full_page_writes=off -c max_wal_size=16GB"
    extra="$extra -c checkpoint_timeout=1h -c shared_buffers=2GB -c maintenance_work_mem=512MB"
    extra="$extra -c gin_pending_list_limit=16MB"
  else
    PG_DATA=$(mktemp -d /tmp/marsad-pg.XXXXXX)
  fi
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DATA"
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    "${run_as[@]}" "$bindir/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null || {
      echo "postgres.sh: initdb failed" >&2; return 0; }
  fi
  "${run_as[@]}" "$bindir/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DATA -c fsync=off -c synchronous_commit=off $extra" \
    start >/dev/null || {
    echo "postgres.sh: the server did not start:" >&2; tail -5 "$PG_DATA/log" >&2; return 0; }
  "${run_as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres marsad_test 2>/dev/null || true
  PG_BINDIR=$bindir
  export MARSAD_TEST_PG="postgresql://postgres@127.0.0.1:$PG_PORT/marsad_test"
  echo "postgres.sh: PostgreSQL at $MARSAD_TEST_PG"
  if [ -z "$keep" ]; then
    trap stop_postgres EXIT
  else
    unset PG_DATA  # kept: stop_postgres leaves it alone
  fi
}

stop_postgres() {
  [ -n "${PG_DATA:-}" ] || return 0
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$PG_BINDIR/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1
  else
    "$PG_BINDIR/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1
  fi
  rm -rf "$PG_DATA"
  unset PG_DATA MARSAD_TEST_PG
}

start_postgres
