#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
# `make screenshots`: start a throw-away demo server (SQLite in a temp folder), sign in as the
# demo beheerder (who sees every area), capture the main pages into docs/screenshots/, stop.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
PORT=${PORT:-8123}
tmp=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
MEEDOEN_VAR_DIR="$tmp" "$BIN/meedoen" web serve --adres "127.0.0.1:$PORT" >"$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  grep -q "^  eva " "$tmp/server.log" 2>/dev/null && curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break
  sleep 1
done
password=$(awk '$1 == "eva" {print $2}' "$tmp/server.log")
[ -n "$password" ] || { echo "demo-server kwam niet op; zie log:" >&2; cat "$tmp/server.log" >&2; exit 1; }
"$BIN/python" tools/screenshots.py --base-url "http://127.0.0.1:$PORT" --user eva --password "$password" "$@"
