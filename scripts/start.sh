#!/usr/bin/env bash
# Installs what is missing and serves the app on localhost; the URL is printed below.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
exec npx vite --host 127.0.0.1 --port "${PORT:-5173}"
