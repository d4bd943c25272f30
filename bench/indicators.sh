#!/usr/bin/env bash
# The 智慧监管中心 benchmark of the supervision-centre issue: starts a throw-away PostgreSQL on loopback (tools/pg.sh),
# builds Release and runs `Zhijian.Bench indicators`: the real host (a child process, demo registry off) on a fresh
# database, province-size data bulk-loaded straight into the module tables (1,000,000 entities, 1,000,000 filings,
# 100,000 inspection results, 50,000 cases by default), then the cold computation of plan zhijian-std
# (POST /api/v1/indicators/snapshots, 370000 and 370100, 2026-11) against one count(*) per big table, and the page
# load from snapshots (GET /api/v1/indicators, a past month) against GET /health. Statements over 200 ms during the
# computations are printed from the PostgreSQL log at the end.
# Usage: bench/indicators.sh [extra Zhijian.Bench options, e.g. --entities 100000 --complaints 100000 --samples 100]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_prepare indicators.sh
start_pg
PG="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
"${AS_PG[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "ALTER SYSTEM SET log_min_duration_statement = 200" -c "SELECT pg_reload_conf()" >/dev/null
say "indicators"
dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll indicators \
  --host "$(realpath src/Zhijian.Host/bin/Release/net10.0/Zhijian.Host.dll)" --pg "$PG" "$@"
say "statements over 200 ms in the host's queries (PostgreSQL log; bulk load excluded)"
awk '/LOG:  duration:/ { keep = ($0 ~ /(execute|bind) / && $0 !~ /INSERT|VACUUM|COPY/); n = 0 } keep && n++ < 4 { print substr($0, 1, 300) }' "$PGTMP/pg.log" || true
