#!/usr/bin/env bash
# Scaffolds one migration per provider: ./tools/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: tools/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project src/Data --startup-project tools/DesignHost \
    --context "Platform.Data.Providers.${provider}PlatformDbContext" \
    --output-dir "Migrations/$provider"
done
