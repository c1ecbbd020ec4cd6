#!/usr/bin/env python3
"""Candidate trigger words from a MyThes thesaurus (issue 15): for each row of data/triggers/*.tsv,
the thesaurus synonyms of its word that no table has yet, with the source row's type and how often
the candidate occurs in a corpus slice. A reviewer reads the candidates' hits (both senses) before
adding any row: this tool proposes, it decides nothing.

The thesaurus is Debian's mythes-ar (Arabic, MPL/GPL/LGPL), not installed by scripts/install-deps
(no test needs it). Without root:
    cd /tmp && apt-get download mythes-ar && dpkg-deb -x mythes-ar_*.deb /tmp/mythes
    python3 tools/trigger-candidates.py --thesaurus /tmp/mythes/usr/share/mythes/th_ar_EG_v2.dat \\
        --corpus corpus-slice.jsonl --kwic 3

MyThes format: the first line names the encoding (UTF-8 here); then each entry is a `word|count`
line followed by `count` lines `(pos)|syn|syn...` (mythes-ar's pos: فعل verb, مصدر verbal noun,
اسم noun). Synonyms are vowelled, headwords mostly not; everything is compared on the tables' match
key (alef and hamza forms, alef maqsura, diacritics and tatweel folded, as data/text/normalize.tsv);
glosses in parentheses or between hyphens («أوقد(النار)») are dropped.

A verb row is looked up among verb senses, a noun or participle row among verbal-noun and noun
senses. A row's word is its one-word `form` (a present verb also as its past); phrase rows and rows with `needs` are not looked up
(the word alone is not the event: «حالة» of «حالة الطوارئ», «رفع» + «شعارات»). Candidates already the form of a
one-word row of any table (event, "-" or cue) are dropped; one that begins a phrase row is kept and
flagged `phrase` (the table has it only with company: «نشر قوات»).

Output (TSV, most corpus hits first): candidate, pos, hits, type, table:line of the source row,
source form, flag. --kwic N adds N corpus contexts under each candidate.
"""
import argparse
import collections
import glob
import json
import os
import re
import sys

# The tables' match key (data/text/normalize.tsv, default options: taa marbuta kept).
_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
         "ؤ": "و", "ئ": "ي", "ى": "ي", "ی": "ي", "ک": "ك", "ہ": "ه", "ە": "ه"}
_DROP = re.compile("[\u0640\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06ED]")
_WORD = re.compile("[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u064B-\u065F\u0670\u0640]+")

# Proclitics and a few suffixes, so a corpus count sees «والتنديد», «نددت», «احتجاجات».
_PREFIXES = ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "ول", "س", "وس"]
_VERB_SUFFIXES = ["", "ت", "وا", "ا", "تا", "ن", "نا", "ه", "ها", "هم", "وه", "وها", "وهم"]
_NOUN_SUFFIXES = ["", "ه", "ها", "هم", "هما", "ات", "ين", "ان"]

POS = {"فعل": "verb", "مصدر": "masdar", "اسم": "noun"}


_GLOSS = re.compile(r"\([^)]*\)|-[^-]*-|\ufeff")  # «أوقد(النار)», «سيب-العبد-», a byte-order mark


def key(text):
    text = _GLOSS.sub("", text)
    text = _DROP.sub("", text)
    return " ".join("".join(_FOLD.get(c, c) for c in text).split())


def read_thesaurus(path):
    """{headword key: [(pos, [synonym, ...]), ...]} in file order; pos is verb/masdar/noun/other."""
    entries = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline().strip()
        encoding = first if first and "|" not in first else "UTF-8"
        if encoding.upper().replace("-", "") != "UTF8":
            raise SystemExit(f"{path}: encoding {encoding}, only UTF-8 is read")
        if "|" in first:  # no encoding line: the first line is an entry
            f.seek(0)
        while True:
            line = f.readline()
            if not line:
                break
            line = line.rstrip("\n")
            if not line or "|" not in line:
                continue
            word, _, count = line.partition("|")
            try:
                n = int(count)
            except ValueError:
                continue
            senses = []
            for _ in range(n):
                sense = f.readline().rstrip("\n")
                parts = sense.split("|")
                tag = parts[0].strip().strip("()")
                senses.append((POS.get(tag, "other"), [s.strip() for s in parts[1:] if s.strip()]))
            entries.setdefault(key(word), []).extend(senses)
    return entries


def read_rows(table_dir):
    """The trigger rows: (table, line number, form, pos, type, has needs), cue rows included."""
    rows = []
    for path in sorted(glob.glob(os.path.join(table_dir, "*.tsv"))):
        name = os.path.basename(path)
        header = None
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if header is None:
                    header = cols
                    continue
                row = dict(zip(header, cols))
                if row.get("form"):
                    rows.append((name, i, row["form"], row.get("pos", ""), row.get("type", ""),
                                 bool(row.get("needs", "").strip())))
    return rows


