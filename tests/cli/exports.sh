#!/usr/bin/env bash
# `rasd export` and the analyst formats end to end: every export of the bundled examples is read
# back by the tools analysts use (pandas, R's readr, GDAL's ogrinfo: what QGIS sees) with the
# right row count, column names and types and the Arabic text intact; the .meta.json sidecar;
# --excel; the terminal table; the ingest progress line (on a terminal only); clear errors and
# no half-written file. ctest runs it as: bash exports.sh RASD_BIN SOURCE_DIR
set -uo pipefail
rasd=${1:?usage: exports.sh RASD_BIN SOURCE_DIR}
src=${2:?usage: exports.sh RASD_BIN SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
ok() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else fail "$name"; fi; }

db=$tmp/news.db
"$rasd" ingest --db "$db" --format jsonl "$src/examples/articles.jsonl" >"$tmp/ingest.out" 2>"$tmp/ingest.err"
check "ingest exits 0" test $? -eq 0
# Articles of our own with known places (coordinates), counts, and a title CSV must quote.
cat >"$tmp/own.jsonl" <<'JSONL'
{"id": "own-1", "published": "2024-03-05", "outlet": "وكالة تجريبية", "url": "https://example.org/a?x=1,2", "title": "عاجل: \"قصف\" على حمص، وقتلى", "text": "قتل خمسة مدنيين وأصيب ثمانية آخرون في قصف مدفعي استهدف حيا سكنيا في مدينة حمص صباح الاثنين.\nوقالت مصادر طبية إن بين القتلى طفلين."}
{"id": "own-2", "published": "2024-03-06", "outlet": "وكالة تجريبية", "text": "تظاهر مئات الطلاب أمام جامعة صنعاء يوم الثلاثاء احتجاجا على رفع الرسوم الدراسية."}
{"id": "own-3", "published": "2024-03-07", "text": "اعتقلت قوات الأمن العراقية ثلاثة مطلوبين في مدينة الموصل أمس الأربعاء."}
JSONL
"$rasd" ingest --db "$db" --format jsonl "$tmp/own.jsonl" >>"$tmp/ingest.out" 2>>"$tmp/ingest.err"
check "ingest of our own articles exits 0" test $? -eq 0
check "ingest on a pipe: no progress line" test ! -s "$tmp/ingest.err"
"$rasd" query --db "$db" --all >"$tmp/ref.jsonl"
n=$(wc -l <"$tmp/ref.jsonl")
check "the examples have events ($n)" test "$n" -gt 0

for f in csv acled geojson geojsonseq plover jsonl; do
  ext=$f; [[ $f == geojsonseq ]] && ext=geojsonl; [[ $f == acled ]] && ext=acled.csv; [[ $f == plover ]] && ext=plover.jsonl
  "$rasd" export --db "$db" --all --format "$f" --out "$tmp/events.$ext" 2>"$tmp/export.err"
  check "export --format $f exits 0 and writes FILE and FILE.meta.json" \
    test $? -eq 0 -a -s "$tmp/events.$ext" -a -s "$tmp/events.$ext.meta.json"
done
check "no temporary file left" test -z "$(find "$tmp" -name '*.tmp-*')"

# The sidecar: versions, snapshot time, filters, rows; never a comment line in the CSV itself.
check "sidecars: schema, engine, snapshot, filters, rows, credits" python3 - "$tmp" "$n" <<'PY'
import json, sys, re
tmp, n = sys.argv[1], int(sys.argv[2])
for name, fmt in [("csv", "csv"), ("geojson", "geojson"), ("geojsonl", "geojsonseq"), ("plover.jsonl", "plover"),
                  ("jsonl", "jsonl"), ("acled.csv", "acled")]:
    m = json.load(open(f"{tmp}/events.{name}.meta.json"))
    assert m["format"] == fmt and m["file"] == f"events.{name}", m
    assert isinstance(m["schema_version"], int) and m["engine_version"], m
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", m["snapshot_time"]), m["snapshot_time"]
    assert m["filters"] == {"statuses": ["all"]}, m["filters"]
    assert fmt == "acled" or m["rows"] == n, (fmt, m["rows"], n)
    assert any(c["name"] == "GeoNames" for c in m["credits"])
    assert m["encoding"] == "UTF-8"
