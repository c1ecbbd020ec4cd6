#!/usr/bin/env bash
# The dashboard in Debian's Chromium, driven by playwright-core (tools/web): a store of the
# examples plus this folder's test articles, `rasd serve` on a free loopback port, then
# browser.mjs. Screenshots land in BUILD_DIR/screenshots/.
# ctest runs it as: bash browser.sh RASD_BIN SOURCE_DIR BUILD_DIR
set -euo pipefail
rasd=${1:?usage: browser.sh RASD_BIN SOURCE_DIR BUILD_DIR}
src=${2:?}
. "$src/tests/serve/wait-url.sh"
build=${3:?}
command -v node >/dev/null || { echo "node is missing (scripts/install-deps installs nodejs)"; exit 1; }
[ -x /usr/bin/chromium ] || { echo "/usr/bin/chromium is missing (scripts/install-deps installs chromium)"; exit 1; }
if [ ! -d "$src/tools/web/node_modules/playwright-core" ]; then
  (cd "$src/tools/web" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi
tmp=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
"$rasd" ingest --db "$tmp/store.db" --format jsonl "$src/examples/articles.jsonl" "$src/tests/serve/articles.jsonl" >/dev/null
"$rasd" serve --db "$tmp/store.db" --port 0 --static "$src/web" 2>"$tmp/serve.log" &
server=$!
url=$(wait_for_url "$tmp/serve.log")
[ -n "$url" ] || { echo "rasd serve did not start:"; cat "$tmp/serve.log"; exit 1; }
mkdir -p "$build/screenshots"
node "$src/tests/serve/browser.mjs" "$url" "$build/screenshots" "$tmp/profile" "$src/tools/web/package.json"