def past_guesses(word):
    """The thesaurus lists verbs by their past: a present row («يدعم», «يعتقل») is looked up as its
    past too, with the prefix dropped («دعم») or replaced by the alef of the derived forms
    («اعتقل»). A guess can name an unrelated verb: the reviewer reads the hits."""
    guesses = [word]
    if len(word) >= 4 and word[0] in "يت":
        guesses += [word[1:], "ا" + word[1:]]
    return guesses


def candidates(entries, rows):
    """[(candidate key, pos, type, "table:line", source form, flag)], one per candidate, pos and type."""
    one_word = {key(r[2]) for r in rows if " " not in r[2].strip()}
    phrase_first = {key(r[2].split()[0]) for r in rows if " " in r[2].strip()}
    # Reverse index: a synonym -> the entries listing it (the thesaurus is not symmetric).
    listed_in = collections.defaultdict(list)
    for head, senses in entries.items():
        for pos, syns in senses:
            for s in syns:
                listed_in[key(s)].append((pos, head))
    out, seen = [], set()
    for table, line, form, rpos, rtype, needs in rows:
        # A phrase's first word or a word that needs company is not the event word alone
        # («حالة» of «حالة الطوارئ», «رفع» + «شعارات»): its synonyms would be another sense's.
        if rtype in ("", "-") or rpos == "cue" or " " in form.strip() or needs:
            continue
        word = key(form)
        wanted = {"verb"} if rpos == "verb" else {"masdar", "noun"}
        found = []
        for w in past_guesses(word) if rpos == "verb" else [word]:
            for pos, syns in entries.get(w, []):
                if pos in wanted:
                    found += [(key(s), pos) for s in syns]
            for pos, head in listed_in.get(w, []):
                if pos in wanted:
                    found.append((head, pos))
        for cand, pos in found:
            if not cand or cand == word or cand in one_word or (cand, pos, rtype) in seen:
                continue
            seen.add((cand, pos, rtype))
            out.append((cand, pos, rtype, f"{table}:{line}", form, "phrase" if cand in phrase_first else ""))
    return out


def corpus_counts(path, limit):
    """Token counts (match keys) over the first `limit` articles (title and text), and the texts."""
    counts, texts = collections.Counter(), []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit and i >= limit:
                break
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = (d.get("title") or "") + "\n" + (d.get("text") or "")
            texts.append(text)
            counts.update(key(w) for w in _WORD.findall(text))
    return counts, texts


def surface_keys(cand, pos):
    """The match keys a corpus count accepts for a candidate: proclitics, then a few suffixes."""
    suffixes = _VERB_SUFFIXES if pos == "verb" else _NOUN_SUFFIXES
    forms = [cand + x for x in suffixes]
    if pos != "verb" and cand.endswith("ة"):
        forms += [cand[:-1] + "ت" + x for x in ("ه", "ها", "هم", "هما")]  # «مطالبته»
        forms.append(cand[:-1] + "ات")                                    # «مطالبات»
    return {p + f for p in _PREFIXES for f in forms}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--thesaurus", default="/usr/share/mythes/th_ar_EG_v2.dat")
    ap.add_argument("--tables", default=os.path.join(os.path.dirname(__file__), "..", "data", "triggers"))
    ap.add_argument("--corpus", help="JSON Lines of articles (title, text) to count hits in")
    ap.add_argument("--limit", type=int, default=3000, help="articles read from --corpus (0 = all)")
    ap.add_argument("--type", action="append", help="only candidates for this type (repeatable)")
    ap.add_argument("--min-hits", type=int, default=0)
    ap.add_argument("--kwic", type=int, default=0, help="corpus contexts printed per candidate")
    args = ap.parse_args(argv)

    cands = candidates(read_thesaurus(args.thesaurus), read_rows(args.tables))
    if args.type:
        cands = [c for c in cands if c[2] in args.type]
    counts, texts = ({}, [])
    if args.corpus:
        counts, texts = corpus_counts(args.corpus, args.limit)
    rows = []
    for cand, pos, rtype, where, form, flag in cands:
        keys = surface_keys(cand, pos)
        hits = sum(counts.get(k, 0) for k in keys) if args.corpus else -1
        if args.corpus and hits < args.min_hits:
            continue
        rows.append((hits, cand, pos, rtype, where, form, flag, keys))
    rows.sort(key=lambda r: (-r[0], r[3], r[1]))
    for hits, cand, pos, rtype, where, form, flag, keys in rows:
        print("\t".join([cand, pos, str(hits), rtype, where, form, flag]))
        if args.kwic and texts:
            shown = 0
            for text in texts:
                for m in _WORD.finditer(text):
                    if key(m.group()) in keys:
                        a, b = max(0, m.start() - 60), min(len(text), m.end() + 60)
                        print("    … " + text[a:b].replace("\n", " ") + " …")
                        shown += 1
                        break
                if shown >= args.kwic:
                    break
    print(f"# {len(rows)} candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
