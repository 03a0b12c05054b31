#!/usr/bin/env bash
# Runs every test of PartyBuilding on this machine, from a clean checkout:
#   1. installs what is missing (Debian: postgresql, chromium, fonts-wqy-microhei, curl, wrk)
#   2. starts a throwaway PostgreSQL and exports PARTYBUILDING_TEST_POSTGRES (unless already set)
#   3. dotnet test PartyBuilding.sln (Release), a scan of its logs for clear ID numbers, then every benchmark once
#      at a tiny scale
#   4. npm ci and the Angular unit tests (npm run test:ci in angular/)
#   5. ng build, then the host on a free port with a fresh SQLite file and the demo seed
#   6. Playwright against that host (npm run e2e in angular/, E2E_BASE_URL set)
# and closes with the line 'N passed, N failed' summed over all suites. Exits non-zero on any failure.
#
#   bash etc/scripts/test.sh
#
# Results and logs go to .tmp/test/ (trx files, host.log, each step's output); the hosts of the .NET tests log
# to .tmp/test/logs/, and the reliability suite's figures go to .tmp/test/reliability/.
# PB_SKIP_DOTNET=1 / PB_SKIP_UNIT=1 / PB_SKIP_E2E=1 skip a suite locally (never set in CI).
set -uo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$PB_ROOT" || exit 1

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0   # no build servers left running
export NG_CLI_ANALYTICS=false PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROME_BIN=${CHROME_BIN:-/usr/bin/chromium} CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
export NPM_CONFIG_AUDIT=false NPM_CONFIG_FUND=false NPM_CONFIG_UPDATE_NOTIFIER=false
unset FORCE_COLOR; export NO_COLOR=1   # plain logs (Vitest forces colours when FORCE_COLOR is set at all)

ADMIN_PASSWORD='Admin#2026pb'
DEMO_PASSWORD='Demo#2026pb'
RUN_DIR="$PB_ROOT/.tmp/test"
# A cluster left by an interrupted run is stopped before its state file is deleted.
[ -f "$RUN_DIR/postgres.state" ] && PB_PG_STATE="$RUN_DIR/postgres.state" bash "$PB_ROOT/etc/scripts/postgres.sh" stop
rm -rf "$RUN_DIR"; mkdir -p "$RUN_DIR"
START_TIME=$(date +%s)

# ---------------------------------------------------------------- bookkeeping
S_NAME=() S_PASSED=() S_FAILED=() S_SKIPPED=() S_STATUS=()
# record NAME PASSED FAILED SKIPPED STATUS
record() { S_NAME+=("$1"); S_PASSED+=("$2"); S_FAILED+=("$3"); S_SKIPPED+=("$4"); S_STATUS+=("$5"); }
step()   { printf '\n========== %s  [+%ss] ==========\n' "$*" "$(( $(date +%s) - START_TIME ))"; }
strip_ansi() { sed -E 's/\x1B\[[0-9;?]*[A-Za-z]//g; s/\r//g'; }
# sum_matches FILE REGEX: sums the first number of every match of REGEX (extended) in FILE.
sum_matches() {
  strip_ansi <"$1" | grep -oE "$2" | sed -E 's/^[^0-9]*([0-9]+).*$/\1/' | awk '{s+=$1} END {print s+0}'
}
# trx_attr COUNTERS NAME: the number in NAME="..." of a trx <Counters> element, 0 when absent.
trx_attr() { printf '%s' "$1" | grep -oE " $2=\"[0-9]+\"" | grep -oE '[0-9]+' || echo 0; }
# Each step runs under a time limit; on a terminal, Ctrl+C still reaches it.
TIMEOUT=(timeout -k 30s)
[ -t 0 ] && TIMEOUT=(timeout --foreground -k 30s)
# has_script NAME: angular/package.json defines the npm script NAME.
has_script() { (cd angular && node -e 'process.exit((require("./package.json").scripts||{})[process.argv[1]]?0:1)' "$1"); }

