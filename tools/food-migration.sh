#!/usr/bin/env bash
# Regenerates the food-safety module's single migration (FoodInitial) for both providers from the current model.
# The module is new in issue 20 and has no deployed database yet, so one initial migration is kept while it takes shape.
set -euo pipefail
cd "$(dirname "$0")/.."
M=src/Modules/Zhijian.FoodSafety
rm -rf "$M/Data/Migrations"
dotnet ef migrations add FoodInitial --project "$M" --context SqliteFoodSafetyDbContext --output-dir Data/Migrations/Sqlite --configuration Release
dotnet ef migrations add FoodInitial --project "$M" --context PostgresFoodSafetyDbContext --output-dir Data/Migrations/Postgres --configuration Release --no-build
