#!/usr/bin/env bash
# `rasd train-ner` with several training files (data/models/README.md): each gives its last
# sentences as a holdout, all are recorded in the model's options; a training sentence that
# repeats held-out text is dropped; names are scored seen / unseen; Wojood-style nested lines are
# read; --memory-block adds the document-memory tables; a missing file is exit 1. With the shared
# training data beside the tree, tools/ner_train.sh reproduces the shipped model byte for byte.
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
grep -q "b.txt: 2 sentences, 9 tokens (0 unknown tags read as O); training on 1, holding out the last 1" "$tmp/out" || fail "second file's holdout"
grep -q "holdout (last 10% of b.txt, 1 sentences)" "$tmp/out" || fail "second holdout not scored"
grep -q "^  unseen names " "$tmp/out" || fail "no unseen-names row"
grep -q "^  seen names " "$tmp/out" || fail "no seen-names row"
# A training sentence that repeats a dev sentence (same article in two files) is dropped.
printf 'زار O\nالوزير O\nكاراموفيتش B-PERS\nمدينة O\nحمص B-LOC\nصباح O\nيوم O\nالخميس O\nالماضي O\n\n' >"$tmp/dev.txt"
cat "$tmp/dev.txt" "$tmp/a.txt" >"$tmp/c.txt"
"$rasd" train-ner --train "$tmp/c.txt" --dev "$tmp/dev.txt" --out "$tmp/m3.bin" --predictions "$tmp/pred.txt" >"$tmp/out3" 2>&1 || fail "dev run: exit $?"
grep -q "dropped 1 training sentences that repeat held-out or dev text" "$tmp/out3" || fail "repeated dev text not dropped"
grep -q "^كاراموفيتش B-PER " "$tmp/pred.txt" || fail "no predictions written"
grep -q "options:.*train=a.txt train-fnv=[0-9a-f]* train=b.txt" "$tmp/out" || fail "options do not record both files"
grep -q "with document memory (blocks of 5 sentences" "$tmp/out" || fail "no document-memory table"
"$rasd" train-ner --train "$tmp/a.txt" "$tmp/no-such.txt" --out "$tmp/m2.bin" >/dev/null 2>&1
rc=$?
[[ $rc -eq 1 ]] || fail "missing training file: exit $rc, want 1"

# A segmenter's file is joined back to words, and its spans lose the heads the first file leaves out.
for i in 1 2 3 4 5; do printf 'زار O\nمدينة O\nحمص B-LOC\nأمس O\n\n'; done >"$tmp/ref.txt"
printf 'و O\nزار O\nمدينة B-LOC\nبغداد I-LOC\nمع O\nعائلة O\nه O\n\nسافر O\nإلى O\nطشقند B-LOC\n\n' >"$tmp/seg.txt"
"$rasd" train-ner --train "$tmp/ref.txt" "$tmp/seg.txt" --segmented "$tmp/seg.txt" --align-heads --out "$tmp/m5.bin" >"$tmp/out5" 2>&1 || fail "segmented run: exit $?"
grep -q "seg.txt: 2 clitic tokens joined to their words" "$tmp/out5" || fail "clitics not joined"
grep -q "cut from 1 spans of the other files" "$tmp/out5" || fail "head not cut"
grep -q "options:.*train=seg.txt joined .*align-heads" "$tmp/out5" || fail "options do not record the conversions"

# The shipped model from the committed command (needs ../shared/data/ner; skipped without it).
src=${2:-}
shared="$src/../shared/data/ner"
if [[ -n "$src" && -f "$shared/anercorp-train.txt" && -f "$src/data/models/ner-anercorp.bin" ]]; then
  (cd "$src" && tools/ner_train.sh "$rasd" "$tmp/shipped.bin" "$shared") >"$tmp/out4" 2>&1 || fail "tools/ner_train.sh: exit $?"
  cmp -s "$tmp/shipped.bin" "$src/data/models/ner-anercorp.bin" || fail "tools/ner_train.sh does not reproduce data/models/ner-anercorp.bin"
else
  echo "skipped: shipped-model reproduction (no ../shared/data/ner)"
fi

[[ $fails -eq 0 ]] && echo "all train-ner checks passed" || { echo "$fails train-ner check(s) failed"; exit 1; }
