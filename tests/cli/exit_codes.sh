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

# ---- write errors (issue 21): named on stderr, exit 3, the run stops
expect_stderr() {  # NAME PATTERN: the last command's stderr names the error
  grep -q "$2" "$tmp/err" || { echo "FAIL $1: stderr does not say '$2'"; sed 's/^/  stderr: /' "$tmp/err" | head -3; fails=$((fails + 1)); }
}
expect "output to a full disk: exit 3"  3 - -- sh -c '"$1" extract --format jsonl "$2" >/dev/full' _ "$rasd" "$tmp/good.jsonl"
expect_stderr "full disk" "No space left"
expect "closed standard output: exit 3" 3 - -- sh -c '"$1" extract --format jsonl "$2" >&-' _ "$rasd" "$tmp/good.jsonl"
expect_stderr "closed stdout" "standard output is closed"
# SIGPIPE ignored (as under many supervisors): EPIPE must still stop the run with a message.
expect "reader gone, SIGPIPE ignored"   3 - -- bash -c 'trap "" PIPE; "$1" extract --format jsonl "$2" | true; exit ${PIPESTATUS[0]}' _ "$rasd" "$tmp/good.jsonl"
expect_stderr "broken pipe" "Broken pipe"

# ---- inputs that are not articles, and bounded reads
mkdir -p "$tmp/dir/sub"
expect "a directory: file-unreadable, exit 1" 1 1 -- "$rasd" extract "$tmp/dir/sub"
grep -q '"file-unreadable"' "$tmp/out" || { echo "FAIL directory: no file-unreadable"; fails=$((fails + 1)); }
# /dev/zero never ends: each format reads a bounded amount, then the next file is read.
head -1 "$tmp/good.jsonl" >"$tmp/good1.jsonl"
# Memory limits (ulimit -v) only where AddressSanitizer does not reserve terabytes of shadow.
asan=0
grep -q __asan_init "$rasd" 2>/dev/null && asan=1
for fmt in text html jsonl; do
  expect "/dev/zero as $fmt, then a file" 1 2 -- bash -c '[[ $4 == 1 ]] || ulimit -v 2000000; exec timeout 120 "$1" extract --format "$2" /dev/zero "$3"' _ \
    "$rasd" "$fmt" "$([[ $fmt == jsonl ]] && echo "$tmp/good1.jsonl" || echo "$tmp/article.txt")" "$asan"
done
# Out of memory in one record: that record says so, the next file is still read.
if [[ $asan == 0 ]]; then
  yes x | head -c 8000000 >"$tmp/huge.txt"  # 4 million one-letter lines: far beyond 800 MB of layers
  expect "out of memory in one record, then a file" 1 2 -- bash -c 'ulimit -v 800000; exec "$1" extract --max-bytes 8000000 "$2" "$3"' _ \
    "$rasd" "$tmp/huge.txt" "$tmp/article.txt"
  head -1 "$tmp/out" | grep -q '"out-of-memory"' || { echo "FAIL out of memory: no out-of-memory error"; fails=$((fails + 1)); }
fi

# ---- default ids are unique: the path without extension, a suffix for a name met again
mkdir -p "$tmp/d"
cp "$tmp/article.txt" "$tmp/d/a.txt"; cp "$tmp/article.txt" "$tmp/a.txt"; cp "$tmp/article.txt" "$tmp/a.md"
(cd "$tmp" && "$rasd" extract a.txt d/a.txt a.md a.txt) >"$tmp/out" 2>/dev/null
ids=$(python3 -c 'import json,sys; print(" ".join(json.loads(l)["id"] for l in sys.stdin))' <"$tmp/out")
[[ $ids == "a d/a a-2 a-3" ]] && echo "ok   default ids unique ($ids)" || { echo "FAIL default ids: $ids"; fails=$((fails + 1)); }

# ---- output is written per record: the first record is out while the input is still open
mkfifo "$tmp/fifo"
( head -1 "$tmp/good.jsonl"; while [[ ! -e $tmp/done ]]; do sleep 0.1; done ) >"$tmp/fifo" &
writer=$!
"$rasd" extract --format jsonl "$tmp/fifo" >"$tmp/live" 2>/dev/null &
reader=$!
for _ in $(seq 1 300); do [[ -s $tmp/live ]] && break; sleep 0.1; done
if [[ $(wc -l <"$tmp/live") -eq 1 ]]; then echo "ok   a record is written as soon as it is done"
else echo "FAIL nothing written while the input stays open (output buffered?)"; fails=$((fails + 1)); fi
touch "$tmp/done"; wait "$writer" "$reader"

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
