#!/usr/bin/env bash
# `rasd ingest` and `rasd query` end to end: the summary line, idempotent re-ingest, the CSV read
# back by pandas with the right rows, columns and types, the change feed, clear errors for a bad
# store, and a real `kill -9` in the middle of an ingest: a rerun gives the uninterrupted store.
# ctest runs it as: bash store.sh RASD_BIN SOURCE_DIR
set -uo pipefail
rasd=${1:?usage: store.sh RASD_BIN SOURCE_DIR}
src=${2:?usage: store.sh RASD_BIN SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
ok() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else fail "$name"; fi; }

db=$tmp/news.db
examples=$src/examples/articles.jsonl
n_examples=$(grep -cv '^[[:space:]]*$' "$examples")

"$rasd" ingest --db "$db" --format jsonl "$examples" >"$tmp/out" 2>"$tmp/err"
check "ingest exits 0" test $? -eq 0
check "summary line: all new" grep -q "^rasd ingest: $n_examples articles: $n_examples new, 0 updated, 0 unchanged, 0 failed; events: [1-9][0-9]* added" "$tmp/out"
"$rasd" ingest --db "sqlite:$db" --format jsonl "$examples" >"$tmp/out2" 2>&1
check "re-ingest: all unchanged, no event touched" grep -q "0 new, 0 updated, $n_examples unchanged, 0 failed; events: 0 added, 0 updated, 0 deleted" "$tmp/out2"

"$rasd" query --db "$db" --all >"$tmp/all.jsonl"
"$rasd" query --db "$db" --all --format csv >"$tmp/all.csv"
"$rasd" query --db "$db" >"$tmp/asserted.jsonl"
added=$(grep -o 'events: [0-9]* added' "$tmp/out" | grep -o '[0-9]*')
check "query --all lists every event ingested" test "$(wc -l <"$tmp/all.jsonl")" -eq "$added"
check "default query: asserted only" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows and all(r["status"] == "asserted" for r in rows)' "$tmp/asserted.jsonl"
"$rasd" query --db "$db" --changes-since 0 >"$tmp/feed.jsonl"
check "change feed: one 'added' per event, in order" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == int(sys.argv[2]) and all(r["change"] == "added" for r in rows)
assert [r["seq"] for r in rows] == sorted(r["seq"] for r in rows)' "$tmp/feed.jsonl" "$added"

# The CSV as an analyst loads it: pandas, no options. Debian's python3-pandas (scripts/install-deps)
# belongs to /usr/bin/python3, which may not be the first python3 on the PATH.
pandas_py=
for p in /usr/bin/python3 python3; do "$p" -c 'import pandas' 2>/dev/null && { pandas_py=$p; break; }; done
[[ -n $pandas_py ]] || fail "pandas is not installed (scripts/install-deps installs python3-pandas)"
check "CSV read back by pandas: rows, columns, types" "${pandas_py:-false}" -c '
import json, sys
import pandas as pd
df = pd.read_csv(sys.argv[1])
rows = [json.loads(l) for l in open(sys.argv[2])]
assert len(df) == len(rows), (len(df), len(rows))
assert list(df.columns)[:3] == ["event_id", "article_id", "type"], list(df.columns)[:3]
assert df["negated"].dtype == bool and df["background"].dtype == bool, df.dtypes
assert str(df["mention_count"].dtype) == "int64", df["mention_count"].dtype
assert df["latitude"].dtype == float
assert list(df["event_id"]) == [r["event_id"] for r in rows]
assert list(df["evidence"]) == [r["evidence"] for r in rows]
with open(sys.argv[1], "rb") as f:
    assert not f.read(3).startswith(b"\xef\xbb\xbf"), "no BOM"' "$tmp/all.csv" "$tmp/all.jsonl"

# The ACLED-style CSV: ACLED's current 31 columns first, ISO dates, one row per ACLED-kind event.
"$rasd" query --db "$db" --all --format acled >"$tmp/acled.csv"
check "ACLED CSV read back by pandas" "${pandas_py:-false}" -c '
import sys
import pandas as pd
df = pd.read_csv(sys.argv[1])
assert list(df.columns)[:5] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type"]
assert list(df.columns)[30] == "timestamp" and list(df.columns)[31] == "rasd_event_id"
assert len(df) > 0 and df["event_type"].notna().all()
assert str(df["fatalities"].dtype) == "int64" and str(df["timestamp"].dtype) == "int64"
assert df["event_date"].dropna().str.match(r"^\d{4}-\d{2}-\d{2}$").all()' "$tmp/acled.csv"

# Text and HTML input, and a file that cannot be read: stored with its error, exit 1.
printf 'اعتقلت الشرطة خمسة أشخاص في المدينة أمس.\n' >"$tmp/note.txt"
printf '<html><body><p>تظاهر مئات الطلاب أمام الجامعة أمس.</p></body></html>' >"$tmp/page.html"
"$rasd" ingest --db "$tmp/mixed.db" --published 2024-02-05 "$tmp/note.txt" "$tmp/missing.txt" >"$tmp/out3" 2>/dev/null
check "text input and a missing file: exit 1, both stored" test $? -eq 1
check "  summary: 1 new, 1 failed" grep -q "2 articles: 1 new, 0 updated, 0 unchanged, 1 failed" "$tmp/out3"
"$rasd" ingest --db "$tmp/mixed.db" --format html "$tmp/page.html" >/dev/null 2>&1
check "html input" python3 -c '
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
ids = sorted(r[0] for r in con.execute("SELECT id FROM articles"))
assert ids == ["missing", "note", "page"], ids
codes = [r[0] for r in con.execute("SELECT code FROM errors WHERE article_id = \"missing\"")]
assert codes == ["file-unreadable"], codes' "$tmp/mixed.db"

