#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh machine, starts the services it talks to
# (PostgreSQL, the moto AWS emulator), then runs type checks, lint, the rule catalogue check and
# every test. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LOG_DIR="$ROOT/test-artifacts"
mkdir -p "$LOG_DIR"
step() { printf '\n== %s\n' "$*" >&2; }

step "installing npm dependencies"
# npm install rather than npm ci: the lock file cannot list an optional dependency of vite that the
# registry does not serve, which npm ci rejects; npm install honours the lock file all the same.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund >"$LOG_DIR/npm-install.log" 2>&1 || { tail -40 "$LOG_DIR/npm-install.log"; echo "0 passed, 1 failed"; exit 1; }
fi

failed_steps=0
passed_steps=0
run_step() {
  local name=$1; shift
  step "$name"
  if "$@"; then passed_steps=$((passed_steps + 1)); else echo "step failed: $name" >&2; failed_steps=$((failed_steps + 1)); fi
}

# Services: each script installs what it needs (idempotently), starts it, and prints `export` lines.
for svc in scripts/services/*.sh; do
  [ -f "$svc" ] || continue
  step "starting $(basename "$svc" .sh)"
  if out=$(bash "$svc" 2>"$LOG_DIR/$(basename "$svc" .sh).log"); then
    eval "$out"
  else
    tail -30 "$LOG_DIR/$(basename "$svc" .sh).log" >&2
    echo "service script $svc failed: the tests that need it will fail" >&2
  fi
done

run_step "typecheck" npx tsc -p tsconfig.json --noEmit
run_step "lint" npx eslint .
if [ -f scripts/check-rules.ts ]; then run_step "rule catalogue check" npx tsx scripts/check-rules.ts; fi
run_step "build" npm run build --silent

step "tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$LOG_DIR/vitest.json"
vitest_rc=$?

# Stop what the service scripts started: scripts that know --stop do it themselves; for the others
# their pid files are in the state directory they print.
for svc in scripts/services/*.sh; do
  [ -f "$svc" ] || continue
  if grep -q -- '--stop' "$svc"; then bash "$svc" --stop >/dev/null 2>&1 || true; fi
done
for pidfile in "${TMPDIR:-/tmp}"/parapet-moto/moto-*.pid; do
  [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null; rm -f "$pidfile"
done

read -r tp tf < <(node -e '
  try { const r = require(process.argv[1]); console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites || 0)); }
  catch { console.log("0 1"); }' "$LOG_DIR/vitest.json")
if [ "$vitest_rc" -ne 0 ] && [ "$tf" -eq 0 ]; then tf=1; fi
passed=$((tp + passed_steps))
failed=$((tf + failed_steps))
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
