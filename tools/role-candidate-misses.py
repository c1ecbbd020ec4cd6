#!/usr/bin/env python3
"""Why the role chooser cannot pick a labelled party: the parties of found tellings that no
candidate names, by class (issue 20, src/rasd/events/role_model.h).

  tools/role-candidate-misses.py [--labels ../shared/gold/sentences.dev.jsonl] [--engine build/rasd]
                                 [--outlets all|ant]

Runs `rasd train-roles --misses` (the ANT outlets by default; --outlets all takes every outlet
the labels name; --finder-candidates leaves out the candidates offered to the model alone) and counts, per role, the parties met in a telling, the ceiling (some candidate
names them) and the misses by class: absent (not in the sentence's words: a pronoun, an inferred
party), conjunct (the second of «X و Y» after a candidate), far-* (beyond the finder's window),
in-trigger, mention (a mention or country in the window the finder did not keep), words (plain
words); «+clause» when a clause mark stands between it and the trigger. Articles are numbered
by first appearance (as tools/cv-roles.py does), so each class is also split into even and odd."""
import argparse, collections, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# ../shared beside the checkout, or two levels up from a worktree (/work/wt/X -> /work/shared).
SHARED = next((d for d in (os.path.join(ROOT, '..', 'shared'), os.path.join(ROOT, '..', '..', 'shared'))
               if os.path.isdir(d)), os.path.join(ROOT, '..', 'shared'))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--labels', default=os.path.join(SHARED, 'gold', 'sentences.dev.jsonl'))
    ap.add_argument('--engine', default=os.path.join(ROOT, 'build', 'rasd'))
    ap.add_argument('--outlets', choices=['ant', 'all'], default='ant')
    ap.add_argument('--finder-candidates', action='store_true',
                    help="the finder's candidates alone, without those offered to the model only")
    a = ap.parse_args()
    gold = [json.loads(l) for l in open(a.labels, encoding='utf-8') if l.strip()]
    order = {}
    for g in gold:
        order.setdefault(g['article'], len(order))
    extra = []
    if a.outlets == 'all':
        extra = ['--outlets', ','.join(sorted({str(g.get('outlet', '')) for g in gold}))]
    if a.finder_candidates:
        extra.append('--finder-candidates')
    with tempfile.TemporaryDirectory(prefix='role-misses-') as tmp:
        misses = os.path.join(tmp, 'misses.tsv')
        out = subprocess.run([a.engine, 'train-roles', '--sentences', a.labels, '--out', os.path.join(tmp, 'm.txt'),
                              '--misses', misses] + extra, capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f'train-roles failed: {out.stderr[:300]}')
        rows = [l.rstrip('\n').split('\t') for l in open(misses, encoding='utf-8') if l.strip()]
    ceiling = {m.group(1): (int(m.group(2)), int(m.group(3)))
               for m in re.finditer(r'train-roles: (\w+): (\d+) labelled in a telling;.*?some candidate right (\d+)', out.stdout)}
    for role in ('actor', 'recipient'):
        met, hit = ceiling.get(role, (0, 0))
        print(f'{role}: {met} labelled parties met in a telling, some candidate right {hit} '
              f'(ceiling {hit / met if met else 0:.3f}); {met - hit} in no candidate')
        counts = collections.Counter()
        for r in rows:
            if r[0] == role:
                half = 'even' if order.get(r[2], 0) % 2 == 0 else 'odd'
                counts[(r[1], half)] += 1
                counts[(r[1], 'all')] += 1
        classes = sorted({c for c, _ in counts}, key=lambda c: -counts[(c, 'all')])
        print(f'  {"class":20s} {"all":>5s} {"even":>5s} {"odd":>5s}')
        for c in classes:
            print(f'  {c:20s} {counts[(c, "all")]:5d} {counts[(c, "even")]:5d} {counts[(c, "odd")]:5d}')


if __name__ == '__main__':
    main()
