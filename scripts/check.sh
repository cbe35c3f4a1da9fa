#!/usr/bin/env bash
# The one test command: installs what is missing, then runs every check in order, stopping at
# the first failure. Used by `npm test` and by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh

step() { printf '\n== %s\n' "$1" >&2; }
step "types: tsc and svelte-check"
npx tsc --noEmit -p tsconfig.json
npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output human
step "lint: eslint and prettier"
npx eslint .
npx prettier --check . --log-level warn
step "scenarios: rapport validate"
npx tsx src/cli/main.ts validate >/dev/null
step "unit, component and scenario tests: vitest"
npx vitest run
step "build"
npx vite build --logLevel warn
step "browser tests: playwright in Chromium"
npx playwright test
