#!/usr/bin/env bash
# 价格预警 (issue 25): Y years of daily averages for G goods × P points in 济南's 12 counties and the city, COPYed into a throw-away
# PostgreSQL on loopback, every good with a day, a week and a year-on-year rule plus the pork scheme; times the module's full pass
# (twice) against a plain weekly GROUP BY in the same run, then S new observations through the intake (p50/p95).
# Goals: full pass ≤ 10 s; ≤ 10 ms per new observation. Usage: bench/prices-warnings.sh [years=5] [goods=200] [points=2000] [sample=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
YEARS=${1:-5}; GOODS=${2:-200}; POINTS=${3:-2000}; SAMPLE=${4:-1000}
say() { printf "\n== %s\n" "$*"; }
die() { echo "bench: $*" >&2; exit 1; }
source tools/pg.sh
need_pg
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build bench/Zhijian.Bench -c Release -nologo -v q -clp:ErrorsOnly
start_pg
trap stop_pg EXIT
DOTNET_gcServer=1 dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll prices-warnings --years "$YEARS" --goods "$GOODS" --points "$POINTS" --sample "$SAMPLE" \
  --pg "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
