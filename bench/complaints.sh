#!/usr/bin/env bash
# The 投诉举报 benchmarks of issue 6: starts a throw-away PostgreSQL on loopback (tools/pg.sh) and runs the real host
# (Release) as a child process on fresh databases.
#   intake:  a registry of 10,000 entities, an API client with complaints.write, then open-loop steps of
#            POST /api/v1/complaints (12345 tickets) at 250/500/1000/1500 req/s × 30 s, against GET /health and a raw
#            Npgsql INSERT of the same row at the same rates, and closed-loop saturation of all three. PostgreSQL only.
#   queries: 1,000,000 filings bulk-loaded into the module's table, p50/p95 of the SLA overview, monthly rates and
#            deadline lists as the city administrator and a county user, SQLite and PostgreSQL.
# Usage: bench/complaints.sh [intake|queries|all=all] [extra Zhijian.Bench options, e.g. --rates 500,1000 --db postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
WHAT=${1:-all}; shift || true
source bench/lib.sh
bench_prepare complaints.sh
start_pg
HOST_DLL=$(realpath src/Zhijian.Host/bin/Release/net10.0/Zhijian.Host.dll)
PG="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
if [ "$WHAT" = intake ] || [ "$WHAT" = all ]; then
  say "intake"
  $BENCH complaints-intake --host "$HOST_DLL" --pg "$PG" "$@"
fi
# The four indexes the first runs measured (open items, due lists, received/closed dates) are in the schema now
# (migration FilingIndexes); --pg-indexes / --sqlite-indexes still take extra DDL to try (a second timing pass).
if [ "$WHAT" = queries ] || [ "$WHAT" = all ]; then
  say "queries"
  $BENCH complaints-queries --host "$HOST_DLL" --pg "$PG" "$@"
fi
