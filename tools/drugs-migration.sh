#!/usr/bin/env bash
# Regenerates the drugs (药品·医疗器械·化妆品) module's initial migration (issue 24) for both providers from the current model. Run it
# after a model change while DrugsInitial has not landed; once it has, add ordinary migrations instead.
set -euo pipefail
cd "$(dirname "$0")/.."
M=src/Modules/Zhijian.Drugs
rm -rf "$M"/Data/Migrations
dotnet ef migrations add DrugsInitial --project "$M" --context SqliteDrugsDbContext --output-dir Data/Migrations/Sqlite --configuration Release
dotnet ef migrations add DrugsInitial --project "$M" --context PostgresDrugsDbContext --output-dir Data/Migrations/Postgres --configuration Release --no-build
