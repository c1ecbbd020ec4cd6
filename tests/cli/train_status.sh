#!/usr/bin/env bash
# `rasd train-status` (data/models/README.md): learns from the licence-clean outlets only, skips
# excluded articles, writes the same bytes twice; the model it writes, given to `extract
# --status-model`, turns a telling like its non-asserted examples generic and leaves one like
# its asserted ones; `none` is the rules alone; a status model that cannot be read stops extract
# before any record (exit 2); a missing training file is exit 1.
# ctest runs it as: bash train_status.sh RASD_BIN SOURCE_DIR
set -uo pipefail
rasd=${1:?usage: train_status.sh RASD_BIN SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

# Invented sentences: a category of crimes in general (generic) against a strike told with its
# toll (asserted), and one outlet a shipped model may not learn from.
{
  for i in 1 2 3 4 5 6; do
    printf '{"sid":"a%s","article":"art%s","outlet":"skynews","published":"2023-06-10","sentence":"تنتشر عمليات الخطف في المدن الكبيرة.","events":[{"types":["ASSAULT"],"trigger":"الخطف","status":"generic"}],"non_events":[]}\n' "$i" "$i"
    printf '{"sid":"b%s","article":"brt%s","outlet":"BBC","published":"2023-06-10","sentence":"قصفت الطائرات البلدة أمس فقتلت خمسة مدنيين.","events":[{"types":["ASSAULT"],"trigger":"قصفت","status":"asserted"}],"non_events":[]}\n' "$i" "$i"
  done
  printf '{"sid":"c1","article":"crt1","outlet":"okaz","published":"2023-06-10","sentence":"تنتشر عمليات الخطف في القرى.","events":[{"types":["ASSAULT"],"trigger":"الخطف","status":"asserted"}],"non_events":[]}\n'
} >"$tmp/s.jsonl"
printf 'art6\nbrt6\n' >"$tmp/excl.txt"

"$rasd" train-status --sentences "$tmp/s.jsonl" --exclude-articles "$tmp/excl.txt" --out "$tmp/m.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
[[ $rc -eq 0 ]] || { fail "train-status: exit $rc"; sed 's/^/  /' "$tmp/err" | head -5; }
grep -q "10 sentences and 0 gold articles used, 3 skipped" "$tmp/out" || { fail "outlet or article filter"; cat "$tmp/out"; }
grep -q "^options status sentences=10 " "$tmp/m.txt" || fail "no training record in the model"
"$rasd" train-status --sentences "$tmp/s.jsonl" --exclude-articles "$tmp/excl.txt" --out "$tmp/m2.txt" >/dev/null 2>&1
cmp -s "$tmp/m.txt" "$tmp/m2.txt" || fail "two runs wrote different models"

printf '%s\n' '{"id":"x","published":"2023-06-10","text":"تنتشر عمليات الخطف في الأحياء الفقيرة."}' \
  '{"id":"y","published":"2023-06-10","text":"قصفت الطائرات القرية أمس فقتلت ثلاثة مدنيين."}' >"$tmp/in.jsonl"
"$rasd" extract --format jsonl --event-model none --status-model "$tmp/m.txt" "$tmp/in.jsonl" >"$tmp/res" 2>/dev/null
sed -n 1p "$tmp/res" | grep -q '"modality":"generic"' || fail "the category was not made generic"
sed -n 2p "$tmp/res" | grep -q '"modality":"generic"' && fail "the strike was made generic"
"$rasd" extract --format jsonl --event-model none --status-model none "$tmp/in.jsonl" >"$tmp/none" 2>/dev/null
sed -n 1p "$tmp/none" | grep -q '"modality":"generic"' && fail "--status-model none still applied a model"
# The environment no longer chooses the model: the shipped one stands whatever it says.
RASD_STATUS_MODEL="$tmp/m.txt" "$rasd" extract --format jsonl --event-model none "$tmp/in.jsonl" >"$tmp/env" 2>/dev/null
"$rasd" extract --format jsonl --event-model none "$tmp/in.jsonl" >"$tmp/shipped" 2>/dev/null
cmp -s "$tmp/env" "$tmp/shipped" || fail "RASD_STATUS_MODEL still changes the output"
"$rasd" extract --format jsonl --status-model "$tmp/no-such-model.txt" "$tmp/in.jsonl" >"$tmp/bad" 2>"$tmp/bad.err"
rc=$?
[[ $rc -eq 2 ]] || fail "unreadable status model: exit $rc, want 2"
[[ -s "$tmp/bad" ]] && fail "unreadable status model: records written"
grep -q "status model" "$tmp/bad.err" || fail "unreadable status model: no message naming it"

"$rasd" train-status --sentences "$tmp/no-such.jsonl" --out "$tmp/m3.txt" >/dev/null 2>&1
rc=$?
[[ $rc -eq 1 ]] || fail "missing training file: exit $rc, want 1"

[[ $fails -eq 0 ]] && echo "all train-status checks passed" || { echo "$fails train-status check(s) failed"; exit 1; }