# finish: stops everything, prints the summary and exits (non-zero when anything failed).
finish() {
  cleanup
  step "summary"
  local i total_p=0 total_f=0 total_s=0 any_failed=0
  printf '%-34s %7s %7s %8s  %s\n' "suite" "passed" "failed" "skipped" "status"
  for i in "${!S_NAME[@]}"; do
    printf '%-34s %7s %7s %8s  %s\n' "${S_NAME[$i]}" "${S_PASSED[$i]}" "${S_FAILED[$i]}" "${S_SKIPPED[$i]}" "${S_STATUS[$i]}"
    total_p=$(( total_p + S_PASSED[i] )); total_f=$(( total_f + S_FAILED[i] )); total_s=$(( total_s + S_SKIPPED[i] ))
    case "${S_STATUS[$i]}" in FAILED*) any_failed=1 ;; esac
  done
  [ "$total_f" -gt 0 ] && any_failed=1
  echo "time: $(( $(date +%s) - START_TIME )) s; skipped tests: $total_s; logs and results: $RUN_DIR"
  echo "$total_p passed, $total_f failed"
  exit "$any_failed"
}

# Debian packages the tests need, installed when missing (pb_apt_install exits on failure: run it in a subshell).
pb_apt_install_checked() { (pb_apt_install curl ca-certificates postgresql chromium fonts-wqy-microhei wrk); }

