#!/usr/bin/env bash
# Every benchmark of bench/ in one run (issue 26), at the full sizes of bench/README.md and the modules' docs: builds the
# host and Zhijian.Bench once (Release), then runs each bench script with ZHIJIAN_BENCH_RESULTS set, so that every bench
# appends its headline figures (figure, baseline measured in the same run, ratio, goal, met) as JSON lines to
# artifacts/bench/results.jsonl; a failing bench is recorded and the run goes on. At the end `Zhijian.Bench results` writes
# artifacts/bench/results.json and the results table of bench/README.md (between the bench/all.sh markers). Each bench's
# output is kept in artifacts/bench/logs/NAME.log. Exit status: 0 when every bench ran, 1 when one or more failed.
# Usage: bench/all.sh [bench ...]            (default: all, in the order below)
#        BENCH_SMALL=1 bench/all.sh [bench ...]  (smoke sizes: the whole script in minutes; figures meaningless)
# Benches: import draw portal indicators complaints-intake complaints-queries risk food-grading food-intake
#          food-rapid-intake food-trace sequip-schedule pq-draw drugs-ephedrine prices-warnings metro-overdue
#          (complaints = complaints-intake complaints-queries)
set -uo pipefail
cd "$(dirname "$0")/.."
ALL=(import draw portal indicators complaints-intake complaints-queries risk food-grading food-intake food-rapid-intake food-trace
  sequip-schedule pq-draw drugs-ephedrine prices-warnings metro-overdue)
say() { printf "\n== %s\n" "$*"; }
small() { [ -n "${BENCH_SMALL:-}" ] && [ "${BENCH_SMALL}" != 0 ]; }
NOTE=""; if small; then NOTE=" (BENCH_SMALL)"; fi

# The command of one bench: full size, or BENCH_SMALL's smoke size.
command_for() {
  if small; then
    case $1 in
      import) CMD=(bench/run.sh 2000 1000 sqlite,postgres) ;;
      draw) CMD=(bench/draw.sh 3000 2 sqlite,postgres) ;;
      portal) CMD=(bench/portal.sh 300 3 4) ;;
      indicators) CMD=(bench/indicators.sh --entities 3000 --complaints 3000 --inspections 300 --cases 100 --samples 20 --runs 2) ;;
      complaints-intake) CMD=(bench/complaints.sh intake --entities 300 --rates 50 --baseline-rates 50 --seconds 3 --workers 4) ;;
      complaints-queries) CMD=(bench/complaints.sh queries --count 3000 --samples 10 --max-seconds 5) ;;
      risk) CMD=(bench/risk.sh 2000 5 sqlite,postgres 20) ;;
      food-grading) CMD=(bench/food-grading.sh 3000 sqlite,postgres) ;;
      food-intake) CMD=(bench/food-intake.sh --seconds 3 --workers 4 --orders 3000) ;;
      food-rapid-intake) CMD=(bench/food-rapid-intake.sh --seconds 3 --workers 2) ;;
      food-trace) CMD=(bench/food-trace.sh --batches 5000 --starts 20 --baseline-starts 2) ;;
      sequip-schedule) CMD=(bench/sequip-schedule.sh 3000 100 20) ;;
      pq-draw) CMD=(bench/pq-draw.sh 3000 50 50 2 postgres) ;;
      drugs-ephedrine) CMD=(bench/drugs-ephedrine.sh 20000 50 100) ;;
      prices-warnings) CMD=(bench/prices-warnings.sh 1 30 60 50) ;;
      metro-overdue) CMD=(bench/metro-overdue.sh 20000 20 5) ;;
      *) return 1 ;;
    esac
  else
    case $1 in
      import) CMD=(bench/run.sh 1000000 100000 sqlite,postgres) ;;
      draw) CMD=(bench/draw.sh 1000000 3 sqlite,postgres) ;;
      portal) CMD=(bench/portal.sh 20000 20 16) ;;
      indicators) CMD=(bench/indicators.sh --entities 1000000 --complaints 1000000 --inspections 100000 --cases 50000 --samples 200 --runs 5) ;;
      complaints-intake) CMD=(bench/complaints.sh intake --entities 10000 --rates 250,500,1000,1500 --baseline-rates 1000,1500 --seconds 30 --workers 32) ;;
      complaints-queries) CMD=(bench/complaints.sh queries --count 1000000 --samples 100 --max-seconds 40) ;;
      risk) CMD=(bench/risk.sh 1000000 5 sqlite,postgres 200) ;;
      food-grading) CMD=(bench/food-grading.sh 200000 sqlite,postgres) ;;
      food-intake) CMD=(bench/food-intake.sh --seconds 20 --workers 32 --orders 60000) ;;
      food-rapid-intake) CMD=(bench/food-rapid-intake.sh --seconds 20 --workers 8) ;;
      food-trace) CMD=(bench/food-trace.sh --batches 900000 --starts 200 --baseline-starts 10) ;;
      sequip-schedule) CMD=(bench/sequip-schedule.sh 500000 5000 200) ;;
      pq-draw) CMD=(bench/pq-draw.sh 200000 1000 1000 3 postgres) ;;
      drugs-ephedrine) CMD=(bench/drugs-ephedrine.sh 10000000 5000 10000) ;;
      prices-warnings) CMD=(bench/prices-warnings.sh 5 200 2000 1000) ;;
      metro-overdue) CMD=(bench/metro-overdue.sh 5000000 200 20) ;;
      *) return 1 ;;
    esac
  fi
}

