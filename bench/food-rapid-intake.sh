#!/usr/bin/env bash
# 快检结果批量报送 benchmark of issue 21: starts a throw-away PostgreSQL on loopback (tools/pg.sh) and runs the real host
# (Release) as a child process: one market (test point, raw INSERT), an API client with scope food.rapid, then closed-loop
# POST /api/v1/food/rapid-tests/batch (100 results per request) against a binary COPY of the same rows in the same run.
# Usage: bench/food-rapid-intake.sh [--seconds 20] [--workers 8]
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf "\n== %s\n" "$*"; }
source tools/pg.sh
need_pg
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build src/Zhijian.Host -c Release -nologo -v q -clp:ErrorsOnly
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build bench/Zhijian.Bench -c Release -nologo -v q -clp:ErrorsOnly
start_pg
trap stop_pg EXIT
dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll food-rapid-intake \
  --host "$(realpath src/Zhijian.Host/bin/Release/net10.0/Zhijian.Host.dll)" \
  --pg "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres" "$@"
