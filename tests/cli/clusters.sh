#!/usr/bin/env bash
# `rasd clusters` end to end: five articles written for this test go into a fresh store; three
# outlets tell one air strike on a market (two on the day, one the next day), a fourth article an
# attack elsewhere the same day and a fifth a strike on the same market a week later. The three
# tellings must form one group of three articles and three outlets with every outlet's toll side
# by side; the other two must stay out of it. On SQLite and, when its binaries are there, on the
# same store commands as the store test (the grouping itself reads only the query's events).
# ctest runs it as: bash clusters.sh RASD_BIN SOURCE_DIR
set -uo pipefail
rasd=${1:?usage: clusters.sh RASD_BIN SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
check() { local name=$1; shift; if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi; }

python3 - "$tmp/articles.jsonl" <<'PY'
import json, sys
arts = [
    ("strike-a", "outlet-a", "2024-03-10",
     "قتل خمسة مدنيين وأصيب عشرة آخرون في غارة جوية استهدفت سوقا شعبيا في مدينة حلب صباح اليوم الأحد."),
    ("strike-b", "outlet-b", "2024-03-10",
     "قصفت طائرات حربية سوقا في مدينة حلب اليوم الأحد، ما أسفر عن مقتل ستة مدنيين."),
    ("strike-c", "outlet-c", "2024-03-11",
     "قالت مصادر طبية إن سبعة مدنيين قتلوا في غارة جوية على سوق بمدينة حلب أمس الأحد."),
    ("other-town", "outlet-a", "2024-03-10",
     "قتل جنديان في هجوم مسلح على حاجز عسكري في مدينة درعا اليوم الأحد."),
    ("week-later", "outlet-b", "2024-03-17",
     "قتل أربعة مدنيين في غارة جوية على سوق في مدينة حلب اليوم الأحد."),
]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i, o, p, t in arts:
        f.write(json.dumps({"id": i, "outlet": o, "published": p, "text": t}, ensure_ascii=False) + "\n")
PY
"$rasd" ingest --db "$tmp/s.db" --format jsonl "$tmp/articles.jsonl" >/dev/null 2>&1
check "ingest exits 0" test $? -eq 0
"$rasd" clusters --db "$tmp/s.db" >"$tmp/c.jsonl" 2>"$tmp/c.err"
check "clusters exits 0" test $? -eq 0
check "one group of three articles, three outlets; tolls side by side" python3 - "$tmp/c.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(lines) == 1, lines
c = lines[0]
assert c["type"] == "ASSAULT" and c["articles"] == 3 and c["outlets"] == 3, c
assert sorted(e["article_id"] for e in c["events"]) == ["strike-a", "strike-b", "strike-c"], c
assert c["first_report"] == "2024-03-10", c
assert c["cluster_id"] == c["events"][0]["event_id"], c
dead = sorted((d["outlet"], d["value"]) for d in c["counts"]["dead"])
assert dead == [("outlet-a", 5), ("outlet-b", 6), ("outlet-c", 7)], dead
PY
"$rasd" clusters --db "$tmp/s.db" --min-articles 1 >"$tmp/all.jsonl"
check "--min-articles 1: the other two stand alone" python3 - "$tmp/all.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
alone = sorted(e["article_id"] for c in lines if c["articles"] == 1 for e in c["events"] if c["type"] == "ASSAULT")
assert alone == ["other-town", "week-later"], alone
PY
"$rasd" clusters --db "$tmp/s.db" --type PROTEST >"$tmp/none.jsonl"
check "filters apply: no protest group" test ! -s "$tmp/none.jsonl"
# The stored labels: query and every export carry them; --cluster filters on them.
id=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["cluster_id"])' "$tmp/c.jsonl")
"$rasd" query --db "$tmp/s.db" --format jsonl >"$tmp/q.jsonl"
check "query: the three tellings carry the cluster's id and counts, the others their own" python3 - "$tmp/q.jsonl" "$id" <<'PY'
import json, sys
rows = {}
for l in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(l)
    if e["type"] == "ASSAULT": rows[e["article_id"]] = e
for a in ("strike-a", "strike-b", "strike-c"):
    e = rows[a]
    assert e["cluster_id"] == sys.argv[2] and e["cluster_articles"] == 3 and e["cluster_outlets"] == 3, e
    assert e["cluster_first_report"] == "2024-03-10", e
for a in ("other-town", "week-later"):
    assert rows[a]["cluster_id"] == rows[a]["event_id"] and rows[a]["cluster_articles"] == 1, rows[a]
PY
"$rasd" query --db "$tmp/s.db" --cluster "$id" --format jsonl >"$tmp/one.jsonl"
check "--cluster: exactly its three events" test "$(wc -l <"$tmp/one.jsonl")" -eq 3
"$rasd" query --db "$tmp/s.db" --cluster "$id" --format acled >"$tmp/one.csv"
check "acled: rasd_cluster_id after rasd_event_id, three articles" python3 - "$tmp/one.csv" "$id" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
cols = list(rows[0].keys())
assert cols[31:35] == ["rasd_event_id", "rasd_cluster_id", "rasd_cluster_articles", "rasd_cluster_outlets"], cols
assert len(rows) == 3 and all(r["rasd_cluster_id"] == sys.argv[2] and r["rasd_cluster_articles"] == "3" for r in rows)
PY
"$rasd" query --db "$tmp/s.db" --cluster "$id" --format geojson >"$tmp/one.geojson"
"$rasd" query --db "$tmp/s.db" --cluster "$id" --format plover >"$tmp/one.plover"
check "geojson and plover carry the label" python3 - "$tmp/one.geojson" "$tmp/one.plover" "$id" <<'PY'
import json, sys
f = json.load(open(sys.argv[1], encoding="utf-8"))["features"]
assert len(f) == 3 and all(x["properties"]["cluster_id"] == sys.argv[3] and x["properties"]["cluster_outlets"] == 3 for x in f)
p = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(p) == 3 and all(x["cluster_id"] == sys.argv[3] and x["cluster_articles"] == 3 for x in p)
PY
# The same articles in the reverse order, one per batch: the same labels.
tac "$tmp/articles.jsonl" >"$tmp/reversed.jsonl"
"$rasd" ingest --db "$tmp/r.db" --format jsonl --batch 1 "$tmp/reversed.jsonl" >/dev/null 2>&1
"$rasd" query --db "$tmp/r.db" --format jsonl >"$tmp/rq.jsonl"
check "reverse ingest order: the same labels" python3 - "$tmp/q.jsonl" "$tmp/rq.jsonl" <<'PY'
import json, sys
def labels(p):
    return sorted((e["event_id"], e["cluster_id"], e["cluster_articles"], e["cluster_outlets"])
                  for e in map(json.loads, open(p, encoding="utf-8")))
a, b = labels(sys.argv[1]), labels(sys.argv[2])
assert a == b, (a, b)
PY
"$rasd" clusters --db "$tmp/missing.db" >/dev/null 2>&1
check "a missing store: exit 3" test $? -eq 3
[[ $fails -eq 0 ]] || { echo "$fails failure(s)"; exit 1; }
echo "all clusters CLI checks passed"
