#!/usr/bin/env bash
# Regenerates the metrology module's initial migration (issue 24) for both providers from the current model. Run it after a
# model change while MetroInitial has not landed; once it has, add ordinary migrations instead.
set -euo pipefail
cd "$(dirname "$0")/.."
M=src/Modules/Zhijian.Metrology
rm -rf "$M"/Data/Migrations
dotnet ef migrations add MetroInitial --project "$M" --context SqliteMetrologyDbContext --output-dir Data/Migrations/Sqlite --configuration Release
dotnet ef migrations add MetroInitial --project "$M" --context PostgresMetrologyDbContext --output-dir Data/Migrations/Postgres --configuration Release --no-build
