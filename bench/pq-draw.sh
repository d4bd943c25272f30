#!/usr/bin/env bash
# 产品质量监督抽查的抽取 (issue 23): imports N generated entities through the real host into a throw-away PostgreSQL on loopback
# (and/or SQLite), writes H samples of one category in the last six months, then times the module's freeze (library query +
# the 6-month no-repeat exclusion + candidate hash + commitment) and pick (verifiable draw of K producers, targets, names)
# against ORDER BY random() LIMIT K on the same registry filter, in the same run. Goal: freeze + pick ≤ 1 s at 200,000.
# Usage: bench/pq-draw.sh [entities=200000] [history=1000] [batches=1000] [runs=3] [databases=postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf "\n== %s\n" "$*"; }
die() { echo "error: $*" >&2; exit 1; }
apt_install() { sudo apt-get install -y "$@" >/dev/null 2>&1 || apt-get install -y "$@" >/dev/null; }
ROWS=${1:-200000}; HISTORY=${2:-1000}; BATCHES=${3:-1000}; RUNS=${4:-3}; DBS=${5:-postgres}
source tools/pg.sh
need_pg
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build src/Zhijian.Host -c Release -nologo -v q -clp:ErrorsOnly
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build bench/Zhijian.Bench -c Release -nologo -v q -clp:ErrorsOnly
PGARG=()
if [[ "$DBS" == *postgres* ]]; then
  start_pg
  trap stop_pg EXIT
  PGARG=(--pg "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres")
fi
DOTNET_gcServer=1 dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll pq-draw --count "$ROWS" --history "$HISTORY" --batches "$BATCHES" \
  --runs "$RUNS" --db "$DBS" --host "$(realpath src/Zhijian.Host/bin/Release/net10.0/Zhijian.Host.dll)" "${PGARG[@]}"
