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
source bench/lib.sh
bench_prepare draw.sh
bench_entities "$ROWS"
start_pg
say "draw"
DOTNET_gcServer=1 $BENCH draw --count "$ROWS" --runs "$RUNS" --db "$DBS" --file "$ENTITIES" \
  --host "$(realpath src/Zhijian.Host/bin/Release/net10.0/Zhijian.Host.dll)" \
  --pg "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
