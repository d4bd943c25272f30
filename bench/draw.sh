#!/usr/bin/env bash
# The verifiable draw benchmark of 双随机、一公开: imports N generated entities through the real host into SQLite and into
# a throw-away PostgreSQL on loopback, loads credit records and runs the full risk recompute (classes A–D), then times
# the module's freeze (Draws.CommitAsync) and draw (Draws.DrawAsync) of ~3 % of a whole-city library, phase by phase,
# against ORDER BY random() LIMIT n on the same filter. The services run in the bench process with the host's own
# composition (AddZhijian + modules) and the host's GC mode (server GC).
# Usage: bench/draw.sh [entities=1000000] [runs=3] [databases=sqlite,postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}; RUNS=${2:-3}; DBS=${3:-sqlite,postgres}
say() { printf "\n== %s\n" "$*"; }
die() { printf 'bench/draw.sh: %s\n' "$*" >&2; exit 1; }
apt_install() {
  if [ "$(id -u)" -ne 0 ]; then die "missing $*: install with: sudo apt-get install -y $*"; fi
  apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
source tools/pg.sh
need_pg
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build src/Zhijian.Host -c Release -nologo -v q -clp:ErrorsOnly
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build bench/Zhijian.Bench -c Release -nologo -v q -clp:ErrorsOnly
BENCH="dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll"
DATA=${BENCH_DATA:-artifacts/bench}
mkdir -p "$DATA"
[ -s "$DATA/entities-$ROWS.csv" ] || { say "generate $ROWS rows"; $BENCH generate --count "$ROWS" --seed 1 --today 2026-11-23 --out "$DATA/entities-$ROWS.csv"; }
chmod -R a+r "$DATA"; chmod a+x "$DATA" artifacts
start_pg
say "draw"
DOTNET_gcServer=1 $BENCH draw --count "$ROWS" --runs "$RUNS" --db "$DBS" --file "$(realpath "$DATA/entities-$ROWS.csv")" \
  --host "$(realpath src/Zhijian.Host/bin/Release/net10.0/Zhijian.Host.dll)" \
  --pg "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
