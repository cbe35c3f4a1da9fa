#!/usr/bin/env bash
# Installs the exact dependencies of package-lock.json when node_modules is missing or stale.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.rapport-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "Installing dependencies (npm ci)..." >&2
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
