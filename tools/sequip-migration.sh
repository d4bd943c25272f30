#!/usr/bin/env bash
# Regenerates the special-equipment module's initial migration (issue 22) for both providers from the current model. Run it
# after a model change while SequipInitial has not landed; once it has, add ordinary migrations instead.
set -euo pipefail
cd "$(dirname "$0")/.."
M=src/Modules/Zhijian.SpecialEquipment
rm -rf "$M"/Data/Migrations
dotnet ef migrations add SequipInitial --project "$M" --context SqliteEquipmentDbContext --output-dir Data/Migrations/Sqlite --configuration Release
dotnet ef migrations add SequipInitial --project "$M" --context PostgresEquipmentDbContext --output-dir Data/Migrations/Postgres --configuration Release --no-build
