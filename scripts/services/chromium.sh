#!/usr/bin/env bash
# Installs Debian's chromium for the HTML report browser tests (test/report-browser), idempotently.
#   eval "$(bash scripts/services/chromium.sh)"   # sets PARAPET_TEST_CHROMIUM
# Prints nothing on stdout but one `export` line; apt's output goes to stderr.
set -euo pipefail

log() { echo "chromium.sh: $*" >&2; }
BIN=/usr/bin/chromium

if [ ! -x "$BIN" ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    log "apt-get not found: install chromium by hand for the browser tests"
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  log "installing chromium with apt-get"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >&2
fi

if [ ! -x "$BIN" ]; then
  log "chromium is still missing after apt-get install"
  exit 1
fi
log "using $("$BIN" --version 2>/dev/null || echo "$BIN")"
echo "export PARAPET_TEST_CHROMIUM=$BIN"
