#!/usr/bin/env bash
# 抽检结果接收 benchmark of issue 20: starts a throw-away PostgreSQL on loopback (tools/pg.sh) and runs the real host
# (Release) as a child process: sampling orders at one lab (raw INSERT), the lab's API client, then closed-loop
# POST /api/v1/food/sampling/results against a raw Npgsql write of the same rows in the same run.
# Usage: bench/food-intake.sh [--seconds 20] [--workers 32] [--orders 60000]
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf "\n== %s\n" "$*"; }
source tools/pg.sh
need_pg
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build src/Zhijian.Host -c Release -nologo -v q -clp:ErrorsOnly
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build bench/Zhijian.Bench -c Release -nologo -v q -clp:ErrorsOnly
start_pg
trap stop_pg EXIT
dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll food-intake \
  --host "$(realpath src/Zhijian.Host/bin/Release/net10.0/Zhijian.Host.dll)" \
  --pg "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres" "$@"
