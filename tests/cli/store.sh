#!/usr/bin/env bash
# `rasd ingest` and `rasd query` end to end, on a SQLite file and on a real PostgreSQL started here
# (a throw-away server on a unix socket in the temp dir, as the `postgres` user when run as root):
# the summary line, idempotent re-ingest, the CSV read back by pandas with the right rows, columns
# and types, the change feed, the filters, clear errors for a bad store, a real `kill -9` in the
# middle of an ingest (a rerun gives the uninterrupted store), two ingests at once and a full disk.
# ctest runs it as: bash store.sh RASD_BIN SOURCE_DIR
set -uo pipefail
rasd=${1:?usage: store.sh RASD_BIN SOURCE_DIR}
src=${2:?usage: store.sh RASD_BIN SOURCE_DIR}
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

# The PostgreSQL server: missing binaries are a failure, not a skip (install-deps installs them).
start_pg() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)
  [[ -n ${RASD_PG_BIN:-} ]] && pg_bin=$RASD_PG_BIN
  [[ -x $pg_bin/initdb && -x $pg_bin/pg_ctl ]] || { fail "PostgreSQL server binaries not found (postgresql-15)"; return 1; }
  pg_dir=$tmp/pg
  mkdir -p "$pg_dir"
  if [[ $(id -u) -eq 0 ]]; then
    as_pg=(runuser -u postgres --)
    chown postgres:postgres "$pg_dir"
    chmod 755 "$tmp"
  fi
  "${as_pg[@]}" "$pg_bin/initdb" -N -D "$pg_dir/data" -U rasd --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 &&
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start \
      -o "-c listen_addresses='' -c unix_socket_directories=$pg_dir -c port=55434 -c fsync=off" >/dev/null 2>&1 ||
    { fail "the test PostgreSQL did not start"; cat "$pg_dir"/*.log; pg_dir=; return 1; }
}
pg_url() { echo "postgresql:///$1?host=$pg_dir&port=55434&user=rasd"; }

# new_store BACKEND NAME: the URL of a new empty store.
new_store() {
  if [[ $1 == sqlite ]]; then echo "$tmp/$2.db"; return; fi
  psql -q -h "$pg_dir" -p 55434 -U rasd -d postgres -c "CREATE DATABASE $2" >/dev/null && pg_url "$2"
}
# sql URL QUERY: one value per line.
sql() {
  if [[ $1 == postgres* ]]; then psql -At "$1" -c "$2"
  else python3 -c 'import sqlite3,sys
for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print("|".join(map(str, r)))' "$1" "$2"
  fi
}
# Every table but the times, in key order.
dump() {
  local t cols key
  for t in articles:id events:event_id mentions:event_id,ord entities:article_id,ord quotes:article_id,ord \
           errors:article_id,ord changes:seq clusters:cluster_id; do
    key=${t#*:}; t=${t%%:*}
    if [[ $1 == postgres* ]]; then
      cols=$(psql -At "$1" -c "SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns
              WHERE table_name = '$t' AND column_name NOT IN ('processed_at', 'created_at', 'updated_at', 'deleted_at', 'at')")
    else
      cols=$(python3 -c 'import sqlite3,sys
print(", ".join(r[1] for r in sqlite3.connect(sys.argv[1]).execute(f"PRAGMA table_info({sys.argv[2]})")
                if r[1] not in ("processed_at", "created_at", "updated_at", "deleted_at", "at")))' "$1" "$t")
    fi
    echo "$t"
    sql "$1" "SELECT $cols FROM $t ORDER BY $key"
  done
}

examples=$src/examples/articles.jsonl
n_examples=$(grep -cv '^[[:space:]]*$' "$examples")
python3 - "$tmp/many.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for n in range(1, 301):
        text = (f"اعتقلت الشرطة {n + 2} أشخاص في مدينة حمص يوم الأحد. "
                f"وتظاهر {n * 10} شخصا أمام المحكمة احتجاجا على اعتقالهم.")
        f.write(json.dumps({"id": f"m-{n}", "published": "2024-02-05", "text": text}, ensure_ascii=False) + "\n")
PY
# The CSV as an analyst loads it: pandas, no options. Debian's python3-pandas (scripts/install-deps)
# belongs to /usr/bin/python3, which may not be the first python3 on the PATH.
pandas_py=
for p in /usr/bin/python3 python3; do "$p" -c 'import pandas' 2>/dev/null && { pandas_py=$p; break; }; done
[[ -n $pandas_py ]] || fail "pandas is not installed (scripts/install-deps installs python3-pandas)"

suite() {
backend=$1
echo "== $backend"
db=$(new_store "$backend" news)
rm -f "$tmp"/*.jsonl.out

"$rasd" ingest --db "$db" --format jsonl "$examples" >"$tmp/out" 2>"$tmp/err"
check "ingest exits 0" test $? -eq 0
check "summary line: all new" grep -q "^rasd ingest: $n_examples articles: $n_examples new, 0 updated, 0 unchanged, 0 failed; events: [1-9][0-9]* added" "$tmp/out"
again=$db; [[ $backend == sqlite ]] && again=sqlite:$db
"$rasd" ingest --db "$again" --format jsonl "$examples" >"$tmp/out2" 2>&1
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
check "jsonl: every event's count claims, the chosen one its column's figure" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert all(isinstance(r["count_claims"], list) and r["count_rule"] for r in rows)
assert any(r["count_claims"] for r in rows), "the examples tell figures"
for r in rows:
    for c in r["count_claims"]:
        assert c["figure"]["end"] > c["figure"]["start"] and c["text"], c
        if c["chosen"]:
            assert r[c["role"]] == c["figure"].get("value"), (r["event_id"], c)' "$tmp/all.jsonl"
"$rasd" query --db "$db" --changes-since 0 >"$tmp/feed.jsonl"
check "change feed: one 'added' per event, in order" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == int(sys.argv[2]) and all(r["change"] == "added" for r in rows)
assert [r["seq"] for r in rows] == sorted(r["seq"] for r in rows)' "$tmp/feed.jsonl" "$added"

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
mixed=$(new_store "$backend" mixed)
"$rasd" ingest --db "$mixed" --published 2024-02-05 "$tmp/note.txt" "$tmp/missing.txt" >"$tmp/out3" 2>/dev/null
check "text input and a missing file: exit 1, both stored" test $? -eq 1
check "  summary: 1 new, 1 failed" grep -q "2 articles: 1 new, 0 updated, 0 unchanged, 1 failed" "$tmp/out3"
"$rasd" ingest --db "$mixed" --format html "$tmp/page.html" >/dev/null 2>&1
check "html input" test "$(sql "$mixed" "SELECT id FROM articles ORDER BY id" | tr '\n' ' ')" = "missing note page "
check "  the missing file's error" test "$(sql "$mixed" "SELECT code FROM errors WHERE article_id = 'missing'")" = file-unreadable

# The filters reach the store: text on the normalised spelling, a toll, a bad box.
"$rasd" query --db "$mixed" --all --text "الجامعه" >"$tmp/text.jsonl"
check "--text «الجامعه» finds the page's events (written «الجامعة») and no other" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows and all(r["article_id"] == "page" for r in rows), rows' "$tmp/text.jsonl"
"$rasd" query --db "$db" --all --min-dead 1 >"$tmp/dead.jsonl"
check "--min-dead 1: every event has a toll of one or more" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert all(r["dead"] is not None and r["dead"] >= 1 for r in rows), rows' "$tmp/dead.jsonl"
"$rasd" query --db "$db" --bbox 1,2,3 >/dev/null 2>&1
check "a bad --bbox: usage error" test $? -eq 2
"$rasd" query --db "$db" --all --bbox -180,-90,180,90 --mode no-such-mode >"$tmp/none.jsonl"
check "an unknown mode matches nothing" test ! -s "$tmp/none.jsonl"

# Clear errors, never a store created by mistake.
if [[ $backend == sqlite ]]; then
  "$rasd" query --db "$tmp/missing.db" >/dev/null 2>"$tmp/err"
  check "query on a missing store: exit 3" test $? -eq 3
  check "  and no file created" test ! -e "$tmp/missing.db"
  "$rasd" ingest --db "mysql://localhost/rasd" "$examples" >/dev/null 2>"$tmp/err"
  check "unsupported URL: exit 3 with a message" test $? -eq 3 -a -s "$tmp/err"
  echo "not a database, just text" >"$tmp/text.db"
  "$rasd" ingest --db "$tmp/text.db" --format jsonl "$examples" >/dev/null 2>"$tmp/err"
  check "a file that is not a store: exit 3" test $? -eq 3
else
  empty=$(new_store "$backend" empty)
  "$rasd" query --db "$empty" >/dev/null 2>"$tmp/err"
  check "query on an empty database: exit 3" test $? -eq 3
  check "  says it is not a store" grep -q "not a rasd store" "$tmp/err"
  check "  and created no table" test "$(sql "$empty" "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" -eq 0
  "$rasd" query --db "$(pg_url no_such_db)" >/dev/null 2>"$tmp/err"
  check "a database that does not exist: exit 3" test $? -eq 3
  "$rasd" ingest --db "postgresql://rasd:secret@/rasd?host=$tmp/nowhere&port=1" "$examples" >/dev/null 2>"$tmp/err"
  check "no server: exit 3" test $? -eq 3
  check "  a one-line message without the password" test "$(wc -l <"$tmp/err")" -eq 1 -a "$(grep -c secret "$tmp/err")" -eq 0
fi
"$rasd" query --db "$db" --from 2024-13-01 >/dev/null 2>&1
check "a bad date: usage error" test $? -eq 2
"$rasd" query --db "$db" --changes-since yesterday >/dev/null 2>&1
check "a bad change cursor: usage error" test $? -eq 2

# kill -9 during an ingest, then a rerun: the store equals an uninterrupted run's (times aside).
whole=$(new_store "$backend" whole)
killed=$(new_store "$backend" killed)
"$rasd" ingest --db "$whole" --batch 5 --format jsonl "$tmp/many.jsonl" >/dev/null 2>&1
# Python starts the ingest, waits for its first committed batch, then kills it with SIGKILL.
killed_rc=$(python3 - "$killed" "$rasd" "$tmp/many.jsonl" <<'PY'
import signal, sqlite3, subprocess, sys, time
db, rasd, src = sys.argv[1:4]
def stored():
    if db.startswith("postgres"):
        out = subprocess.run(["psql", "-At", db, "-c", "SELECT count(*) FROM articles"], capture_output=True, text=True)
        return int(out.stdout) if out.returncode == 0 and out.stdout.strip() else 0
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    return n
p = subprocess.Popen([rasd, "ingest", "--db", db, "--batch", "5", "--format", "jsonl", src],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
deadline = time.time() + 60
while time.time() < deadline and p.poll() is None:
    try:
        if stored() >= 5:
            break
    except sqlite3.Error:
        pass
    time.sleep(0.005)
p.send_signal(signal.SIGKILL)
print(p.wait())
PY
)
partial=$(sql "$killed" "SELECT count(*) FROM articles")
check "kill -9 landed mid-ingest (exit $killed_rc, $partial of 300 stored, whole batches only)" \
  test "$killed_rc" -eq -9 -a "$partial" -lt 300 -a $((partial % 5)) -eq 0
"$rasd" ingest --db "$killed" --batch 5 --format jsonl "$tmp/many.jsonl" >"$tmp/rerun" 2>&1
check "rerun: the stored part unchanged" grep -q "$((300 - partial)) new, 0 updated, $partial unchanged" "$tmp/rerun"
dump "$whole" >"$tmp/whole.dump"
dump "$killed" >"$tmp/killed.dump"
check "killed + rerun == uninterrupted" cmp -s "$tmp/whole.dump" "$tmp/killed.dump"
check "  (and not trivially: events were stored)" grep -q "^events" "$tmp/whole.dump"

# Two ingests at once into one store (SQLite: WAL and short write transactions; PostgreSQL:
# writers take turns per batch): both complete, every article and event once.
head -150 "$tmp/many.jsonl" >"$tmp/first.jsonl"
tail -150 "$tmp/many.jsonl" >"$tmp/second.jsonl"
shared=$(new_store "$backend" shared)
"$rasd" ingest --db "$shared" --batch 10 --format jsonl "$tmp/first.jsonl" >"$tmp/o1" 2>&1 &
p1=$!
"$rasd" ingest --db "$shared" --batch 10 --format jsonl "$tmp/second.jsonl" >"$tmp/o2" 2>&1 &
p2=$!
wait $p1; r1=$?
wait $p2; r2=$?
both=$(sql "$shared" "SELECT count(*) FROM articles")
check "two ingests at once: both exit 0, 300 articles stored" test "$r1" -eq 0 -a "$r2" -eq 0 -a "$both" -eq 300
# (Regrouped labels add 'updated' rows: the two halves tell neighbouring days.)
check "  every event added once in the feed" test "$(sql "$shared" "SELECT count(*) FROM changes WHERE kind = 'added'")" -eq "$(sql "$shared" "SELECT count(DISTINCT event_id) FROM events")"
check "  the feed's numbers complete" test "$(sql "$shared" "SELECT max(seq) - count(*) FROM changes")" -eq 0

}

suite sqlite
start_pg && suite postgresql

# A full disk in the middle of an ingest (SQLite on a 1.2 MB tmpfs in a private mount namespace):
# a clear error and exit 3, only whole batches stored, an intact file, and a rerun with room gives
# the store an uninterrupted run gives. Needs a mount namespace (root); says so when it cannot.
full=$tmp/full
mkdir -p "$full/out" "$full/disk"
if unshare -m true 2>/dev/null; then
  unshare -m bash -c 'mount -t tmpfs -o size=1200k tmpfs "$1/disk" 2>/dev/null || mkdir -p "$1/no-mount"
    [[ -e $1/no-mount ]] && exit 0
    "$2" ingest --db "$1/disk/s.db" --batch 5 --format jsonl "$3" >"$1/out/o" 2>&1; echo $? >"$1/out/rc"
    cp "$1"/disk/s.db* "$1/out/"' _ "$full" "$rasd" "$tmp/many.jsonl" 2>/dev/null
fi
if [[ -s $full/out/rc ]]; then
  check "full disk: exit 3" test "$(cat "$full/out/rc")" -eq 3
  check "  the message says the disk is full" grep -q "disk is full" "$full/out/o"
  stored=$(sql "$full/out/s.db" "SELECT count(*) FROM articles")
  check "  whole batches only ($stored of 300 stored) and an intact file" \
    test "$stored" -lt 300 -a $((stored % 5)) -eq 0 -a "$(sql "$full/out/s.db" "PRAGMA integrity_check")" = ok
  "$rasd" ingest --db "$full/out/s.db" --batch 5 --format jsonl "$tmp/many.jsonl" >/dev/null 2>&1
  "$rasd" ingest --db "$full/ref.db" --batch 5 --format jsonl "$tmp/many.jsonl" >/dev/null 2>&1
  dump "$full/out/s.db" >"$full/rerun.dump"
  dump "$full/ref.db" >"$full/ref.dump"
  check "  a rerun with room == an uninterrupted run" cmp -s "$full/rerun.dump" "$full/ref.dump"
else
  echo "skip full disk: no private mount namespace with a tmpfs here (needs root)"
fi

# A missing model stops ingest before any store exists (a store of a lesser engine's events is worse).
RASD_DATA_DIR=$tmp/no-data "$rasd" ingest --db "$tmp/nomodel.db" --format jsonl "$src/examples/articles.jsonl" \
  >"$tmp/nomodel.out" 2>&1
check "missing model: exit 2, named, no store written" \
  test $? -eq 2 -a ! -e "$tmp/nomodel.db" -a -n "$(grep -l 'ner-anercorp.bin' "$tmp/nomodel.out")"

[[ $fails -eq 0 ]] || { echo "$fails failure(s)"; exit 1; }
echo "all store CLI checks passed"
