#!/usr/bin/env bash
# The test command: builds once, runs the whole suite against SQLite and against a real PostgreSQL server
# started here on a free loopback port (temporary data directory, stopped afterwards), then the Playwright
# E2E tests in Debian's Chromium. Installs PostgreSQL / Chromium with apt-get when missing and run as root.
# Usage: tools/test.sh [sqlite] [postgres] [e2e]   (no argument: all three; extra dotnet test args via TEST_ARGS)
set -euo pipefail
cd "$(dirname "$0")/.."
SUITES=${*:-sqlite postgres e2e}
wants() { [[ " $SUITES " == *" $1 "* ]]; }
ROOT=$(pwd)
CONFIG=${CONFIG:-Release}
RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
# Seeded SQLite templates the SQLite pass leaves for the E2E pass of the same build (tests/…/TemplateCache.cs).
TEMPLATES="$ROOT/artifacts/test-templates"
rm -rf "$TEMPLATES"

say() { printf '\n== %s\n' "$*"; }
T0=$SECONDS; STAGE=""; STAGE_T=$SECONDS; TIMES=()
stage() { # stage NAME: ends the stage before (its time is printed) and starts NAME
  if [ -n "$STAGE" ]; then TIMES+=("$(printf '%-22s %4d s' "$STAGE" $((SECONDS - STAGE_T)))"); printf '== %s took %d s\n' "$STAGE" $((SECONDS - STAGE_T)); fi
  STAGE=$1; STAGE_T=$SECONDS
}
die() { printf 'tools/test.sh: %s\n' "$*" >&2; exit 1; }

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then die "missing $*: install with: sudo apt-get install -y $*"; fi
  say "installing $* (apt-get)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

stage "install checks"
source tools/pg.sh
need_pg
if [ ! -x /usr/bin/chromium ]; then apt_install chromium fonts-noto-cjk; fi
if ! fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null; then apt_install fonts-noto-cjk; fi  # no -q: an early exit would fail the pipe (pipefail) and reinstall every run
[ -x /usr/bin/chromium ] || die "Chromium not found at /usr/bin/chromium: apt-get install chromium fonts-noto-cjk"

stage "build"
say "build ($CONFIG)"
dotnet build Zhijian.slnx -c "$CONFIG" -nologo -v q -clp:ErrorsOnly

PASSED=0; FAILED=0; SKIPPED=0
run_suite() { # name project [env...]
  local name=$1 project=$2; shift 2
  stage "tests: $name"
  say "tests: $name"
  local log="$RESULTS/$name.log" rc=0
  env "$@" dotnet test "$project" -c "$CONFIG" --no-build -nologo ${TEST_ARGS:-} ${SUITE_ARGS:-} \
      --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" 2>&1 | tee "$log" || rc=$?
  local line; line=$(grep -E "^(Passed|Failed)!" "$log" | tail -n 1 || true)
  local p f s
  p=$(sed -nE 's/.*Passed: +([0-9]+).*/\1/p' <<<"$line"); f=$(sed -nE 's/.*Failed: +([0-9]+).*/\1/p' <<<"$line")
  s=$(sed -nE 's/.*Skipped: +([0-9]+).*/\1/p' <<<"$line")
  PASSED=$((PASSED + ${p:-0})); FAILED=$((FAILED + ${f:-0})); SKIPPED=$((SKIPPED + ${s:-0}))
  if [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then FAILED=$((FAILED + 1)); fi
}

stage "start PostgreSQL"
start_pg

if wants sqlite; then run_suite sqlite tests/Zhijian.Tests ZHIJIAN_TEST_DB=sqlite "ZHIJIAN_TEST_TEMPLATES=$TEMPLATES"; fi
# Pure rules (trait Database=none) and the engine-independent HTTP surface (Database=any) run once, in the SQLite pass.
if wants postgres; then
  if [[ "${TEST_ARGS:-}" != *--filter* ]]; then SUITE_ARGS="--filter Database!=none&Database!=any"; fi
  run_suite postgres tests/Zhijian.Tests ZHIJIAN_TEST_DB=postgres "ZHIJIAN_TEST_PG=Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
  SUITE_ARGS=""
fi
# Screenshots of the E2E pages only when asked for (SCREENSHOTS=1 tools/test.sh e2e): capturing 300 full pages costs a tenth of the stage.
if wants e2e; then
  run_suite e2e tests/Zhijian.E2E ZHIJIAN_TEST_DB=sqlite "ZHIJIAN_TEST_TEMPLATES=$TEMPLATES" "ZHIJIAN_SCREENSHOTS=$ROOT/artifacts/screenshots" \
    "ZHIJIAN_NO_SCREENSHOTS=$([ "${SCREENSHOTS:-0}" = 1 ] && echo 0 || echo 1)"
fi
rm -rf "$TEMPLATES"

stage ""
echo
echo "Stage times:"; printf '  %s\n' "${TIMES[@]}"; printf '  %-22s %4d s\n' "total" $((SECONDS - T0))
echo "Screenshots (SCREENSHOTS=1), documents and the walk's findings: artifacts/screenshots   Results: artifacts/test-results"
echo "tests: $PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" -eq 0 ]
