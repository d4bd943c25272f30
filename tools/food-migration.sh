#!/usr/bin/env bash
# Regenerates the food-safety module's second migration (Food2: 快检, 熔断, 追溯, 召回 — issue 21) for both providers from the
# current model. FoodInitial (issue 20) has landed and stays as it is: the script restores the model snapshot it left and adds
# Food2 on top. Once Food2 has landed too, add ordinary migrations instead of running this.
set -euo pipefail
cd "$(dirname "$0")/.."
M=src/Modules/Zhijian.FoodSafety
BASE=080b3a5
for p in Sqlite Postgres; do
  rm -f "$M"/Data/Migrations/$p/*_Food2.cs "$M"/Data/Migrations/$p/*_Food2.Designer.cs
  git show "$BASE:$M/Data/Migrations/$p/${p}FoodSafetyDbContextModelSnapshot.cs" > "$M/Data/Migrations/$p/${p}FoodSafetyDbContextModelSnapshot.cs"
done
dotnet ef migrations add Food2 --project "$M" --context SqliteFoodSafetyDbContext --output-dir Data/Migrations/Sqlite --configuration Release
dotnet ef migrations add Food2 --project "$M" --context PostgresFoodSafetyDbContext --output-dir Data/Migrations/Postgres --configuration Release --no-build
