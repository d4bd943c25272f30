# Sourced by the bench scripts that do not go through Zhijian.Bench (psql/pgbench only): records a result the way
# BenchResults.Record does — a `RESULT …` line always, and one JSON line appended to $ZHIJIAN_BENCH_RESULTS when it is set
# (bench/all.sh sets it; `Zhijian.Bench results` collects the lines into artifacts/bench/results.json and bench/README.md).
# Source it after `cd` to the repository root: a relative ZHIJIAN_BENCH_RESULTS is made absolute here, so a later `cd` is harmless.
case "${ZHIJIAN_BENCH_RESULTS:-}" in
  "" | /*) ;;
  *) ZHIJIAN_BENCH_RESULTS="$PWD/$ZHIJIAN_BENCH_RESULTS" ;;
esac

# bench_result WORK DATABASE FIGURE UNIT [BASELINE] [BASELINE_FIGURE] [GOAL_OP] [GOAL_LIMIT] [DETAIL]
#   GOAL_OP is "<=" (figure at most GOAL_LIMIT, in UNIT), ">=" (at least) or empty (no goal: goal and met null).
#   BASELINE_FIGURE in the same unit as FIGURE; the ratio is FIGURE / BASELINE_FIGURE. Empty arguments are null.
#   Example: bench_result "metro: overdue list, p95" PostgreSQL 40.6 ms "same statements without the index p95" 1844 "<=" 100 "5,000,000 instruments"
bench_result() {
  local work=$1 database=$2 figure=$3 unit=$4 baseline=${5:-} base=${6:-} op=${7:-} limit=${8:-} detail=${9:-}
  local ratio goal met
  ratio=$(awk -v f="$figure" -v b="$base" 'BEGIN { if (b != "" && b + 0 > 0) print int(f / b * 1000 + 0.5) / 1000 }')
  case "$op" in
    "<=") goal="≤ $limit $unit"; met=$(awk -v f="$figure" -v l="$limit" 'BEGIN { print (f + 0 <= l + 0) ? "true" : "false" }') ;;
    ">=") goal="≥ $limit $unit"; met=$(awk -v f="$figure" -v l="$limit" 'BEGIN { print (f + 0 >= l + 0) ? "true" : "false" }') ;;
    *) goal=""; met="" ;;
  esac
  local shown
  shown=$(awk -v f="$figure" 'BEGIN { printf "%.3f", f }' | sed -e 's/0*$//' -e 's/\.$//')
  printf 'RESULT %s [%s]: %s %s%s; goal %s%s\n' "$work" "$database" "$shown" "$unit" \
    "${ratio:+ = $(awk -v r="$ratio" 'BEGIN { printf "%.2f", r }' | sed -e 's/0*$//' -e 's/\.$//')× $baseline}" "${goal:-—}" \
    "$(case "$met" in true) echo " — goal met" ;; false) echo " — goal NOT met" ;; esac)"
  [ -n "${ZHIJIAN_BENCH_RESULTS:-}" ] || return 0
  printf '{"work":%s,"database":%s,"figure":%s,"unit":%s,"baseline":%s,"baseline_figure":%s,"ratio":%s,"goal":%s,"met":%s,"detail":%s}\n' \
    "$(_bench_json "$work")" "$(_bench_json "$database")" "$(_bench_number "$figure")" "$(_bench_json "$unit")" "$(_bench_json "$baseline")" \
    "$(_bench_number "$base")" "$(_bench_number "$ratio")" "$(_bench_json "$goal")" "${met:-null}" "$(_bench_json "$detail")" >>"$ZHIJIAN_BENCH_RESULTS"
}

# A JSON string ("" → null): backslashes, quotes and control characters escaped.
_bench_json() {
  if [ -z "$1" ]; then printf 'null'; return; fi
  local s=$1
  s=${s//\\/\\\\}; s=${s//\"/\\\"}; s=${s//$'\n'/\\n}; s=${s//$'\t'/\\t}; s=${s//$'\r'/}
  printf '"%s"' "$s"
}

# A JSON number ("" or not a number → null).
_bench_number() {
  awk -v x="$1" 'BEGIN { if (x ~ /^[ \t]*[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?[ \t]*$/) print x + 0; else print "null" }'
}

# bench_prepare NAME: the common start of a bench script, after `cd` to the repository root — say/die/apt_install, the
# PostgreSQL server binaries (tools/pg.sh; start_pg is the script's to call), the Release builds of the host and of
# Zhijian.Bench (skipped under BENCH_NO_BUILD, which bench/all.sh sets after building once), and $BENCH.
bench_prepare() {
  BENCH_NAME=$1
  say() { printf "\n== %s\n" "$*"; }
  die() { printf 'bench/%s: %s\n' "$BENCH_NAME" "$*" >&2; exit 1; }
  apt_install() {
    if [ "$(id -u)" -ne 0 ]; then die "missing $*: install with: sudo apt-get install -y $*"; fi
    apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  }
  source tools/pg.sh
  need_pg
  [ -n "${BENCH_NO_BUILD:-}" ] || dotnet build src/Zhijian.Host -c Release -nologo -v q -clp:ErrorsOnly
  [ -n "${BENCH_NO_BUILD:-}" ] || dotnet build bench/Zhijian.Bench -c Release -nologo -v q -clp:ErrorsOnly
  BENCH="dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll"
}

# bench_entities ROWS: generates the entity file of ROWS rows (seed 1, as of 2026-11-23) under $BENCH_DATA
# (artifacts/bench) unless it is there, readable by the postgres user; sets ENTITIES to its absolute path.
bench_entities() {
  local data=${BENCH_DATA:-artifacts/bench}
  mkdir -p "$data"
  [ -s "$data/entities-$1.csv" ] || { say "generate $1 rows"; $BENCH generate --count "$1" --seed 1 --today 2026-11-23 --out "$data/entities-$1.csv"; }
  chmod -R a+r "$data"; chmod a+x "$data" artifacts
  ENTITIES=$(realpath "$data/entities-$1.csv")
}
