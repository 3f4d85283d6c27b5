#!/usr/bin/env bash
# Rebuilds OpenASC's committed GOV.UK Frontend assets (users never need Node: the output is committed).
set -euo pipefail
cd "$(dirname "$0")"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
out=../src/main/resources/static/assets
mkdir -p "$out/images"
npx sass --no-source-map --style=compressed --load-path=node_modules openasc.scss "$out/openasc.css"
cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js "$out/govuk-frontend.min.js"
cp node_modules/govuk-frontend/dist/govuk/assets/images/favicon.ico node_modules/govuk-frontend/dist/govuk/assets/images/favicon.svg "$out/images/"
if grep -q "GDS Transport" "$out/openasc.css"; then echo "GDS Transport found in the CSS: check openasc.scss" >&2; exit 1; fi
echo "Built $out"
