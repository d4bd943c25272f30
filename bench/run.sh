#!/usr/bin/env bash
# The registry benchmarks of issue 3, in one run: generates a 1,000,000-row file (and a 100,000-row one for the
# memory comparison), starts a throw-away PostgreSQL on loopback, then imports both files through the real host
# on SQLite and on PostgreSQL against its baseline in the same run (PostgreSQL: psql \copy into a bare table of the
# file's columns; SQLite: one prepared INSERT in one transaction; then the registry's own indexes built on it), and
# times name search (1–4 characters) against an unindexed LIKE scan.
# Usage: bench/run.sh [rows=1000000] [small=100000] [databases=sqlite,postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}; SMALL=${2:-100000}; DBS=${3:-sqlite,postgres}
say() { printf '\n== %s\n' "$*"; }
die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }
apt_install() {
  if [ "$(id -u)" -ne 0 ]; then die "missing $*: install with: sudo apt-get install -y $*"; fi
  apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
source tools/pg.sh
need_pg
command -v psql >/dev/null || apt_install postgresql-client

say "build (Release)"
dotnet build src/Zhijian.Host -c Release -nologo -v q -clp:ErrorsOnly
dotnet build bench/Zhijian.Bench -c Release -nologo -v q -clp:ErrorsOnly
BENCH="dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll"
DATA=${BENCH_DATA:-artifacts/bench}
mkdir -p "$DATA"
for n in "$ROWS" "$SMALL"; do
  [ -s "$DATA/entities-$n.csv" ] || { say "generate $n rows"; $BENCH generate --count "$n" --seed 1 --today 2026-11-23 --out "$DATA/entities-$n.csv"; }
done
chmod -R a+r "$DATA"; chmod a+x "$DATA" artifacts

start_pg
say "import and search"
$BENCH import --file "$(realpath "$DATA/entities-$ROWS.csv")" --small "$(realpath "$DATA/entities-$SMALL.csv")" \
  --host "$(realpath src/Zhijian.Host/bin/Release/net10.0/Zhijian.Host.dll)" --db "$DBS" \
  --pg "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
