#!/usr/bin/env python3
"""What kind of error each sentence-level miss and false alarm is (issue 15's closing notes ask for
the largest remaining error kinds), and the figures of each half of the labelled sentences apart.

  tools/sentence-errors.py [--labels L] (--engine build/rasd | --pred OUT.jsonl) [--list KIND]

Scoring follows ../shared/tools/sentence-score.py (same asserted test, same skip of background).
A false alarm of type T in a sentence is:
  gold <status>    the sentence holds a T event the labels call generic / future / … (not asserted)
  type confusion   the engine's T mention overlaps a labelled trigger of another type
  <reason>         the mention overlaps a labelled non-event word (figurative, sports, accident …)
  beside another event  no overlap, but the sentence holds a labelled event of another type
  spurious         none of these
A miss of type T is:
  other type       the engine has an event of another type on the labelled trigger
  engine <status>  the engine has T on the trigger but not asserted (future, generic, negated …)
  nothing          the engine says nothing on the trigger
The halves: ANT outlets (a shipped model may learn from them) and SaudiNewsNet outlets (only ever
measured), so a change that helps one half alone shows up as such."""
import argparse, json, os, subprocess, sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_TOOLS = os.path.join(ROOT, '..', 'shared', 'tools')
sys.path.insert(0, SHARED_TOOLS)
from score import mention_spans, overlaps  # noqa: E402  (the scorer's own span reading)

NOT_ASSERTED = {'negated', 'denied', 'future', 'planned', 'intended', 'hypothetical', 'conditional', 'generic'}
TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
         'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']
ANT = {'skynews', 'france24', 'cnn', 'bbc', 'alarabia', 'jawhara fm'}


def status_of(e):
    if e.get('negated'):
        return 'negated'
    if e.get('background') is True:
        return 'background'
    m = str(e.get('modality') or 'asserted').lower()
    return m if m in NOT_ASSERTED else 'asserted'


def find(text, word):
    at = text.find(word)
    return (at, at + len(word)) if at >= 0 else None


def classify(g, r):
    """Yields (kind, type, 'fp'|'fn'|'tp') for one sentence."""
    text = g['sentence']
    pos, skip, other_status = set(), set(), {}
    for e in g.get('events', []):
        for t in e['types']:
            if e['status'] == 'asserted':
                pos.add(t)
            elif e['status'] == 'background':
                skip.add(t)
            else:
                other_status.setdefault(t, e['status'])
    skip -= pos
    engine = [e for e in r.get('events') or [] if e.get('type') in TYPES]
    got = {e['type'] for e in engine if status_of(e) == 'asserted'}
    for t in TYPES:
        if t in skip:
            continue
        if t in pos and t in got:
            yield 'tp', t, 'tp'
        elif t in got:
            if t in other_status:
                yield f'gold {other_status[t]}', t, 'fp'
                continue
            spans = [s for e in engine if e['type'] == t and status_of(e) == 'asserted' for s in mention_spans(e)]
            kind = 'spurious'
            for e in g.get('events', []):
                span = find(text, e['trigger'])
                if span and t not in e['types'] and any(overlaps(s, span) for s in spans):
                    kind = 'type confusion'
                    break
            else:
                for w in g.get('non_events', []):
                    span = find(text, w['word'])
                    if span and any(overlaps(s, span) for s in spans):
                        kind = w['reason']
                        break
                else:
                    if any(t not in e['types'] for e in g.get('events', [])):
                        kind = 'beside another event'
            yield kind, t, 'fp'
        elif t in pos:
            kind = 'nothing'
            for e in g.get('events', []):
                if e['status'] != 'asserted' or t not in e['types']:
                    continue
                span = find(text, e['trigger'])
                if not span:
                    continue
                near = [p for p in engine if any(overlaps(s, span) for s in mention_spans(p))]
                same = [p for p in near if p['type'] == t]
                if same:
                    kind = f'engine {status_of(same[0])}'
                elif near:
                    kind = 'other type'
                if kind != 'nothing':
                    break
            yield kind, t, 'fn'


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--labels', default=os.path.join(ROOT, '..', 'shared', 'gold', 'sentences.dev.jsonl'))
    ap.add_argument('--engine')
    ap.add_argument('--pred')
    ap.add_argument('--list', help='print the sentences of one error kind (e.g. "spurious")')
    a = ap.parse_args()
    gold = [json.loads(l) for l in open(a.labels, encoding='utf-8') if l.strip()]
    if a.engine:
        inp = ''.join(json.dumps({'id': g['sid'], 'published': g.get('published'), 'text': g['sentence']},
                                 ensure_ascii=False) + '\n' for g in gold)
        out = subprocess.run([a.engine, 'extract', '--format', 'jsonl'], input=inp.encode(),
                             capture_output=True, check=True).stdout.decode('utf-8')
    elif a.pred:
        out = open(a.pred, encoding='utf-8').read()
    else:
        sys.exit('give --engine or --pred')
    recs = [json.loads(l) for l in out.split('\n') if l.strip()]
    if len(recs) != len(gold):
        sys.exit(f'{len(recs)} records for {len(gold)} sentences')

    kinds = {'fp': Counter(), 'fn': Counter()}
    by_type = defaultdict(Counter)
    halves = defaultdict(Counter)
    listed = []
    for g, r in zip(gold, recs):
        half = 'ANT' if str(g.get('outlet', '')).lower() in ANT else 'SaudiNewsNet'
        for kind, t, side in classify(g, r):
            halves[half][side] += 1
            if side == 'tp':
                continue
            kinds[side][kind] += 1
            by_type[t][f'{side}:{kind}'] += 1
            if a.list and kind == a.list:
                listed.append(f"{side} {t} {g['sid']}: {g['sentence']}")

    for half in ('ANT', 'SaudiNewsNet'):
        c = halves[half]
        p, r, f = prf(c['tp'], c['fp'], c['fn'])
        print(f"{half:<13} P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {c['tp']} fp {c['fp']} fn {c['fn']})")
    for side, name in (('fp', 'false alarms'), ('fn', 'misses')):
        total = sum(kinds[side].values())
        print(f'{name} {total}: ' + ', '.join(f'{k} {n}' for k, n in kinds[side].most_common()))
    print('per type (largest kinds):')
    for t in TYPES:
        if by_type[t]:
            print(f'  {t:<10} ' + ', '.join(f'{k} {n}' for k, n in by_type[t].most_common(4)))
    for line in listed:
        print(line)


if __name__ == '__main__':
    main()
