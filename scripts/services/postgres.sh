#!/bin/sh
# Starts a private PostgreSQL cluster for the store tests and prints the URL to use:
#   eval "$(scripts/services/postgres.sh)"     -> export PARAPET_TEST_PG_URL=postgres://...
#   scripts/services/postgres.sh --stop        -> stops the cluster and removes its directory
# Idempotent: installs PostgreSQL from Debian packages only when no server binaries are found, and
# reuses a cluster this script already started (state under $PARAPET_PG_DIR, default
# /tmp/parapet-pg). No systemd: initdb + pg_ctl as the postgres user on a free local port.
# Everything but the final export line goes to stderr.
set -eu

log() { echo "postgres.sh: $*" >&2; }

DIR="${PARAPET_PG_DIR:-/tmp/parapet-pg}"
DB="${PARAPET_PG_DB:-parapet_test}"

find_bindir() {
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"; return 0
  fi
  return 1
}

# Runs a command as the cluster owner: postgres when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

BINDIR="$(find_bindir || true)"
if [ "${1:-}" = "--stop" ]; then
  if [ -n "$BINDIR" ] && [ -f "$DIR/data/postmaster.pid" ]; then
    as_owner "$BINDIR/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$DIR"
  log "stopped and removed $DIR"
  exit 0
fi

if [ -z "$BINDIR" ]; then
  [ "$(id -u)" = 0 ] || { log "PostgreSQL is not installed and we are not root: install the postgresql package"; exit 1; }
  log "installing PostgreSQL from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql >&2
  BINDIR="$(find_bindir)"
fi
log "using $BINDIR"

if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir "$DIR" --shell /bin/sh postgres
fi

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

running() {
  [ -f "$DIR/port" ] && [ -f "$DIR/data/postmaster.pid" ] && as_owner "$BINDIR/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

if running; then
  PORT="$(cat "$DIR/port")"
  log "reusing the cluster in $DIR on port $PORT"
else
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$DIR"
  PORT="$(free_port)"
  as_owner "$BINDIR/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  # Test cluster: durability off makes it several times faster and nothing here needs to survive a crash.
  as_owner "$BINDIR/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 \
    || { cat "$DIR/server.log" >&2; exit 1; }
  echo "$PORT" >"$DIR/port"
  log "started a cluster in $DIR on port $PORT"
fi

if ! as_owner "$BINDIR/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" postgres | grep -q 1; then
  as_owner "$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB" >&2
  log "created database $DB"
fi

echo "export PARAPET_TEST_PG_URL=postgres://postgres@127.0.0.1:$PORT/$DB"