# Clear errors, never a store created by mistake.
"$rasd" query --db "$tmp/missing.db" >/dev/null 2>"$tmp/err"
check "query on a missing store: exit 3" test $? -eq 3
check "  and no file created" test ! -e "$tmp/missing.db"
"$rasd" ingest --db "postgresql://localhost/rasd" "$examples" >/dev/null 2>"$tmp/err"
check "unsupported URL: exit 3 with a message" test $? -eq 3 -a -s "$tmp/err"
echo "not a database, just text" >"$tmp/text.db"
"$rasd" ingest --db "$tmp/text.db" --format jsonl "$examples" >/dev/null 2>"$tmp/err"
check "a file that is not a store: exit 3" test $? -eq 3
"$rasd" query --db "$db" --from 2024-13-01 >/dev/null 2>&1
check "a bad date: usage error" test $? -eq 2
"$rasd" query --db "$db" --changes-since yesterday >/dev/null 2>&1
check "a bad change cursor: usage error" test $? -eq 2

# kill -9 during an ingest, then a rerun: the store equals an uninterrupted run's (times aside).
python3 - "$tmp/many.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for n in range(1, 301):
        text = (f"اعتقلت الشرطة {n + 2} أشخاص في مدينة حمص يوم الأحد. "
                f"وتظاهر {n * 10} شخصا أمام المحكمة احتجاجا على اعتقالهم.")
        f.write(json.dumps({"id": f"m-{n}", "published": "2024-02-05", "text": text}, ensure_ascii=False) + "\n")
PY
"$rasd" ingest --db "$tmp/whole.db" --batch 5 --format jsonl "$tmp/many.jsonl" >/dev/null 2>&1
# Python starts the ingest, waits for its first committed batch, then kills it with SIGKILL.
killed_rc=$(python3 - "$tmp/killed.db" "$rasd" "$tmp/many.jsonl" <<'PY'
import signal, sqlite3, subprocess, sys, time
db, rasd, src = sys.argv[1:4]
p = subprocess.Popen([rasd, "ingest", "--db", db, "--batch", "5", "--format", "jsonl", src],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
deadline = time.time() + 60
while time.time() < deadline and p.poll() is None:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        con.close()
        if n >= 5:
            break
    except sqlite3.Error:
        pass
    time.sleep(0.005)
p.send_signal(signal.SIGKILL)
print(p.wait())
PY
)
dump() {
  python3 - "$1" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
times = {"processed_at", "created_at", "updated_at", "deleted_at", "at"}
for table, key in [("articles", "id"), ("events", "event_id"), ("mentions", "event_id, ord"),
                   ("entities", "article_id, ord"), ("quotes", "article_id, ord"),
                   ("errors", "article_id, ord"), ("changes", "seq")]:
    cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in times]
    for row in con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {key}"):
        print(table, row)
PY
}
partial=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM articles").fetchone()[0])' "$tmp/killed.db")
check "kill -9 landed mid-ingest (exit $killed_rc, $partial of 300 stored, whole batches only)" \
  test "$killed_rc" -eq -9 -a "$partial" -lt 300 -a $((partial % 5)) -eq 0
"$rasd" ingest --db "$tmp/killed.db" --batch 5 --format jsonl "$tmp/many.jsonl" >"$tmp/rerun" 2>&1
check "rerun: the stored part unchanged" grep -q "$((300 - partial)) new, 0 updated, $partial unchanged" "$tmp/rerun"
dump "$tmp/whole.db" >"$tmp/whole.dump"
dump "$tmp/killed.db" >"$tmp/killed.dump"
check "killed + rerun == uninterrupted" cmp -s "$tmp/whole.dump" "$tmp/killed.dump"
check "  (and not trivially: events were stored)" grep -q "^events" "$tmp/whole.dump"

# Two ingests at once into one store (WAL, short write transactions): both complete.
head -150 "$tmp/many.jsonl" >"$tmp/first.jsonl"
tail -150 "$tmp/many.jsonl" >"$tmp/second.jsonl"
"$rasd" ingest --db "$tmp/shared.db" --batch 10 --format jsonl "$tmp/first.jsonl" >"$tmp/o1" 2>&1 &
p1=$!
"$rasd" ingest --db "$tmp/shared.db" --batch 10 --format jsonl "$tmp/second.jsonl" >"$tmp/o2" 2>&1 &
p2=$!
wait $p1; r1=$?
wait $p2; r2=$?
both=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM articles").fetchone()[0])' "$tmp/shared.db")
check "two ingests at once: both exit 0, 300 articles stored" test "$r1" -eq 0 -a "$r2" -eq 0 -a "$both" -eq 300

[[ $fails -eq 0 ]] || { echo "$fails failure(s)"; exit 1; }
echo "all store CLI checks passed"
