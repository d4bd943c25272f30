#!/usr/bin/env bash
# 含麻黄碱类复方制剂疑似异常购买 (issue 24): COPYs N generated sales over P pharmacies into a throw-away PostgreSQL on loopback, then
# times the module's full pass (set-based candidates streamed through the sliding window) against a plain GROUP BY buyer count in the
# same run, and the per-sale intake check over S new sales (p50/p95). Goals: full pass ≤ 30 s at 10,000,000; per sale ≤ 5 ms.
# Usage: bench/drugs-ephedrine.sh [sales=10000000] [pharmacies=5000] [sample=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-10000000}; PHARMACIES=${2:-5000}; SAMPLE=${3:-10000}
say() { printf "\n== %s\n" "$*"; }
die() { echo "bench: $*" >&2; exit 1; }
source tools/pg.sh
need_pg
[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build bench/Zhijian.Bench -c Release -nologo -v q -clp:ErrorsOnly
start_pg
trap stop_pg EXIT
DOTNET_gcServer=1 dotnet bench/Zhijian.Bench/bin/Release/net10.0/Zhijian.Bench.dll drugs-ephedrine --count "$COUNT" --pharmacies "$PHARMACIES" --sample "$SAMPLE" \
  --pg "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
