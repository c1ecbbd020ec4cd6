#!/usr/bin/env bash
# `rasd train-events` (data/models/README.md): trains on labelled sentences of the licence-clean
# outlets only, skips excluded articles, writes the same bytes twice, and the model it writes is
# read back by `rasd extract --event-model`; a model that cannot be read is a usage error (2), a
# missing training file exit 1.
# ctest runs it as: bash train_events.sh RASD_BIN SOURCE_DIR
set -uo pipefail
rasd=${1:?usage: train_events.sh RASD_BIN SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

# Invented sentences: attacks, a player's withdrawal (its sport word past the trigger row's own
# `unless` window, so the filter has it to judge), one outlet a shipped model may not learn from.
{
  for i in 1 2 3 4 5 6; do
    printf '{"sid":"a%s","article":"art%s","outlet":"skynews","published":"2023-06-10","sentence":"انسحبت القوات من البلدة بعد معارك عنيفة.","events":[{"types":["RETREAT"],"trigger":"انسحبت","status":"asserted"}],"non_events":[]}\n' "$i" "$i"
    printf '{"sid":"b%s","article":"brt%s","outlet":"BBC","published":"2023-06-10","sentence":"انسحب حارس الفريق من التدريبات صباح اليوم قبل أيام من انطلاق البطولة.","events":[],"non_events":[{"word":"انسحب","reason":"sports"}]}\n' "$i" "$i"
  done
  printf '{"sid":"c1","article":"crt1","outlet":"okaz","published":"2023-06-10","sentence":"انسحب اللاعب من المباراة.","events":[],"non_events":[]}\n'
} >"$tmp/s.jsonl"
printf 'art6\nbrt6\n' >"$tmp/excl.txt"

"$rasd" train-events --sentences "$tmp/s.jsonl" --exclude-articles "$tmp/excl.txt" --out "$tmp/m.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
[[ $rc -eq 0 ]] || { fail "train-events: exit $rc"; sed 's/^/  /' "$tmp/err" | head -5; }
grep -q "10 sentences and 0 gold articles used, 3 skipped" "$tmp/out" || { fail "outlet or article filter"; cat "$tmp/out"; }
head -1 "$tmp/m.txt" | grep -qx "rasd-events-filter 1" || fail "no model header"
"$rasd" train-events --sentences "$tmp/s.jsonl" --exclude-articles "$tmp/excl.txt" --out "$tmp/m2.txt" >/dev/null 2>&1
cmp -s "$tmp/m.txt" "$tmp/m2.txt" || fail "two runs wrote different models"

# The model it wrote drops the withdrawal in a sport sentence and keeps the army's.
printf '%s\n' '{"id":"x","published":"2023-06-10","text":"انسحب حارس الفريق من التدريبات صباح اليوم قبل أيام من انطلاق البطولة."}' \
  '{"id":"y","published":"2023-06-10","text":"انسحبت القوات من البلدة بعد معارك عنيفة."}' >"$tmp/in.jsonl"
"$rasd" extract --format jsonl --event-model "$tmp/m.txt" "$tmp/in.jsonl" >"$tmp/res" 2>/dev/null
sed -n 1p "$tmp/res" | grep -q '"type":"RETREAT"' && fail "sport withdrawal kept"
sed -n 2p "$tmp/res" | grep -q '"type":"RETREAT"' || fail "army withdrawal dropped"
"$rasd" extract --format jsonl --event-model none "$tmp/in.jsonl" | sed -n 1p | grep -q '"type":"RETREAT"' ||
  fail "--event-model none filtered"

printf 'not a model\n' >"$tmp/bad.txt"
"$rasd" extract --format jsonl --event-model "$tmp/bad.txt" "$tmp/in.jsonl" >/dev/null 2>&1
rc=$?
[[ $rc -eq 2 ]] || fail "unreadable model: exit $rc, want 2"
"$rasd" train-events --sentences "$tmp/no-such.jsonl" --out "$tmp/m3.txt" >/dev/null 2>&1
rc=$?
[[ $rc -eq 1 ]] || fail "missing training file: exit $rc, want 1"

[[ $fails -eq 0 ]] && echo "all train-events checks passed" || { echo "$fails train-events check(s) failed"; exit 1; }