assert not open(f"{tmp}/events.csv", encoding="utf-8").readline().startswith("#")
PY

# pandas (Debian's python3-pandas belongs to /usr/bin/python3).
pandas_py=
for p in /usr/bin/python3 python3; do "$p" -c 'import pandas' 2>/dev/null && { pandas_py=$p; break; }; done
[[ -n $pandas_py ]] || fail "pandas is not installed (scripts/install-deps installs python3-pandas)"
check "pandas reads every export: rows, columns, types, Arabic" "${pandas_py:-false}" - "$tmp" <<'PY'
import json, sys
import pandas as pd
tmp = sys.argv[1]
ref = [json.loads(l) for l in open(f"{tmp}/ref.jsonl", encoding="utf-8")]
n = len(ref)
ids = [r["event_id"] for r in ref]
evidence = [r["evidence"] for r in ref]
assert any("\u0600" <= ch <= "\u06ff" for ch in "".join(e or "" for e in evidence)), "Arabic evidence"

csv = pd.read_csv(f"{tmp}/events.csv")
assert len(csv) == n and list(csv["event_id"]) == ids
assert list(csv.columns) == json.load(open(f"{tmp}/events.csv.meta.json"))["fields"]
assert csv["negated"].dtype == bool and str(csv["mention_count"].dtype) == "int64"
assert list(csv["evidence"]) == evidence

acled = pd.read_csv(f"{tmp}/events.acled.csv")
assert len(acled) == json.load(open(f"{tmp}/events.acled.csv.meta.json"))["rows"] > 0
assert list(acled.columns)[:3] == ["event_id_cnty", "event_date", "year"]
assert list(acled.columns)[30] == "timestamp"
assert str(acled["fatalities"].dtype) == "int64"

gj = json.load(open(f"{tmp}/events.geojson", encoding="utf-8"))
props = pd.json_normalize([f["properties"] for f in gj["features"]])
assert len(props) == n and list(props["event_id"]) == ids and list(props["evidence"]) == evidence
assert list(props.columns) == json.load(open(f"{tmp}/events.geojson.meta.json"))["fields"]
located = [f for f in gj["features"] if f["geometry"]]
assert located and all(f["geometry"]["type"] == "Point" for f in located), "some events have coordinates"
assert any(f["geometry"] is None for f in gj["features"]), "and some have none"
titles = [f["properties"]["title"] for f in gj["features"]]
assert any(t and '"' in t and "،" in t for t in titles), "the quoted title survives"
assert list(csv["title"].fillna("")) == [t or "" for t in titles]

seq = pd.read_json(f"{tmp}/events.geojsonl", lines=True)
assert len(seq) == n and set(seq["type"]) == {"Feature"}
flat = pd.json_normalize(list(seq["properties"]))
assert list(flat["evidence"]) == evidence

plover = pd.read_json(f"{tmp}/events.plover.jsonl", lines=True, dtype=False)
assert len(plover) == n and list(plover["id"]) == ids
assert all(isinstance(t, list) for t in plover["text_info"])
# Spans are code points into the stored article: each span's text is that slice of the article.
jl = pd.read_json(f"{tmp}/events.jsonl", lines=True, dtype=False)
assert len(jl) == n and list(jl["event_id"]) == ids
PY

check "the PLOVER spans point into the stored article text (code points)" python3 - "$tmp" "$db" <<'PY'
import json, sqlite3, sys
tmp, db = sys.argv[1:3]
texts = dict(sqlite3.connect(db).execute("SELECT id, text FROM articles"))
spans = 0
for line in open(f"{tmp}/events.plover.jsonl", encoding="utf-8"):
    r = json.loads(line)
    for s in r["text_info"]:
        assert texts[r["story_id"]][s["start"]:s["end"]] == s["text"], s
        spans += 1
assert spans > 0
PY

