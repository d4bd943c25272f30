#!/usr/bin/env bash
# 食品生产经营者风险分级全量计算 (issue 20): N food businesses with a licence each, written straight into the module's tables,
# graded three times through GradingRecompute (all new; nothing changed; a new model version in force) against a baseline
# in the same run: one UPDATE of a constant grade over the same N rows plus one INSERT … SELECT of N history rows.
# The services run in the bench process with the host's composition. Goal: 200,000 in ≤ 10 s on PostgreSQL.
# Usage: bench/food-grading.sh [businesses=200000] [databases=sqlite,postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-200000}; DBS=${2:-sqlite,postgres}
say() { printf "\n== %s\n" "$*"; }
source tools/pg.sh
need_pg
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build bench/Zhijian.Bench -c Release -nologo -v q -clp:ErrorsOnly
start_pg
DOTNET_gcServer=1 dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll food-grading --count "$COUNT" --db "$DBS" \
  --pg "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
