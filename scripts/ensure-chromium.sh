#!/usr/bin/env bash
# Browser tests run in Debian's Chromium (Playwright cannot download its own browsers here).
# Installs it when missing, as root; otherwise says exactly what to do.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then exit 0; fi
if [ "${CHROMIUM_PATH:-}" != "" ]; then
  echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, but no executable is there." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium (about a minute)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
  [ -x /usr/bin/chromium ] && exit 0
  echo "apt-get finished but /usr/bin/chromium is still missing." >&2
  exit 1
fi
cat >&2 <<MSG
The browser tests need Chromium, and it is not installed at /usr/bin/chromium.
  - On Debian or Ubuntu, as root:   apt-get update && apt-get install -y chromium
  - Or point CHROMIUM_PATH at a Chromium or Chrome executable and run the tests again.
(This script installs it by itself only when run as root on a machine with apt-get.)
MSG
exit 1