# R's readr: the column types it guesses, no parsing problems, Arabic intact.
if command -v Rscript >/dev/null && Rscript -e 'library(readr)' >/dev/null 2>&1; then
  python3 -c '
import json, sys
ref = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
open(sys.argv[2], "w", encoding="utf-8").write(next(r["evidence"] for r in ref if r["evidence"]) + "\n")' \
    "$tmp/ref.jsonl" "$tmp/first_evidence.txt"
  cat >"$tmp/check.R" <<'R'
suppressMessages(library(readr))
args <- commandArgs(trailingOnly = TRUE)
tmp <- args[1]; n <- as.integer(args[2])
first <- readLines(file.path(tmp, "first_evidence.txt"), encoding = "UTF-8")
df <- read_csv(file.path(tmp, "events.csv"), show_col_types = FALSE, progress = FALSE)
stopifnot(nrow(problems(df)) == 0, nrow(df) == n)
stopifnot(identical(names(df)[1:3], c("event_id", "article_id", "type")))
stopifnot(is.logical(df$negated), is.numeric(df$mention_count), is.numeric(df$latitude))
stopifnot(inherits(df$event_date, "Date"), is.character(df$evidence))
stopifnot(first %in% df$evidence, all(validUTF8(na.omit(df$evidence))))
ac <- read_csv(file.path(tmp, "events.acled.csv"), show_col_types = FALSE, progress = FALSE)
stopifnot(nrow(problems(ac)) == 0, nrow(ac) > 0, names(ac)[31] == "timestamp")
stopifnot(inherits(ac$event_date, "Date"), is.numeric(ac$fatalities), is.numeric(ac$timestamp))
cat("readr ok\n")
R
  Rscript "$tmp/check.R" "$tmp" "$n" >"$tmp/r.out" 2>&1
  check "readr reads csv and acled: rows, names, types, Arabic" grep -q "readr ok" "$tmp/r.out" || cat "$tmp/r.out"
else
  fail "Rscript with readr is not installed (scripts/install-deps installs r-cran-readr)"
fi

# GDAL (what QGIS sees): feature count, field types, no list or JSON fields, Arabic intact.
if command -v ogrinfo >/dev/null; then
  for f in events.geojson events.geojsonl; do
    ogrinfo -ro -al -so "$tmp/$f" >"$tmp/$f.info" 2>&1
    check "ogrinfo $f: $n features" grep -q "^Feature Count: $n$" "$tmp/$f.info"
    check "  point layer" grep -q "^Geometry: Point$" "$tmp/$f.info"
    check "  typed fields" bash -c "grep -q '^negated: Integer(Boolean)' '$tmp/$f.info' &&
      grep -q '^mention_count: Integer' '$tmp/$f.info' && grep -q '^dead: Integer' '$tmp/$f.info' &&
      grep -q '^event_date: Date' '$tmp/$f.info' && grep -q '^created_at: DateTime' '$tmp/$f.info' &&
      grep -q '^evidence: String' '$tmp/$f.info'"
    check "  no list or JSON fields" bash -c "! grep -E 'List|String\\(JSON\\)|Real' '$tmp/$f.info'"
  done
  ogrinfo -ro -al -q "$tmp/events.geojson" >"$tmp/all.info" 2>&1
  check "ogrinfo: the Arabic evidence intact" grep -qF "$(head -1 "$tmp/first_evidence.txt" 2>/dev/null || echo x)" "$tmp/all.info"
  ogrinfo -ro -al -so "$tmp/events.csv" >"$tmp/csv.info" 2>&1
  check "ogrinfo reads the CSV: $n rows" grep -q "^Feature Count: $n$" "$tmp/csv.info"
else
  fail "ogrinfo is not installed (scripts/install-deps installs gdal-bin)"
fi

# A filtered export: the filters in the sidecar, the rows those of `query`.
"$rasd" export --db "$db" --type ASSAULT --from 2000-01-01 --out "$tmp/assault.csv" 2>/dev/null
q=$("$rasd" query --db "$db" --type ASSAULT --from 2000-01-01 | wc -l)
check "filtered export: rows and filters in the sidecar" python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))
assert m["rows"] == int(sys.argv[2]) and m["format"] == "csv", m
assert m["filters"] == {"date_from": "2000-01-01", "types": ["ASSAULT"], "statuses": ["asserted"]}, m["filters"]
' "$tmp/assault.csv.meta.json" "$q"

