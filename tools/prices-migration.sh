#!/usr/bin/env bash
# Regenerates the prices module's initial migration (issue 25) for both providers from the current model. Run it after a
# model change while PricesInitial has not landed; once it has, add ordinary migrations instead. Serialised with flock so two
# people (or helpers) regenerating at once do not interleave.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/prices-migration.lock
flock 9
M=src/Modules/Zhijian.Prices
rm -rf "$M"/Data/Migrations
dotnet ef migrations add PricesInitial --project "$M" --context SqlitePricesDbContext --output-dir Data/Migrations/Sqlite --configuration Release
dotnet ef migrations add PricesInitial --project "$M" --context PostgresPricesDbContext --output-dir Data/Migrations/Postgres --configuration Release --no-build
