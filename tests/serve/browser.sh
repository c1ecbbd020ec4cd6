#!/usr/bin/env bash
# The dashboard in Debian's Chromium, driven by Debian's python3-selenium and chromium-driver
# (nothing downloaded): a store of the examples plus this folder's test articles, `rasd serve`
# on a free loopback port, then browser.py. Screenshots land in BUILD_DIR/screenshots/.
# ctest runs it as: bash browser.sh RASD_BIN SOURCE_DIR BUILD_DIR; exit 77 means skipped
# (no chromium, chromedriver or selenium), which ctest reports as such.
set -euo pipefail
rasd=${1:?usage: browser.sh RASD_BIN SOURCE_DIR BUILD_DIR}
src=${2:?}
build=${3:?}
. "$src/tests/serve/wait-url.sh"
# Debian's python3 (python3-selenium is a Debian package), whatever python3 comes first in PATH.
python=/usr/bin/python3
[ -x "$python" ] || { echo "SKIP: $python is missing"; exit 77; }
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
"$python" "$src/tests/serve/browser.py" "$url" "$build/screenshots" "$tmp/profile"
