#!/usr/bin/env bash
# `rasd extract --threads N`: the same bytes as one thread (records in input order, errors per
# record unchanged), a record written as soon as it and those before it are done, write failures
# still exit 3 without hanging; and a missing dictionary or model stops the run before it starts.
# ctest runs it as: bash threads.sh RASD_BIN SOURCE_DIR
set -uo pipefail
rasd=${1:?usage: threads.sh RASD_BIN SOURCE_DIR}
src=${2:?usage: threads.sh RASD_BIN SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL $*"; fails=$((fails + 1)); }

# Input: the bundled examples, lines of our own, and lines that fail, several times over.
{
  for _ in 1 2 3 4; do
    cat "$src/examples/articles.jsonl"
    printf '%s\n' '{"id":"x","text":"أعلن الجيش مقتل مسلحين اثنين في اشتباك قرب الحدود الشمالية"}' \
      '{"id":"y"}' '' 'not json' '{"id":"z","text":"زار الرئيس المستشفى وتفقد الجرحى","published":"2020-02-30"}'
  done
} >"$tmp/in.jsonl"
"$rasd" extract --format jsonl --threads 1 "$tmp/in.jsonl" "$tmp/in.jsonl" >"$tmp/one" 2>"$tmp/one.err"
rc1=$?
[[ $rc1 -eq 1 ]] || fail "one thread: exit $rc1, want 1 (some records fail)"
[[ $(wc -l <"$tmp/one") -eq 56 ]] || fail "one thread: $(wc -l <"$tmp/one") records, want 56"
for n in 2 3 8; do
  "$rasd" extract --format jsonl --threads "$n" "$tmp/in.jsonl" "$tmp/in.jsonl" >"$tmp/many" 2>"$tmp/many.err"
  rc=$?
  [[ $rc -eq $rc1 ]] || fail "$n threads: exit $rc, want $rc1"
  cmp -s "$tmp/one" "$tmp/many" && echo "ok   $n threads: the same bytes" || fail "$n threads: output differs from one thread"
  cmp -s "$tmp/one.err" "$tmp/many.err" || fail "$n threads: messages differ"
done
"$rasd" extract --format jsonl --threads 1 --output summary "$tmp/in.jsonl" >"$tmp/s1" 2>/dev/null
"$rasd" extract --format jsonl --threads 3 --output summary "$tmp/in.jsonl" >"$tmp/s3" 2>/dev/null
cmp -s "$tmp/s1" "$tmp/s3" && echo "ok   summary output the same at 3 threads" || fail "summary differs"

# Write failures: exit 3, promptly (timeout: a hang is a failure too).
timeout 120 "$rasd" extract --format jsonl --threads 3 "$tmp/in.jsonl" >/dev/full 2>"$tmp/err"
rc=$?
[[ $rc -eq 3 ]] && grep -q "No space left" "$tmp/err" && echo "ok   full disk at 3 threads: exit 3" || fail "full disk at 3 threads: exit $rc"
timeout 120 bash -c 'trap "" PIPE; "$1" extract --format jsonl --threads 3 "$2" | head -c 1 >/dev/null; exit ${PIPESTATUS[0]}' _ "$rasd" "$tmp/in.jsonl" 2>"$tmp/err"
rc=$?
[[ $rc -eq 3 ]] && echo "ok   reader gone at 3 threads: exit 3" || fail "reader gone at 3 threads: exit $rc"

# A record goes out while the input is still open, whatever the thread count.
mkfifo "$tmp/fifo"
( head -1 "$src/examples/articles.jsonl"; while [[ ! -e $tmp/done ]]; do sleep 0.1; done ) >"$tmp/fifo" &
writer=$!
"$rasd" extract --format jsonl --threads 3 "$tmp/fifo" >"$tmp/live" 2>/dev/null &
reader=$!
for _ in $(seq 1 600); do [[ -s $tmp/live ]] && break; sleep 0.1; done
[[ $(wc -l <"$tmp/live") -eq 1 ]] && echo "ok   3 threads: a record is written before the input ends" || fail "3 threads: nothing written while the input is open"
touch "$tmp/done"; wait "$writer" "$reader"

# What the engine needs at run time is checked before any record: exit 2 and a message.
RASD_HUNSPELL_DIR="$tmp/nothing" "$rasd" extract --format jsonl "$tmp/in.jsonl" >"$tmp/out" 2>"$tmp/err"
rc=$?
[[ $rc -eq 2 && ! -s $tmp/out ]] && grep -q "hunspell" "$tmp/err" && echo "ok   no dictionary: exit 2" || fail "no dictionary: exit $rc"
RASD_DATA_DIR="$tmp/nothing" "$rasd" extract --format jsonl "$tmp/in.jsonl" >"$tmp/out" 2>"$tmp/err"
rc=$?
[[ $rc -eq 2 && ! -s $tmp/out ]] && grep -q "model" "$tmp/err" && echo "ok   no model files: exit 2" || fail "no model files: exit $rc"
RASD_DATA_DIR="$tmp/nothing" "$rasd" extract --format jsonl --no-name-tagger --event-model none --status-model none "$tmp/in.jsonl" >"$tmp/out" 2>/dev/null
[[ $(wc -l <"$tmp/out") -eq 28 ]] && echo "ok   models off: none needed" || fail "models off: $(wc -l <"$tmp/out") records"

[[ $fails -eq 0 ]] && echo "all threads checks passed" || { echo "$fails threads check(s) failed"; exit 1; }
