#!/bin/sh
# List the gold articles' role errors: build the input as scripts/gold-check does (the seed and
# dev.gold.jsonl texts), run build/rasd and score with --show.
set -e
cd "$(dirname "$0")/.."
in=${TMPDIR:-/tmp}/gold-roles-in.jsonl; out=${TMPDIR:-/tmp}/gold-roles-out.jsonl
python3 - "$in" <<'PY'
import json, sys
s = json.load(open('../shared/gold/aljazeera-kazakhstan-2022-01-08.gold.json', encoding='utf-8'))
t = open('../shared/seed/aljazeera-kazakhstan-2022-01-08.txt', encoding='utf-8').read()
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    f.write(json.dumps({'id': s['doc']['id'], 'published': s['doc']['published'], 'text': t}, ensure_ascii=False) + '\n')
    for line in open('../shared/gold/dev.gold.jsonl', encoding='utf-8'):
        if line.strip():
            d = json.loads(line)['doc']
            f.write(json.dumps({'id': d['id'], 'published': d.get('published'), 'text': d['text']}, ensure_ascii=False) + '\n')
PY
build/rasd extract --format jsonl "$in" > "$out"
python3 ../shared/tools/score.py ../shared/gold/aljazeera-kazakhstan-2022-01-08.gold.json ../shared/gold/dev.gold.jsonl --pred "$out" --show "$@"
