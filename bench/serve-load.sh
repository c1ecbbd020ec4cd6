#!/usr/bin/env bash
# Load test of `rasd serve` with Debian's wrk on loopback (issue 18): a store of the examples
# and the serve tests' articles, then 200 connections for 20 s on /api/v1/events and on
# /api/v1/aggregate. Prints wrk's figures and fails when any request errored or was not a 2xx.
# Not a timed test: the figures depend on the machine; read them beside each other.
# Usage: bench/serve-load.sh [RASD_BIN] [SECONDS] [CONNECTIONS]
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
. "$src/tests/serve/wait-url.sh"
rasd=${1:-$src/build/rasd}
secs=${2:-20}
conns=${3:-200}
command -v wrk >/dev/null || { echo "wrk is missing (Debian package wrk)"; exit 1; }
tmp=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
"$rasd" ingest --db "$tmp/store.db" --format jsonl "$src/examples/articles.jsonl" "$src/tests/serve/articles.jsonl" >/dev/null
"$rasd" serve --db "$tmp/store.db" --port 0 2>"$tmp/serve.log" &
server=$!
url=$(wait_for_url "$tmp/serve.log")
[ -n "$url" ] || { cat "$tmp/serve.log"; exit 1; }
bad=0
# The machine's load beside the figures: on a shared box wrk's timeouts follow other work.
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for path in "api/v1/events?limit=100" "api/v1/aggregate?by=week&all=1"; do
  echo "== $path: $conns connections, ${secs}s, 2 threads"
  wrk -t2 -c"$conns" -d"${secs}s" "$url$path" | tee "$tmp/wrk.out"
  # wrk prints "Socket errors: ..." and "Non-2xx or 3xx responses: N" only when there were some.
  if grep -qE "Socket errors|Non-2xx" "$tmp/wrk.out"; then bad=1; fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$bad" -eq 0 ] && echo "serve-load: 0 errors" || { echo "serve-load: errors (see above)"; exit 1; }
