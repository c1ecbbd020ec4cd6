#!/usr/bin/env bash
# `rasd quotes` end to end on a SQLite store (and the same bytes from a real PostgreSQL started
# here, as tests/cli/store.sh does): every quote `rasd extract` finds is listed once, in
# jsonl, csv (read back by pandas with the right rows, columns and types) and table (one line per
# quote, inside 100 terminal columns, then the count); filters keep what they name and leave the rest out; an
# article re-ingested with changed text loses the quotes it no longer has; usage and store errors
# have their exit codes. Articles are written for this test.
# ctest runs it as: bash quotes.sh RASD_BIN SOURCE_DIR
set -uo pipefail
rasd=${1:?usage: quotes.sh RASD_BIN SOURCE_DIR}
src=${2:?usage: quotes.sh RASD_BIN SOURCE_DIR}
tmp=$(mktemp -d)
pg_dir=
pg_bin=
as_pg=()
stop_pg() {
  [[ -n $pg_dir ]] && "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1
}
trap 'stop_pg; rm -rf "$tmp"' EXIT
fails=0
ok() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else fail "$name"; fi; }
# Debian's python3-pandas belongs to /usr/bin/python3, which may not be the first python3 on the PATH.
py=
for p in /usr/bin/python3 python3; do "$p" -c 'import pandas' 2>/dev/null && { py=$p; break; }; done
[[ -n $py ]] || { fail "pandas is not installed (scripts/install-deps installs python3-pandas)"; py=python3; }

cat >"$tmp/news.jsonl" <<'JSONL'
{"id": "t-bridge", "published": "2025-02-10", "outlet": "صحيفة النهر", "text": "قال وزير النقل إن الجسر الجديد سيفتح أمام السيارات الشهر المقبل.\nوأضاف الوزير: «العمل يسير وفق الخطة المرسومة».\n"}
{"id": "t-market", "published": "2025-02-12", "outlet": "إذاعة السهل", "text": "أكد رئيس غرفة التجارة أن أسعار الخضار انخفضت هذا الأسبوع.\n"}
JSONL
db=$tmp/store.db
"$rasd" ingest --db "$db" --format jsonl "$src/examples/articles.jsonl" "$tmp/news.jsonl" >/dev/null 2>&1
check "ingest" test -s "$db"

# Every quote the engine finds, once: the extract's quotes per article are the store's.
"$rasd" extract --format jsonl --include-text "$src/examples/articles.jsonl" "$tmp/news.jsonl" >"$tmp/records.jsonl" 2>/dev/null
"$rasd" quotes --db "$db" >"$tmp/quotes.jsonl"; rc=$?
check "jsonl exit 0" test $rc -eq 0
check "jsonl has one quote per extracted quote, each with its article's words" python3 - "$tmp/records.jsonl" "$tmp/quotes.jsonl" <<'PY'
import json, sys
recs = {r["id"]: r for r in map(json.loads, open(sys.argv[1]))}
rows = [json.loads(l) for l in open(sys.argv[2])]
want = sum(len(r.get("quotes", [])) for r in recs.values())
assert want >= 3, want
assert len(rows) == want, (len(rows), want)
for q in rows:
    text = recs[q["article_id"]]["text"]
    assert text[q["start"]:q["end"]] == q["text"], q  # code points into the stored text
    assert q["cue"] is None or q["cue"] in text, q
dates = [q["published"] or "9999" for q in rows]
assert dates == sorted(dates), dates
assert any(q["direct"] for q in rows) and not all(q["direct"] for q in rows)
PY

"$rasd" quotes --db "$db" --format csv >"$tmp/quotes.csv"
check "csv read back by pandas" "$py" - "$tmp/quotes.csv" "$tmp/quotes.jsonl" <<'PY'
import sys, pandas as pd
df = pd.read_csv(sys.argv[1], dtype={"article_id": str})
n = sum(1 for _ in open(sys.argv[2]))
assert len(df) == n, (len(df), n)
assert list(df.columns) == ["article_id", "ord", "published", "outlet", "speaker", "cue", "direct", "start",
                            "end", "text", "title", "url"], list(df.columns)
assert str(df["start"].dtype) == "int64" and str(df["direct"].dtype) == "bool", df.dtypes
assert not df["text"].isna().any()
PY

"$rasd" quotes --db "$db" --format table >"$tmp/table.txt"
check "table: a header and one line per quote, each within 100 columns" python3 - "$tmp/table.txt" "$tmp/quotes.jsonl" <<'PY'
import sys, unicodedata
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
n = sum(1 for _ in open(sys.argv[2]))
assert len(lines) == n + 2 and lines[-1] == f"{n} quotes", (len(lines), n, lines[-1])
assert lines[0].split()[:5] == ["published", "outlet", "speaker", "cue", "quote"], lines[0]
width = lambda s: sum(0 if unicodedata.category(c) in ("Mn", "Me", "Cf") else 1 for c in s)
assert max(map(width, lines)) <= 100, max(map(width, lines))
assert any("وزير النقل" in l and "2025-02-10" in l for l in lines), lines
PY

