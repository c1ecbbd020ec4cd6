#!/usr/bin/env bash
# `rasd train-ner` with several training files (data/models/README.md): the holdout comes from
# the first, the others are trained on whole and recorded in the model's options; Wojood-style
# nested lines are read; --memory-block adds the document-memory tables; a missing file is exit 1.
# ctest runs it as: bash train_ner.sh RASD_BIN SOURCE_DIR
set -uo pipefail
rasd=${1:?usage: train_ner.sh RASD_BIN SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

# Invented sentences.
for i in 1 2 3 4 5 6 7 8 9 10; do
  printf 'قال O\nالرئيس O\nكاراموفيتش B-PERS\nفي O\nطشقند B-LOC\n\n'
done >"$tmp/a.txt"
printf 'زار O\nفاروقيان B-PER\nمدينة O\nحمص B-LOC\n\nوأعلنت O\nحركة B-ORG\nالأمل I-ORG\nضد I-ORG\nسليم I-ORG B-PERS\n$#$ O\n' >"$tmp/b.txt"

"$rasd" train-ner --train "$tmp/a.txt" "$tmp/b.txt" --out "$tmp/m.bin" --memory-block 5 >"$tmp/out" 2>"$tmp/err"
rc=$?
[[ $rc -eq 0 ]] || { fail "two training files: exit $rc"; sed 's/^/  /' "$tmp/err" | head -5; }
[[ -s "$tmp/m.bin" ]] || fail "no model written"
grep -q "training on 9, holding out the last 1" "$tmp/out" || fail "holdout not taken from the first file"
grep -q "b.txt: 2 sentences, 9 tokens (0 unknown tags read as O); training on all" "$tmp/out" || fail "second file not trained on whole"
grep -q "options:.*train=a.txt train-fnv=[0-9a-f]* train=b.txt" "$tmp/out" || fail "options do not record both files"
grep -q "with document memory (blocks of 5 sentences" "$tmp/out" || fail "no document-memory table"
"$rasd" train-ner --train "$tmp/a.txt" "$tmp/no-such.txt" --out "$tmp/m2.bin" >/dev/null 2>&1
rc=$?
[[ $rc -eq 1 ]] || fail "missing training file: exit $rc, want 1"

[[ $fails -eq 0 ]] && echo "all train-ner checks passed" || { echo "$fails train-ner check(s) failed"; exit 1; }
