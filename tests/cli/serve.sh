#!/usr/bin/env bash
# `rasd serve` as a process: usage and store errors exit 2 and 3 without creating a store, the
# server answers on the port it prints, and SIGTERM stops it cleanly (exit 0).
# ctest runs it as: bash serve.sh RASD_BIN SOURCE_DIR
set -uo pipefail
rasd=${1:?usage: serve.sh RASD_BIN SOURCE_DIR}
src=${2:?usage: serve.sh RASD_BIN SOURCE_DIR}
. "$src/tests/serve/wait-url.sh"
tmp=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
fails=0
ok() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else fail "$name"; fi; }

"$rasd" serve --port 70000 >/dev/null 2>&1
check "a port out of range is a usage error (2)" test $? -eq 2
"$rasd" serve --db "$tmp/none.db" --port 0 >/dev/null 2>"$tmp/err"
check "a missing store is a store error (3)" test $? -eq 3
check "a missing store is not created" test ! -e "$tmp/none.db"
"$rasd" serve --db "$tmp/none.db" --static "$tmp/no-such-folder" --port 0 >/dev/null 2>&1
check "a missing --static folder is an error" test $? -ne 0

"$rasd" ingest --db "$tmp/s.db" --format jsonl "$src/examples/articles.jsonl" >/dev/null
"$rasd" serve --db "$tmp/s.db" --port 0 2>"$tmp/log" &
server=$!
url=$(wait_for_url "$tmp/log")
check "prints the loopback URL it listens on" test -n "$url"
# HTTP through python3's urllib (no curl on a bare Debian).
fetch() { python3 - "$1" <<'PY'
import sys, urllib.request, urllib.error
try:
    r = urllib.request.urlopen(sys.argv[1], timeout=10); print(r.status); sys.stdout.write(r.read().decode())
except urllib.error.HTTPError as e:
    print(e.code); sys.stdout.write(e.read().decode())
PY
}
fetch "${url}api/v1/meta" >"$tmp/meta"
check "meta answers 200" test "$(head -1 "$tmp/meta")" = 200
check "meta counts the stored events" python3 -c "import json,sys; assert json.loads(open(sys.argv[1]).read().split('\n',1)[1])['events'] > 0" "$tmp/meta"
fetch "${url}api/v1/events?from=bad" >"$tmp/err"
check "a bad filter is a JSON 400" python3 -c "
import json,sys; lines=open(sys.argv[1]).read().split('\n',1); d=json.loads(lines[1]); assert lines[0]=='400' and d['status']==400 and d['message']" "$tmp/err"
fetch "$url" >"$tmp/index"
check "the dashboard is served at /" grep -q "<html" "$tmp/index"
kill -TERM "$server"
wait "$server"
check "SIGTERM stops it with exit 0" test $? -eq 0
server=
[ "$fails" -eq 0 ] || { echo "$fails failed"; exit 1; }
echo "all ok"
