#!/usr/bin/env bash
# Starts moto's AWS emulator for the live-source tests and benchmarks.
#   eval "$(bash scripts/services/moto.sh)"   # sets PARAPET_TEST_MOTO_URL
# Installs the pinned moto[server] if it is missing (idempotent), starts `moto_server` in the
# background on a free loopback port, waits until it answers, and prints one `export` line on
# stdout. Everything else goes to stderr. The server's pid is in $PARAPET_MOTO_DIR/moto-PORT.pid.
set -euo pipefail

MOTO_VERSION="${PARAPET_MOTO_VERSION:-5.2.1}"
STATE_DIR="${PARAPET_MOTO_DIR:-${TMPDIR:-/tmp}/parapet-moto}"
mkdir -p "$STATE_DIR"

log() { echo "moto.sh: $*" >&2; }

PY="$(command -v python3 || command -v python || true)"
if [ -z "$PY" ]; then
  log "python3 is required (apt-get install python3 python3-pip)"
  exit 2
fi

installed="$("$PY" -c 'import importlib.metadata as m; print(m.version("moto"))' 2>/dev/null || true)"
if [ "$installed" != "$MOTO_VERSION" ] || ! "$PY" -c 'import flask, flask_cors' 2>/dev/null; then
  log "installing moto[server]==$MOTO_VERSION (found: ${installed:-none})"
  "$PY" -m pip install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION" >&2
fi

PORT="${PARAPET_MOTO_PORT:-}"
if [ -z "$PORT" ]; then
  PORT="$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
fi

URL="http://127.0.0.1:$PORT"
LOG="$STATE_DIR/moto-$PORT.log"
PIDFILE="$STATE_DIR/moto-$PORT.pid"

if ! curl -fsS -o /dev/null "$URL/moto-api/" 2>/dev/null; then
  # No built-in AMIs (and their thousands of snapshots): tests plant their own resources.
  # A dummy credential and region so boto internals never look for real ones.
  MOTO_EC2_LOAD_DEFAULT_AMIS="${MOTO_EC2_LOAD_DEFAULT_AMIS:-false}" \
    AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-1 \
    nohup "$PY" -m moto.server -H 127.0.0.1 -p "$PORT" >"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
  log "started moto_server $MOTO_VERSION on $URL (pid $(cat "$PIDFILE"), log $LOG)"
  for _ in $(seq 1 150); do
    if curl -fsS -o /dev/null "$URL/moto-api/" 2>/dev/null; then break; fi
    if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
      log "moto_server exited; last log lines:"
      tail -n 20 "$LOG" >&2
      exit 1
    fi
    sleep 0.2
  done
  if ! curl -fsS -o /dev/null "$URL/moto-api/" 2>/dev/null; then
    log "moto_server did not answer on $URL within 30 s"
    exit 1
  fi
else
  log "reusing moto_server already answering on $URL"
fi

echo "export PARAPET_TEST_MOTO_URL=$URL"
