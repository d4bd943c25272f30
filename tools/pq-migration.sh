#!/usr/bin/env bash
# Regenerates the product-quality module's initial migration (issue 23) for both providers from the current model. Run it
# after a model change while PqInitial has not landed; once it has, add ordinary migrations instead.
set -euo pipefail
cd "$(dirname "$0")/.."
M=src/Modules/Zhijian.ProductQuality
rm -rf "$M"/Data/Migrations
dotnet ef migrations add PqInitial --project "$M" --context SqliteQualityDbContext --output-dir Data/Migrations/Sqlite --configuration Release
dotnet ef migrations add PqInitial --project "$M" --context PostgresQualityDbContext --output-dir Data/Migrations/Postgres --configuration Release --no-build
