#!/usr/bin/env bash
# The public credit page benchmark of issue 4: starts a throw-away PostgreSQL on loopback, runs the real host on it
# with the demo registry and its credit data, and loads /gs/credit/{uscc} against the portal home page.
# Usage: bench/portal.sh [entities=20000] [seconds=20] [concurrency=16]
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf "\n== %s\n" "$*"; }
source tools/pg.sh
need_pg
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build src/Zhijian.Host -c Release -nologo -v q -clp:ErrorsOnly
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build bench/Zhijian.Bench -c Release -nologo -v q -clp:ErrorsOnly
start_pg
dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll portal --host "$(realpath src/Zhijian.Host/bin/Release/net10.0/Zhijian.Host.dll)" \
  --pg "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres" --entities "${1:-20000}" --seconds "${2:-20}" --concurrency "${3:-16}"
