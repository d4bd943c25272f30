#!/usr/bin/env bash
# 追溯 benchmark of issue 21: 10,000,000 EPCIS events on a throw-away PostgreSQL (tools/pg.sh), generated in SQL
# (generate_series, no API) in the shape producers → cold stores → wholesale markets → stalls, with cutting/repacking of
# three lots into one (2 % of batches) and returned lots (0.5 %, cycles). Then p95 of 5-level forward and backward traces
# from random start batches with the design of docs/food-traceability.md (holdings + the narrow TraceLinks table written at
# intake, integer keys, indexes on both ends) against the same recursive walk over the raw events table (no closure, no
# indexes beyond its primary key), in the same run. Tables mirror TraceHoldings/TraceLinks of the Food2 migration.
# Usage: bench/food-trace.sh [--batches 900000] [--starts 200] [--baseline-starts 10]
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf "\n== %s\n" "$*"; }
die() { echo "error: $*" >&2; exit 1; }
apt_install() { sudo apt-get install -y "$@" >/dev/null 2>&1 || apt-get install -y "$@" >/dev/null; }
BATCHES=900000; STARTS=200; BASE_STARTS=10
while [ $# -gt 0 ]; do
  case "$1" in
    --batches) BATCHES=$2; shift 2;;
    --starts) STARTS=$2; shift 2;;
    --baseline-starts) BASE_STARTS=$2; shift 2;;
    *) die "unknown option $1";;
  esac
done
source tools/pg.sh
source bench/lib.sh
need_pg
start_pg
trap stop_pg EXIT
PSQL=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d postgres)
T0=$(date +%s)
say "generating: $BATCHES batches (≈11 events each)"
"${PSQL[@]}" -v nb="$BATCHES" <<'SQL'
SET max_parallel_workers_per_gather = 2;
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';
CREATE SCHEMA food;
-- Parties: 2,000 producers, 200 cold stores, 100 wholesale markets, 20,000 stalls.
CREATE UNLOGGED TABLE food.parties AS
  SELECT g AS id, CASE WHEN g <= 2000 THEN 1 WHEN g <= 2200 THEN 3 WHEN g <= 2300 THEN 4 ELSE 5 END AS kind,
         'party ' || g AS name, '3701' || lpad((g % 20)::text, 2, '0') AS division
  FROM generate_series(1, 22300) g;
ALTER TABLE food.parties ADD PRIMARY KEY (id);
-- Per batch b: producer p, cold store c, market m, k = 1..3 stalls.
CREATE UNLOGGED TABLE food.shape AS
  SELECT b, 1 + (b * 7919) % 2000 AS p, 2001 + b % 200 AS c, 2201 + (b * 31) % 100 AS m, 1 + b % 3 AS k
  FROM generate_series(1::bigint, :nb) b;
-- The raw events (what a store of EPCIS events holds): batch, step (1 commissioning, 2 shipping, 3 receiving, 4 selling,
-- 6 transforming), where, to, when; out_batch for a transformation. Only a primary key: the baseline.
CREATE UNLOGGED TABLE food.events (id bigserial PRIMARY KEY, batch_id bigint, step smallint, at_party int, dst_party int,
  out_batch bigint, event_time timestamptz, qty numeric(18,3));