# --excel: a BOM for Excel, none otherwise.
"$rasd" export --db "$db" --all --excel --out "$tmp/excel.csv" 2>/dev/null
check "--excel starts the CSV with a BOM" python3 -c '
import sys
assert open(sys.argv[1], "rb").read(3) == b"\xef\xbb\xbf"
assert open(sys.argv[2], "rb").read(3) != b"\xef\xbb\xbf"' "$tmp/excel.csv" "$tmp/events.csv"

# Errors: nothing half-written.
"$rasd" export --db "$db" --out "$tmp/no/such/dir/x.csv" >/dev/null 2>"$tmp/err"
check "unwritable path: exit 4 with a message" test $? -eq 4 -a -s "$tmp/err"
"$rasd" export --db "$db" --out "$tmp/x.xlsx" >/dev/null 2>"$tmp/err"
check "unknown extension without --format: exit 2" test $? -eq 2
"$rasd" export --db "$tmp/missing.db" --out "$tmp/m.csv" >/dev/null 2>&1
check "missing store: exit 3, no file" test $? -eq 3 -a ! -e "$tmp/m.csv" -a ! -e "$tmp/missing.db"
cp "$db" "$tmp/copy.db"
"$rasd" export --db "$tmp/copy.db" --format csv --out "$tmp/copy.db" >/dev/null 2>&1
check "--out naming the store itself: exit 2, the store kept" bash -c "test $? -eq 2 && cmp -s '$db' '$tmp/copy.db'"
echo "old" >"$tmp/keep.csv"
"$rasd" export --db "$tmp/missing.db" --out "$tmp/keep.csv" >/dev/null 2>&1
check "a failed export leaves an existing file as it was" grep -qx old "$tmp/keep.csv"

# The terminal table: a header, one line per asserted event, the count.
"$rasd" query --db "$db" --format table >"$tmp/table.txt"
asserted=$("$rasd" query --db "$db" | wc -l)
check "table: header, $asserted rows, the count" python3 -c '
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
n = int(sys.argv[2])
assert lines[0].startswith("date") and "actor" in lines[0] and "recipient" in lines[0], lines[0]
assert len(lines) == n + 2 and lines[-1] == f"{n} events", lines[-1]
assert all(l == l.rstrip() for l in lines)' "$tmp/table.txt" "$asserted"

# The progress line appears on a terminal (script(1) gives the command one) and not on a pipe.
# A chroot without /dev/pts (a bare debootstrap) has no terminal to give: said, not failed.
if ! python3 -c 'import os; os.openpty()' 2>/dev/null; then
  echo "skip on a terminal: no pseudo-terminal device here (/dev/pts is not mounted)"
elif ! command -v script >/dev/null; then
  fail "script(1) is missing (util-linux)"
else
  python3 - "$tmp/many.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for n in range(1, 401):
        text = f"تظاهر {n + 20} عاملا أمام مقر الشركة في المدينة يوم الثلاثاء للمطالبة بأجورهم."
        f.write(json.dumps({"id": f"p-{n}", "published": "2024-03-05", "text": text}, ensure_ascii=False) + "\n")
PY
  script -qec "'$rasd' ingest --db '$tmp/p.db' --batch 20 --format jsonl '$tmp/many.jsonl'" /dev/null >"$tmp/tty.out" 2>&1
  check "on a terminal: progress lines, then the summary" python3 -c '
import re, sys
out = open(sys.argv[1], encoding="utf-8", errors="replace", newline="").read()
assert "400 articles: 400 new" in out, out[-300:]
assert re.search(r"\r\x1b\[K\d+ articles?", out), out[-300:]
assert "took " in out' "$tmp/tty.out"
fi

[[ $fails -eq 0 ]] || { echo "$fails failure(s)"; exit 1; }
echo "all export CLI checks passed"