# Filters: what they name comes out, nothing else.
"$rasd" quotes --db "$db" --speaker "وزير" --format csv >"$tmp/minister.csv"
check "--speaker keeps ministers' quotes only" "$py" - "$tmp/minister.csv" "$tmp/quotes.jsonl" <<'PY'
import sys, pandas as pd
df = pd.read_csv(sys.argv[1])
total = sum(1 for _ in open(sys.argv[2]))
assert df["speaker"].str.contains("وزير").all(), df["speaker"]
assert (df["article_id"] == "t-bridge").sum() == 2 and "t-market" not in set(df["article_id"]), df
assert len(df) < total
PY
"$rasd" quotes --db "$db" --outlet "إذاعة السهل" >"$tmp/radio.jsonl"
check "--outlet keeps one outlet's quotes" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows and all(r["outlet"] == "إذاعة السهل" for r in rows), rows' "$tmp/radio.jsonl"
out=$("$rasd" quotes --db "$db" --published-from 2030-01-01)
check "a date range with no article gives nothing, exit 0" test -z "$out"
out=$("$rasd" quotes --db "$db" --text "الخضار" --published-to 2025-02-11)
check "filters together must all hold" test -z "$out"
check "--limit and --offset" test "$("$rasd" quotes --db "$db" --limit 2 --offset 1 | wc -l)" -eq 2

# PostgreSQL: the same input gives the same quotes, byte for byte, in every format.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)
[[ -n ${RASD_PG_BIN:-} ]] && pg_bin=$RASD_PG_BIN
if [[ -x $pg_bin/initdb && -x $pg_bin/pg_ctl ]]; then
  pg_dir=$tmp/pg
  mkdir -p "$pg_dir"
  if [[ $(id -u) -eq 0 ]]; then
    as_pg=(runuser -u postgres --)
    chown postgres:postgres "$pg_dir"
    chmod 755 "$tmp"
  fi
  port=55436  # store.sh uses 55434; ctest may run both at once
  if "${as_pg[@]}" "$pg_bin/initdb" -N -D "$pg_dir/data" -U rasd --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 &&
     "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start \
       -o "-c listen_addresses='' -c unix_socket_directories=$pg_dir -c port=$port -c fsync=off" >/dev/null 2>&1; then
    pg="postgresql:///postgres?host=$pg_dir&port=$port&user=rasd"
    "$rasd" ingest --db "$pg" --format jsonl "$src/examples/articles.jsonl" "$tmp/news.jsonl" >/dev/null 2>&1
    for f in jsonl csv table; do
      check "PostgreSQL gives the same $f" cmp -s <("$rasd" quotes --db "$db" --format "$f") <("$rasd" quotes --db "$pg" --format "$f")
    done
    check "PostgreSQL: filters as on SQLite" cmp -s <("$rasd" quotes --db "$db" --speaker "وزير" --published-to 2025-02-11) \
      <("$rasd" quotes --db "$pg" --speaker "وزير" --published-to 2025-02-11)
  else
    fail "the test PostgreSQL did not start"; cat "$pg_dir"/*.log; pg_dir=
  fi
else
  fail "PostgreSQL server binaries not found (postgresql-15)"
fi

# Re-ingest with changed text: the minister's added words are gone from the store.
sed -i 's/\\nوأضاف الوزير: «العمل يسير وفق الخطة المرسومة».//' "$tmp/news.jsonl"
"$rasd" ingest --db "$db" --format jsonl "$tmp/news.jsonl" >/dev/null 2>&1
out=$("$rasd" quotes --db "$db" --text "الخطة المرسومة")
check "a changed article's old quotes are gone" test -z "$out"
check "its remaining quote is still there" test "$("$rasd" quotes --db "$db" --article t-bridge | wc -l)" -ge 1

# Errors.
"$rasd" quotes --db "$db" --published-from yesterday >/dev/null 2>"$tmp/err"; rc=$?
check "a bad date is a usage error (2) that says why" bash -c "[[ $rc -eq 2 ]] && grep -q 'YYYY-MM-DD' '$tmp/err'"
"$rasd" quotes --db "$db" --format xml >/dev/null 2>&1; rc=$?
check "an unknown format is a usage error (2)" test $rc -eq 2
"$rasd" quotes --db "$tmp/missing.db" >/dev/null 2>"$tmp/err"; rc=$?
check "a missing store is a store error (3)" bash -c "[[ $rc -eq 3 ]] && test -s '$tmp/err'"
check "a missing store is not created" test ! -e "$tmp/missing.db"

[[ $fails -eq 0 ]] && echo "all quotes checks passed"
exit $((fails > 0))