HOST_PID=''
CLEANED=0
cleanup() {
  [ "$CLEANED" -eq 1 ] && return 0
  CLEANED=1
  if [ -n "$HOST_PID" ] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill -TERM "$HOST_PID" 2>/dev/null
    for _ in $(seq 1 20); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$HOST_PID" 2>/dev/null
    wait "$HOST_PID" 2>/dev/null
  fi
  if [ -n "${PB_PG_STATE:-}" ]; then bash "$PB_ROOT/etc/scripts/postgres.sh" stop >/dev/null 2>&1; fi
  # In CI, leave no compiler server behind (locally it may be serving other builds).
  if [ -n "${CI:-}" ]; then dotnet build-server shutdown >/dev/null 2>&1; fi
  return 0
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM

# ---------------------------------------------------------------- 1. prerequisites
step "prerequisites"
if ! (pb_require_dotnet) || ! pb_apt_install_checked; then
  record "prerequisites" 0 1 0 FAILED
  finish
fi
echo "dotnet $(dotnet --version), node $(node --version 2>/dev/null || echo missing), npm $(npm --version 2>/dev/null || echo missing)"
echo "chromium: $("$CHROME_BIN" --version 2>/dev/null | tail -n 1 || echo "not found at $CHROME_BIN")"

# ---------------------------------------------------------------- 2. PostgreSQL
step "PostgreSQL"
if [ -n "${PARTYBUILDING_TEST_POSTGRES:-}" ]; then
  echo "using the PARTYBUILDING_TEST_POSTGRES given: ${PARTYBUILDING_TEST_POSTGRES%%;Username*}..."
else
  export PB_PG_STATE="$RUN_DIR/postgres.state"
  if pg_env=$(bash "$PB_ROOT/etc/scripts/postgres.sh" start); then
    eval "$pg_env"
    export PARTYBUILDING_TEST_POSTGRES
    echo "PARTYBUILDING_TEST_POSTGRES=$PARTYBUILDING_TEST_POSTGRES"
  else
    echo "PostgreSQL did not start: the PostgreSQL tests will fail"
    record "PostgreSQL (setup)" 0 1 0 FAILED
  fi
fi

# ---------------------------------------------------------------- 3. .NET
if [ "${PB_SKIP_DOTNET:-0}" = 1 ]; then
  record ".NET (dotnet test)" 0 0 0 "skipped (PB_SKIP_DOTNET)"
else
  step "dotnet test PartyBuilding.sln (Release)"
  export PB_TEST_LOG_DIR="$RUN_DIR/logs" PB_RELIABILITY_REPORT="$RUN_DIR/reliability"
  "${TIMEOUT[@]}" "${PB_DOTNET_TIMEOUT:-45m}" dotnet test PartyBuilding.sln -c Release --nologo \
    --logger trx --results-directory "$RUN_DIR/dotnet" \
    --blame-hang-timeout 10m --blame-hang-dump-type none 2>&1 | tee "$RUN_DIR/dotnet-test.log"
  rc=${PIPESTATUS[0]}
  p=0 f=0 s=0
  shopt -s nullglob globstar
  trx=("$RUN_DIR"/dotnet/**/*.trx)
  shopt -u globstar
  if [ ${#trx[@]} -gt 0 ]; then
    for t in "${trx[@]}"; do
      c=$(grep -oE '<Counters [^>]*>' "$t" | head -n 1)
      p=$(( p + $(trx_attr "$c" passed) ))
      f=$(( f + $(trx_attr "$c" failed) + $(trx_attr "$c" error) + $(trx_attr "$c" timeout) + $(trx_attr "$c" aborted) ))
      s=$(( s + $(trx_attr "$c" total) - $(trx_attr "$c" executed) ))   # xunit's skipped tests
    done
  else
    # No trx (e.g. a runner without the VSTest logger): read the console summaries.
    p=$(sum_matches "$RUN_DIR/dotnet-test.log" 'Passed: +[0-9]+')
    f=$(sum_matches "$RUN_DIR/dotnet-test.log" '(Passed|Failed)! +- +Failed: +[0-9]+')
    s=$(sum_matches "$RUN_DIR/dotnet-test.log" 'Skipped: +[0-9]+')
  fi
  status=ok
  if [ "$rc" -ne 0 ]; then
    status="FAILED (exit $rc)"; [ "$rc" -eq 124 ] && status="FAILED (timed out)"
    [ "$f" -eq 0 ] && f=1   # a build error or a crash counts as one failure
  fi
  [ "$f" -gt 0 ] && [ "$status" = ok ] && status=FAILED
  record ".NET (dotnet test)" "$p" "$f" "$s" "$status"
fi

# ---------------------------------------------------------------- 3a. clear ID numbers in the logs
# Everything the test hosts logged (all categories, EF Core's SQL included) and the console output of dotnet test.
if [ "${PB_SKIP_DOTNET:-0}" = 1 ]; then
  record "Clear-ID scan of logs" 0 0 0 "skipped (PB_SKIP_DOTNET)"
elif [ ! -d "$RUN_DIR/logs" ]; then
  record "Clear-ID scan of logs" 0 1 0 "FAILED (no logs in $RUN_DIR/logs)"
else
  step "clear-ID scan of the test logs (etc/scripts/scan-clear-ids.sh)"
  bash "$PB_ROOT/etc/scripts/scan-clear-ids.sh" "$RUN_DIR/logs" "$RUN_DIR/dotnet-test.log" 2>&1 \
    | tee "$RUN_DIR/clear-id-scan.log"
  rc=${PIPESTATUS[0]}
  # "scan-clear-ids: 212 files, 1834567 lines scanned, 0 clear ID numbers found"
  counts=$(grep -oE '[0-9]+ files, [0-9]+ lines' "$RUN_DIR/clear-id-scan.log" | head -n 1)
  if [ "$rc" -eq 0 ]; then
    record "Clear-ID scan of logs" 1 0 0 "ok ($counts)"
  else
    record "Clear-ID scan of logs" 0 1 0 "FAILED (exit $rc${counts:+, $counts})"
  fi
fi

# The reliability and security suite's figures (docs/reliability.md holds those of a published run):
#   node etc/scripts/reliability-report.mjs .tmp/test/reliability --write docs/reliability.md
if [ -d "$RUN_DIR/reliability" ]; then
  step "reliability and security figures"
  node "$PB_ROOT/etc/scripts/reliability-report.mjs" "$RUN_DIR/reliability" | tee "$RUN_DIR/reliability.md"
fi

# ---------------------------------------------------------------- 3b. benchmark smoke run
# Every benchmark once at a tiny scale, on SQLite and PostgreSQL, so the suite cannot rot unnoticed; the real
# figures come from a full run (docs/benchmarks.md), which is outside CI's time budget.
if [ "${PB_SKIP_DOTNET:-0}" = 1 ]; then
  record "Benchmark smoke run" 0 0 0 "skipped (PB_SKIP_DOTNET)"
else
  step "benchmark smoke run (test/PartyBuilding.Benchmarks --smoke)"
  if "${TIMEOUT[@]}" 15m dotnet run -c Release --project test/PartyBuilding.Benchmarks -- --smoke \
      >"$RUN_DIR/benchmark-smoke.log" 2>&1; then
    grep -E '^\|' "$RUN_DIR/benchmark-smoke.log"
    record "Benchmark smoke run" 1 0 0 ok
  else
    tail -n 60 "$RUN_DIR/benchmark-smoke.log"
    record "Benchmark smoke run" 0 1 0 FAILED
  fi
fi

# ---------------------------------------------------------------- 4.-6. Angular
HOST_LOG="$RUN_DIR/host.log"
print_host_log() {
  [ -f "$HOST_LOG" ] || return 0
  echo "---------- host log (last 400 lines of $HOST_LOG) ----------"
  tail -n 400 "$HOST_LOG"
  echo "---------- end of host log ----------"
}

run_angular() {
  if [ ! -f angular/package.json ]; then
    echo "angular/package.json not found: no console yet"
    record "Angular unit (npm run test:ci)" 0 0 0 "skipped (no angular/package.json)"
    record "E2E (npm run e2e)" 0 0 0 "skipped (no angular/package.json)"
    return
  fi
  if ! (pb_require_node); then
    record "Angular (Node.js check)" 0 1 0 "FAILED (Node.js 20.19+ and npm needed)"; return
  fi

  step "npm ci (angular/)"
  if ! (cd angular && "${TIMEOUT[@]}" 20m npm ci --no-audit --no-fund 2>&1) | tee "$RUN_DIR/npm-ci.log"; then
    record "Angular install (npm ci)" 0 1 0 FAILED
    record "Angular unit (npm run test:ci)" 0 0 0 "not run (npm ci failed)"
    record "E2E (npm run e2e)" 0 0 0 "not run (npm ci failed)"
    return
  fi

  # Unit tests (Vitest through ng test, or whatever test:ci runs).
  if [ "${PB_SKIP_UNIT:-0}" = 1 ]; then
    record "Angular unit (npm run test:ci)" 0 0 0 "skipped (PB_SKIP_UNIT)"
  elif ! has_script test:ci; then
    echo "angular/package.json has no 'test:ci' script"
    record "Angular unit (npm run test:ci)" 0 1 0 "FAILED (no test:ci script)"
  else
    step "Angular unit tests (npm run test:ci)"
    (cd angular && "${TIMEOUT[@]}" 20m npm run test:ci 2>&1) | tee "$RUN_DIR/unit.log"
    rc=${PIPESTATUS[0]}
    # Vitest:  "Tests  2 failed | 40 passed | 1 skipped (43)"   Karma: "Executed 43 of 43 (2 FAILED)"
    summary=$(strip_ansi <"$RUN_DIR/unit.log" | grep -E '^[[:space:]]*Tests[[:space:]]+[0-9].*\([0-9]+\)' || true)
    if [ -n "$summary" ]; then
      p=$(printf '%s\n' "$summary" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
      f=$(printf '%s\n' "$summary" | grep -oE '[0-9]+ failed' | awk '{s+=$1} END {print s+0}')
      s=$(printf '%s\n' "$summary" | grep -oE '[0-9]+ (skipped|todo)' | awk '{s+=$1} END {print s+0}')
    else
      p=0 f=0 s=0
    fi
    status=ok
    if [ "$rc" -ne 0 ]; then status="FAILED (exit $rc)"; [ "$f" -eq 0 ] && f=1; fi
    [ "$f" -gt 0 ] && [ "$status" = ok ] && status=FAILED
    record "Angular unit (npm run test:ci)" "$p" "$f" "$s" "$status"
  fi

  if [ "${PB_SKIP_E2E:-0}" = 1 ]; then
    record "E2E (npm run e2e)" 0 0 0 "skipped (PB_SKIP_E2E)"; return
  fi
  if ! has_script e2e; then
    echo "angular/package.json has no 'e2e' script"
    record "E2E (npm run e2e)" 0 1 0 "FAILED (no e2e script)"; return
  fi

  step "ng build (angular/ -> src/PartyBuilding.HttpApi.Host/wwwroot)"
  if ! (cd angular && "${TIMEOUT[@]}" 15m npx ng build 2>&1) | tee "$RUN_DIR/ng-build.log"; then
    record "Console build (ng build)" 0 1 0 FAILED
    record "E2E (npm run e2e)" 0 0 0 "not run (ng build failed)"; return
  fi
  [ -f src/PartyBuilding.HttpApi.Host/wwwroot/index.html ] \
    || echo "warning: no src/PartyBuilding.HttpApi.Host/wwwroot/index.html after ng build (outputPath?)"

  # The host is built after the console so that its static-asset manifest includes wwwroot.
  step "host: build and start on SQLite with the demo seed"
  if ! "${TIMEOUT[@]}" 15m dotnet build src/PartyBuilding.HttpApi.Host/PartyBuilding.HttpApi.Host.csproj \
         -c Release -nologo -v q 2>&1 | tee "$RUN_DIR/host-build.log"; then
    record "Host build (dotnet build)" 0 1 0 FAILED
    record "E2E (npm run e2e)" 0 0 0 "not run (host build failed)"; return
  fi
  local dll port url
  dll=$(pb_host_dll)
  port=$(pb_free_port)
  url="http://127.0.0.1:$port"
  mkdir -p "$RUN_DIR/e2e-data"
  (
    cd src/PartyBuilding.HttpApi.Host || exit 1
    exec env Database__Provider=Sqlite \
      ConnectionStrings__Default="Data Source=$RUN_DIR/e2e-data/partybuilding-e2e.db" \
      Database__AutoMigrate=true Host__AdminPassword="$ADMIN_PASSWORD" Demo__Seed=true \
      Encryption__PersonalDataKey="$(pb_personal_data_key "$RUN_DIR/e2e-data")" \
      dotnet "$dll" --contentRoot "$PB_ROOT/src/PartyBuilding.HttpApi.Host" --urls "$url"
  ) >"$HOST_LOG" 2>&1 &
  HOST_PID=$!
  echo "host pid $HOST_PID on $url, log $HOST_LOG"
  if ! pb_wait_http "$url/health/ready" 180 "$HOST_PID"; then
    echo "the host did not become ready at $url/health/ready"
    print_host_log
    record "E2E (npm run e2e)" 0 1 0 "FAILED (host not ready)"; return
  fi
  echo "host ready after $(( $(date +%s) - START_TIME )) s of the run"

  step "E2E (npm run e2e, Playwright, E2E_BASE_URL=$url)"
  (cd angular && E2E_BASE_URL="$url" E2E_ADMIN_PASSWORD="$ADMIN_PASSWORD" E2E_DEMO_PASSWORD="$DEMO_PASSWORD" \
     "${TIMEOUT[@]}" 25m npm run e2e 2>&1) | tee "$RUN_DIR/e2e.log"
  rc=${PIPESTATUS[0]}
  # Playwright's list/line/dot reporters close with "  N passed (12.3s)", "  N failed", "  N flaky", ...
  local pw='^[[:space:]]+[0-9]+ '
  p=$(( $(sum_matches "$RUN_DIR/e2e.log" "${pw}passed( \(.*\))?[[:space:]]*$") \
      + $(sum_matches "$RUN_DIR/e2e.log" "${pw}flaky[[:space:]]*$") ))
  f=$(( $(sum_matches "$RUN_DIR/e2e.log" "${pw}failed[[:space:]]*$") \
      + $(sum_matches "$RUN_DIR/e2e.log" "${pw}(interrupted|did not run)[[:space:]]*$") ))
  s=$(sum_matches "$RUN_DIR/e2e.log" "${pw}skipped[[:space:]]*$")
  status=ok
  if [ "$rc" -ne 0 ]; then status="FAILED (exit $rc)"; [ "$f" -eq 0 ] && f=1; fi
  [ "$f" -gt 0 ] && [ "$status" = ok ] && status=FAILED
  record "E2E (npm run e2e)" "$p" "$f" "$s" "$status"
  if [ "$status" != ok ]; then print_host_log; fi
}
run_angular

finish
