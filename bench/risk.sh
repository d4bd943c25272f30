#!/usr/bin/env bash
# The credit risk classification benchmark (bench/README.md, "Credit risk classification"): generates N entities (seed 1),
# starts a throw-away PostgreSQL on loopback, and for each database imports them through the real host, loads on average
# R credit records per entity, times the full recompute twice (all new; nothing changed) and the one-entity recompute after
# a new record (S samples, HTTP and Server-Timing) against a GET of a stored class. Goals: full recompute ≤ 60 s at
# 1,000,000; one entity ≤ 20 ms in the server.
# Usage: bench/risk.sh [entities=1000000] [records=5] [databases=sqlite,postgres] [samples=200]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}; RECORDS=${2:-5}; DBS=${3:-sqlite,postgres}; SAMPLES=${4:-200}
source bench/lib.sh
bench_prepare risk.sh
bench_entities "$ROWS"
start_pg
say "risk"
$BENCH risk --count "$ROWS" --records "$RECORDS" --samples "$SAMPLES" --db "$DBS" --file "$ENTITIES" \
  --host "$(realpath src/Zhijian.Host/bin/Release/net10.0/Zhijian.Host.dll)" \
  --pg "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
