#!/usr/bin/env python3
"""Who did it to whom, on held-apart halves of the labelled sentences (issue 20).

  tools/cv-roles.py [--labels ../shared/gold/sentences.dev.jsonl] [--engine build/rasd]
                    [--engine-args '--event-model none'] [--show even|odd] [--kinds]

Runs the engine once over the labelled sentences and scores actor and recipient accuracy
(../shared/tools/sentence-score.py --args) on all of them, on the even-numbered articles and on the
odd-numbered ones. Articles are numbered by first appearance in the file, so a whole article is in
one half: work from the misses of one half (--show even) and check the rules on the other.
--kinds sorts the misses of the chosen half (all when no --show) into rough kinds by where the
wanted party stands relative to the trigger and what the engine gave instead."""
import argparse, ast, json, os, shlex, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labelled_sentences  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORER = os.path.join(ROOT, '..', 'shared', 'tools', 'sentence-score.py')


def run_engine(engine, extra, gold):
    return labelled_sentences.run_engine(engine, gold, extra)


def score(labels, preds, tmp, name, show=False):
    lab, pred = labelled_sentences.write_pair(labels, preds, tmp, name)
    cmd = [sys.executable, SCORER, lab, '--pred', pred, '--args']
    if show:
        return subprocess.run(cmd + ['--show-args'], capture_output=True, check=True, text=True).stdout
    return json.loads(subprocess.run(cmd + ['--json'], capture_output=True, check=True).stdout)


def figures(js):
    a, m = js['args'], js['micro']
    roles = '  '.join(f"{role} {a[role]['accuracy']:.3f} ({round(a[role]['accuracy'] * a[role]['found'])}/{a[role]['found']})"
                      for role in ('actor', 'recipient'))
    return f"{roles}  events P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f}"


def kind_of(line, text):
    """A rough kind for one miss line of sentence-score --show-args."""
    role = line.split(' ', 1)[0]
    trig = line.split('«', 1)[1].split('»', 1)[0]
    want = ast.literal_eval(line.split('want ', 1)[1].split(', got ', 1)[0])
    got = line.split(', got ', 1)[1]
    at, w = text.find(trig), min((text.find(x) for x in want if text.find(x) >= 0), default=-1)
    where = 'before' if 0 <= w < at else 'after' if w > at else '?'
    crossed = where == 'before' and any(p in text[w:at] for p in ('،', ',', ' و'))
    return f"{role} {where}{' across clause' if crossed else ''} {'missing' if got.strip() == '-' else 'wrong'}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--labels', default=os.path.join(ROOT, '..', 'shared', 'gold', 'sentences.dev.jsonl'))
    ap.add_argument('--engine', default=os.path.join(ROOT, 'build', 'rasd'))
    ap.add_argument('--engine-args', default='')
    ap.add_argument('--show', choices=['even', 'odd', 'all'])
    ap.add_argument('--kinds', action='store_true')
    a = ap.parse_args()
    gold = [json.loads(l) for l in open(a.labels, encoding='utf-8') if l.strip()]
    order = {}
    for g in gold:
        order.setdefault(g['article'], len(order))
    preds = run_engine(a.engine, shlex.split(a.engine_args), gold)
    halves = {'all': list(range(len(gold))),
              'even': [i for i, g in enumerate(gold) if order[g['article']] % 2 == 0],
              'odd': [i for i, g in enumerate(gold) if order[g['article']] % 2 == 1]}
    with tempfile.TemporaryDirectory() as tmp:
        if a.show or a.kinds:
            half = a.show or 'all'
            idx = halves[half]
            text = score([gold[i] for i in idx], [preds[i] for i in idx], tmp, half, show=True)
            if not a.kinds:
                print(text)
                return
            from collections import Counter
            kinds = Counter()
            lines = text.split('\n')
            for i, l in enumerate(lines):
                if l.startswith(('actor ', 'recipient ')) and '«' in l and i + 1 < len(lines):
                    kinds[kind_of(l, lines[i + 1].strip())] += 1
            for k, n in kinds.most_common():
                print(f'{n:5d}  {k}')
            return
        for name, idx in halves.items():
            js = score([gold[i] for i in idx], [preds[i] for i in idx], tmp, name)
            print(f'{name:5s} {len(idx):5d} sentences  {figures(js)}')


if __name__ == '__main__':
    main()