[ "$#" -gt 0 ] || set -- "${ALL[@]}"
SELECTED=()
for name in "$@"; do
  case $name in
    complaints) SELECTED+=(complaints-intake complaints-queries) ;;
    *) command_for "$name" || { printf 'bench/all.sh: unknown bench %s; known: %s complaints\n' "$name" "${ALL[*]}" >&2; exit 2; }
       SELECTED+=("$name") ;;
  esac
done

OUT=artifacts/bench
mkdir -p "$OUT/logs"
export ZHIJIAN_BENCH_RESULTS="$PWD/$OUT/results.jsonl"
: >"$ZHIJIAN_BENCH_RESULTS"
START=$(date +%s)
say "build (Release), once: the bench scripts skip theirs (BENCH_NO_BUILD)"
dotnet build src/Zhijian.Host -c Release -nologo -v q -clp:ErrorsOnly || { echo "bench/all.sh: build of the host failed" >&2; exit 1; }
dotnet build bench/Zhijian.Bench -c Release -nologo -v q -clp:ErrorsOnly || { echo "bench/all.sh: build of Zhijian.Bench failed" >&2; exit 1; }
export BENCH_NO_BUILD=1

FAILED=()
SUMMARY=()
for name in "${SELECTED[@]}"; do
  command_for "$name"
  say "$name: ${CMD[*]}$NOTE"
  before=$(wc -l <"$ZHIJIAN_BENCH_RESULTS")
  t0=$(date +%s)
  "${CMD[@]}" 2>&1 | tee "$OUT/logs/$name.log"
  rc=${PIPESTATUS[0]}
  seconds=$(($(date +%s) - t0))
  recorded=$(($(wc -l <"$ZHIJIAN_BENCH_RESULTS") - before))
  if [ "$rc" -eq 0 ]; then status=ok; else status="FAILED (exit $rc)"; FAILED+=("$name"); fi
  SUMMARY+=("$(printf '%-20s %-16s %6d s  %3d results' "$name" "$status" "$seconds" "$recorded")")
  say "$name: $status in $seconds s, $recorded results recorded"
done

say "collect: $OUT/results.json and the table of bench/README.md"
dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll results --in "$ZHIJIAN_BENCH_RESULTS" --out "$OUT/results.json" --readme bench/README.md \
  || FAILED+=("results")

say "summary$NOTE: $(($(date +%s) - START)) s in all; logs in $OUT/logs/"
printf '%s\n' "${SUMMARY[@]}"
if [ "${#FAILED[@]}" -gt 0 ]; then
  printf 'failed: %s\n' "${FAILED[*]}"
  exit 1
fi