INSERT INTO food.events (batch_id, step, at_party, dst_party, out_batch, event_time, qty)
SELECT s.b, v.step, v.at_party, v.dst, NULL, t.t0 + v.h * interval '1 hour', 1000
FROM food.shape s
CROSS JOIN LATERAL (SELECT timestamptz '2026-01-01' + (s.b % 300) * interval '1 day' AS t0) t
CROSS JOIN LATERAL (VALUES (1, s.p, NULL::int, 0), (2, s.p, s.c, 2), (3, s.c, s.p, 3), (2, s.c, s.m, 30), (3, s.m, s.c, 31)) v(step, at_party, dst, h);
INSERT INTO food.events (batch_id, step, at_party, dst_party, out_batch, event_time, qty)
SELECT s.b, v.step, v.at_party, v.dst, NULL, timestamptz '2026-01-01' + (s.b % 300) * interval '1 day' + (32 + j) * interval '1 hour', 100
FROM food.shape s
CROSS JOIN LATERAL generate_series(0, s.k - 1) j
CROSS JOIN LATERAL (SELECT 2301 + ((s.b * 131 + j * 977) % 20000) AS st) x
CROSS JOIN LATERAL (VALUES (2, s.m, x.st), (3, x.st, s.m), (4, x.st, NULL::int)) v(step, at_party, dst);
-- Transformations: every 50th batch and the lots 200 and 400 before it (same cold store) become batch nb + b/50 there.
INSERT INTO food.events (batch_id, step, at_party, dst_party, out_batch, event_time, qty)
SELECT i.b, 6, s.c, NULL, :nb + s.b / 50, timestamptz '2026-01-01' + (s.b % 300) * interval '1 day' + interval '20 hours', 300
FROM food.shape s CROSS JOIN LATERAL (VALUES (s.b), (s.b - 200), (s.b - 400)) i(b)
WHERE s.b % 50 = 0 AND s.b > 400;
-- Outputs move on: cold store → market → one stall.
INSERT INTO food.events (batch_id, step, at_party, dst_party, out_batch, event_time, qty)
SELECT :nb + s.b / 50, v.step, v.at_party, v.dst, NULL, timestamptz '2026-01-01' + (s.b % 300) * interval '1 day' + v.h * interval '1 hour', 300
FROM food.shape s CROSS JOIN LATERAL (VALUES (2, s.c, s.m, 40), (3, s.m, s.c, 41), (2, s.m, 2301 + (s.b * 17) % 20000, 42)) v(step, at_party, dst, h)
WHERE s.b % 50 = 0 AND s.b > 400;
-- Returned lots (cycles): 0.5 % go back from the first stall to the market.
INSERT INTO food.events (batch_id, step, at_party, dst_party, out_batch, event_time, qty)
SELECT s.b, 2, 2301 + ((s.b * 131) % 20000), s.m, NULL, timestamptz '2026-01-01' + (s.b % 300) * interval '1 day' + interval '50 hours', 10
FROM food.shape s WHERE s.b % 200 = 7;
SQL
say "events: $("${PSQL[@]}" -t -A -c 'SELECT count(*) FROM food.events')  ($(( $(date +%s) - T0 )) s)"

T1=$(date +%s)
say "building the closure (holdings + links, as the intake writes them) and its indexes"
"${PSQL[@]}" <<'SQL'
SET max_parallel_workers_per_gather = 2;
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';
-- Holdings: one row per (batch, party) that held it (TraceHoldings).
CREATE UNLOGGED TABLE food.holdings (id bigserial PRIMARY KEY, batch_id bigint NOT NULL, party_id int NOT NULL, qty numeric(18,3), first_received timestamptz);
INSERT INTO food.holdings (batch_id, party_id, qty, first_received)
SELECT batch_id, party_id, sum(qty) FILTER (WHERE step = 3), min(event_time) FILTER (WHERE step = 3)
FROM (SELECT batch_id, at_party AS party_id, step, qty, event_time FROM food.events WHERE step IN (1, 3, 4, 6)
      UNION ALL SELECT out_batch, at_party, 0, NULL, NULL FROM food.events WHERE step = 6
      UNION ALL SELECT batch_id, dst_party, 0, NULL, NULL FROM food.events WHERE step = 2) x
GROUP BY batch_id, party_id;
CREATE UNIQUE INDEX ON food.holdings (batch_id, party_id);
-- Links: shipping (same batch, party → party) and transformation (input → output at one party) (TraceLinks).
CREATE UNLOGGED TABLE food.links (id bigserial PRIMARY KEY, from_h bigint NOT NULL, to_h bigint NOT NULL, transform boolean NOT NULL, at timestamptz NOT NULL, qty numeric(18,3), event_id bigint NOT NULL);
INSERT INTO food.links (from_h, to_h, transform, at, qty, event_id)
SELECT hf.id, ht.id, e.step = 6, e.event_time, e.qty, e.id
FROM food.events e
JOIN food.holdings hf ON hf.batch_id = e.batch_id AND hf.party_id = e.at_party
JOIN food.holdings ht ON ht.batch_id = CASE WHEN e.step = 6 THEN e.out_batch ELSE e.batch_id END
                     AND ht.party_id = CASE WHEN e.step = 6 THEN e.at_party ELSE e.dst_party END
