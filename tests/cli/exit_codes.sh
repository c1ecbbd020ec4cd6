#!/usr/bin/env bash
# The CLI's promises (README "Using it", `rasd extract --help`): exit 0 when every record was read,
# 1 when at least one record failed (the others are still written), 2 on a usage error; one output
# line per input record; --help works on `rasd` and on `rasd extract`.
# ctest runs it as: bash exit_codes.sh RASD_BIN SOURCE_DIR
set -uo pipefail
rasd=${1:?usage: exit_codes.sh RASD_BIN SOURCE_DIR}
src=${2:?usage: exit_codes.sh RASD_BIN SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0

# expect NAME WANT_RC WANT_LINES -- command...   (WANT_LINES "-" = don't count)
expect() {
  local name=$1 want_rc=$2 want_lines=$3; shift 4
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$? lines
  lines=$(wc -l <"$tmp/out")
  if [[ $rc -ne $want_rc ]]; then
    echo "FAIL $name: exit $rc, want $want_rc"; sed 's/^/  stderr: /' "$tmp/err" | head -5; fails=$((fails + 1)); return
  fi
  if [[ $want_lines != - && $lines -ne $want_lines ]]; then
    echo "FAIL $name: $lines output lines, want $want_lines"; fails=$((fails + 1)); return
  fi
  echo "ok   $name (exit $rc, $lines lines)"
}

printf '%s\n' '{"id":"a","text":"قال الوزير إن الوضع مستقر"}' '' '{"id":"b","text":"أصيب 20 شخصا أمس"}' >"$tmp/good.jsonl"
printf '%s\n' '{"id":"a","text":"قال الوزير"}' '[1,2]' '{"id":"c"}' '{"id":"d","text":"نص"}' >"$tmp/bad.jsonl"
printf 'قال الوزير إن الوضع مستقر\n' >"$tmp/article.txt"
printf '<html><body><p>قال الوزير إن الوضع مستقر</p></body></html>' >"$tmp/page.html"

expect "good jsonl"                     0 2 -- "$rasd" extract --format jsonl "$tmp/good.jsonl"
expect "good jsonl on stdin"            0 2 -- sh -c '"$1" extract --format jsonl <"$2"' _ "$rasd" "$tmp/good.jsonl"
expect "failed records: exit 1, all written" 1 4 -- "$rasd" extract --format jsonl "$tmp/bad.jsonl"
expect "good text"                      0 1 -- "$rasd" extract "$tmp/article.txt"
expect "good html"                      0 1 -- "$rasd" extract --format html "$tmp/page.html"
expect "two files, one record each"     0 2 -- "$rasd" extract "$tmp/article.txt" "$tmp/article.txt"
expect "missing file: a record, exit 1" 1 2 -- "$rasd" extract "$tmp/article.txt" "$tmp/no-such-file.txt"
expect "not a date: a warning, exit 0"  0 1 -- "$rasd" extract --published 2022-13-45 "$tmp/article.txt"
expect "examples"                       0 "$(grep -cv '^[[:space:]]*$' "$src/examples/articles.jsonl")" -- \
  "$rasd" extract --format jsonl "$src/examples/articles.jsonl"
expect "unknown format: usage error"    2 0 -- "$rasd" extract --format xml "$tmp/article.txt"
expect "unknown option: usage error"    2 0 -- "$rasd" extract --no-such-option "$tmp/article.txt"
expect "bad --max-bytes: usage error"   2 0 -- "$rasd" extract --max-bytes -5 "$tmp/article.txt"
expect "no subcommand: usage error"     2 0 -- "$rasd"
expect "unknown subcommand: usage error" 2 0 -- "$rasd" frobnicate
expect "rasd --help"                    0 - -- "$rasd" --help
expect "rasd extract --help"            0 - -- "$rasd" extract --help
grep -q "Exit status" "$tmp/out" || { echo "FAIL extract --help does not document the exit status"; fails=$((fails + 1)); }

# Every output line is a JSON object (checked with python3 when present).
if command -v python3 >/dev/null; then
  "$rasd" extract --format jsonl "$tmp/bad.jsonl" >"$tmp/out" 2>/dev/null  # exits 1: records failed
  python3 -c '
import json, sys
n = 0
for line in sys.stdin:
    assert isinstance(json.loads(line), dict); n += 1
assert n == 4, n' <"$tmp/out" && echo "ok   output lines are JSON objects" || { echo "FAIL output lines are not JSON objects"; fails=$((fails + 1)); }
fi

[[ $fails -eq 0 ]] && echo "all CLI checks passed" || { echo "$fails CLI check(s) failed"; exit 1; }
