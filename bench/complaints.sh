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
say() { printf "\n== %s\n" "$*"; }
die() { printf 'bench/complaints.sh: %s\n' "$*" >&2; exit 1; }
apt_install() {
  if [ "$(id -u)" -ne 0 ]; then die "missing $*: install with: sudo apt-get install -y $*"; fi
  apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
source tools/pg.sh
need_pg
dotnet build src/Zhijian.Host -c Release -nologo -v q -clp:ErrorsOnly
dotnet build bench/Zhijian.Bench -c Release -nologo -v q -clp:ErrorsOnly
start_pg
BENCH="dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll"
HOST_DLL=$(realpath src/Zhijian.Host/bin/Release/net10.0/Zhijian.Host.dll)
PG="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
if [ "$WHAT" = intake ] || [ "$WHAT" = all ]; then
  say "intake"
  $BENCH complaints-intake --host "$HOST_DLL" --pg "$PG" "$@"
fi
# The index experiment (raw SQL after the first timing pass; the schema owner turns what helps into a migration):
# open filings per unit for the SLA overview, the deadline for the due lists, and the two dates the monthly rates
# group by, each covering what its query reads (PostgreSQL INCLUDE; SQLite key columns).
PG_INDEXES='CREATE INDEX ix_bench_open ON complaints.filings ("OrgUnitId", "OrgUnitName") INCLUDE ("Status", "DueOn", "FirstRespondedAt", "FirstResponseDue", "DivisionCode", "HandlerUserName", "HandlerName") WHERE "Status" < 10;
CREATE INDEX ix_bench_due ON complaints.filings ("DueOn", "Id") INCLUDE ("Status", "DivisionCode") WHERE "DueOn" IS NOT NULL;
CREATE INDEX ix_bench_received ON complaints.filings ("ReceivedOn") INCLUDE ("OrgUnitId", "OrgUnitName", "DivisionCode", "FirstRespondedAt", "FirstResponseDue");
CREATE INDEX ix_bench_closed ON complaints.filings ("ClosedOn") INCLUDE ("OrgUnitId", "OrgUnitName", "DivisionCode", "Status", "Kind", "OnTime", "Satisfaction") WHERE "ClosedOn" IS NOT NULL'
SQLITE_INDEXES='CREATE INDEX ix_bench_open ON complaints_filings ("OrgUnitId", "OrgUnitName", "Status", "DueOn", "FirstRespondedAt", "FirstResponseDue", "DivisionCode", "HandlerUserName", "HandlerName") WHERE "Status" < 10;
CREATE INDEX ix_bench_due ON complaints_filings ("DueOn", "Id", "Status", "DivisionCode") WHERE "DueOn" IS NOT NULL;
CREATE INDEX ix_bench_received ON complaints_filings ("ReceivedOn", "OrgUnitId", "OrgUnitName", "DivisionCode", "FirstRespondedAt", "FirstResponseDue");
CREATE INDEX ix_bench_closed ON complaints_filings ("ClosedOn", "OrgUnitId", "OrgUnitName", "DivisionCode", "Status", "Kind", "OnTime", "Satisfaction") WHERE "ClosedOn" IS NOT NULL'
if [ "$WHAT" = queries ] || [ "$WHAT" = all ]; then
  say "queries"
  $BENCH complaints-queries --host "$HOST_DLL" --pg "$PG" --pg-indexes "$PG_INDEXES" --sqlite-indexes "$SQLITE_INDEXES" "$@"
fi