WHERE e.step IN (2, 6);
CREATE INDEX ON food.links (from_h, at);
CREATE INDEX ON food.links (to_h, at);
-- Batches with where they began (TraceBatches.OriginHoldingId).
-- (party ids rise along the chain: producer < cold store < market < stall, so where it began is its lowest party).
CREATE UNLOGGED TABLE food.batches AS
SELECT DISTINCT ON (h.batch_id) h.batch_id AS id, h.id AS origin_holding FROM food.holdings h ORDER BY h.batch_id, h.party_id;
ALTER TABLE food.batches ADD PRIMARY KEY (id);
ANALYZE;
SQL
say "holdings: $("${PSQL[@]}" -t -A -c 'SELECT count(*) FROM food.holdings'), links: $("${PSQL[@]}" -t -A -c 'SELECT count(*) FROM food.links')  ($(( $(date +%s) - T1 )) s)"

say "measuring: 5-level traces, $STARTS random starts with the closure, $BASE_STARTS over the raw events (same run)"
TRACE_OUT=$(mktemp /tmp/food-trace-result.XXXXXX)
"${PSQL[@]}" -v starts="$STARTS" -v base="$BASE_STARTS" -v nb="$BATCHES" -v out="$TRACE_OUT" <<'SQL'
CREATE TEMP TABLE timings (design text, direction text, ms double precision, reached int);
-- Start batches: random producer/import lots (forward) and random lots as a stall holds them (backward), fixed seed.
\o /dev/null
SELECT setseed(0.21);
CREATE TEMP TABLE starts AS SELECT (1 + floor(random() * :nb))::bigint AS b, row_number() OVER () AS n FROM generate_series(1, :starts);
CREATE TEMP TABLE stall_starts AS
  SELECT s.n, h.id AS h, h.batch_id AS b, h.party_id AS p FROM starts s
  CROSS JOIN LATERAL (SELECT id, batch_id, party_id FROM food.holdings WHERE batch_id = s.b AND party_id > 2300 ORDER BY id LIMIT 1) h;
DO $$
DECLARE r record; t0 timestamptz; cnt int;
BEGIN
  -- closure: forward from where the batch began, backward from the batch at a stall (holding ids, index range per level)
  FOR r IN SELECT s.n, b.origin_holding AS h FROM starts s JOIN food.batches b ON b.id = s.b LOOP
    t0 := clock_timestamp();
    WITH RECURSIVE walk(h, d) AS (SELECT r.h, 0 UNION SELECT l.to_h, w.d + 1 FROM walk w JOIN food.links l ON l.from_h = w.h WHERE w.d < 5)
    SELECT count(*) INTO cnt FROM (SELECT h, min(d) FROM walk GROUP BY h) x JOIN food.holdings ho ON ho.id = x.h JOIN food.parties p ON p.id = ho.party_id;
    INSERT INTO timings VALUES ('closure', 'forward', extract(epoch FROM clock_timestamp() - t0) * 1000, cnt);
  END LOOP;
  FOR r IN SELECT * FROM stall_starts LOOP
    t0 := clock_timestamp();
    WITH RECURSIVE walk(h, d) AS (SELECT r.h, 0 UNION SELECT l.from_h, w.d + 1 FROM walk w JOIN food.links l ON l.to_h = w.h WHERE w.d < 5)
    SELECT count(*) INTO cnt FROM (SELECT h, min(d) FROM walk GROUP BY h) x JOIN food.holdings ho ON ho.id = x.h JOIN food.parties p ON p.id = ho.party_id;
    INSERT INTO timings VALUES ('closure', 'backward', extract(epoch FROM clock_timestamp() - t0) * 1000, cnt);
  END LOOP;
END $$;
SELECT set_config('bench.base', :'base', false);
\o
DO $$
DECLARE r record; t0 timestamptz; cnt int; base int := current_setting('bench.base')::int;
BEGIN
  -- baseline: the same walk over the raw events, nodes (batch, party), no closure and no indexes
  FOR r IN SELECT s.n, s.b, (SELECT at_party FROM food.events e WHERE e.batch_id = s.b AND e.step = 1 LIMIT 1) AS p FROM starts s WHERE s.n <= base LOOP
    t0 := clock_timestamp();
    WITH RECURSIVE walk(b, p, d) AS (
      SELECT r.b, r.p, 0
      UNION
      SELECT CASE WHEN e.step = 6 THEN e.out_batch ELSE e.batch_id END, CASE WHEN e.step = 6 THEN e.at_party ELSE e.dst_party END, w.d + 1
      FROM walk w JOIN food.events e ON e.batch_id = w.b AND e.at_party = w.p AND e.step IN (2, 6) WHERE w.d < 5)
    SELECT count(*) INTO cnt FROM (SELECT DISTINCT b, p FROM walk) x;
    INSERT INTO timings VALUES ('raw events', 'forward', extract(epoch FROM clock_timestamp() - t0) * 1000, cnt);
  END LOOP;
  FOR r IN SELECT * FROM stall_starts ss WHERE ss.n <= base LOOP
    t0 := clock_timestamp();
    WITH RECURSIVE walk(b, p, d) AS (
      SELECT r.b, r.p, 0
      UNION
      SELECT e.batch_id, e.at_party, w.d + 1
      FROM walk w JOIN food.events e ON (e.step = 2 AND e.batch_id = w.b AND e.dst_party = w.p) OR (e.step = 6 AND e.out_batch = w.b AND e.at_party = w.p) WHERE w.d < 5)
    SELECT count(*) INTO cnt FROM (SELECT DISTINCT b, p FROM walk) x;
    INSERT INTO timings VALUES ('raw events', 'backward', extract(epoch FROM clock_timestamp() - t0) * 1000, cnt);
  END LOOP;
END $$;
\echo
\echo '5-level trace over the generated events (server time per trace, ms)'
SELECT design, direction, count(*) AS traces, round(avg(reached), 1) AS avg_nodes,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 2) AS p50_ms,
       round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms)::numeric, 2) AS p95_ms,
       round(max(ms)::numeric, 2) AS max_ms
FROM timings GROUP BY design, direction ORDER BY direction, design;
SELECT direction,
       round((percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) FILTER (WHERE design = 'raw events')
            / percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) FILTER (WHERE design = 'closure'))::numeric, 0) AS "p95 raw / closure"
FROM timings GROUP BY direction ORDER BY direction;
-- For bench_result (bench/all.sh): per direction the closure's p95 and p50, the raw walk's p95, both counts; to a file, not the console.
\pset format unaligned
\pset tuples_only on
\pset fieldsep ' '
\o :out
SELECT direction,
       round((percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) FILTER (WHERE design = 'closure'))::numeric, 3),
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE design = 'closure'))::numeric, 3),
       coalesce(round((percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) FILTER (WHERE design = 'raw events'))::numeric, 3)::text, '-'),
       count(*) FILTER (WHERE design = 'closure'), count(*) FILTER (WHERE design = 'raw events')
FROM timings GROUP BY direction ORDER BY direction;
\o
SQL
# Goal (docs/food-traceability.md): p95 ≤ 100 ms for a 5-level trace over 10 M events, each direction.
while read -r direction p95 p50 raw95 n nraw; do
  [ "$raw95" != - ] || raw95=""
  bench_result "food trace: 5-level $direction trace (holdings + links), p95" PostgreSQL "$p95" ms "same walk over the raw events p95" "$raw95" "<=" 100 \
    "$BATCHES batches; p50 $p50 ms; $n traces, baseline $nraw"
done <"$TRACE_OUT"
rm -f "$TRACE_OUT"
say "done in $(( $(date +%s) - T0 )) s"
