#!/usr/bin/env python3
"""The role chooser cross-validated by article (issue 20, src/rasd/events/role_model.h).

  tools/cv-role-model.py [--labels ../shared/gold/sentences.dev.jsonl] [--engine build/rasd]
                         [--folds 5] [--train-args '--epochs 10'] [--json]

Articles are dealt into folds by a hash of their id. Each fold's model is trained
(`rasd train-roles`, ANT outlets only by default) on the other folds' articles and run
(`rasd extract --role-model`) on the fold's sentences; the held-out predictions of all folds are
scored together (../shared/tools/sentence-score.py --args) against the argument rules alone
(--role-model none), on all sentences, on the even and odd articles (tools/cv-roles.py's halves)
and on each outlet half: ANT (other folds trained on it) and SaudiNewsNet (never trained on)."""
import argparse, hashlib, json, os, shlex, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labelled_sentences  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# ../shared beside the checkout, or two levels up from a worktree (/work/wt/X -> /work/shared).
SHARED = next((d for d in (os.path.join(ROOT, '..', 'shared'), os.path.join(ROOT, '..', '..', 'shared'))
               if os.path.isdir(d)), os.path.join(ROOT, '..', 'shared'))
SCORER = os.path.join(SHARED, 'tools', 'sentence-score.py')
ANT = {'skynews', 'france24', 'cnn', 'bbc', 'alarabia', 'jawhara fm'}  # tools/sentence-errors.py's halves


def score(labels, preds, tmp, name):
    lab, pred = labelled_sentences.write_pair(labels, preds, tmp, name)
    out = subprocess.run([sys.executable, SCORER, lab, '--pred', pred, '--args', '--json'], capture_output=True, check=True)
    return json.loads(out.stdout)['args']


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--labels', default=os.path.join(SHARED, 'gold', 'sentences.dev.jsonl'))
    ap.add_argument('--engine', default=os.path.join(ROOT, 'build', 'rasd'))
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--train-args', default='')
    ap.add_argument('--json', action='store_true')
    a = ap.parse_args()
    gold = [json.loads(l) for l in open(a.labels, encoding='utf-8') if l.strip()]
    articles = sorted({g['article'] for g in gold}, key=lambda x: hashlib.sha1(x.encode()).hexdigest())
    fold_of = {art: i % a.folds for i, art in enumerate(articles)}
    preds = [None] * len(gold)
    with tempfile.TemporaryDirectory(prefix='cv-roles-') as tmp:
        for k in range(a.folds):
            test = [i for i, g in enumerate(gold) if fold_of[g['article']] == k]
            excl, model = os.path.join(tmp, f'fold{k}.articles'), os.path.join(tmp, f'fold{k}.model')
            with open(excl, 'w', encoding='utf-8') as f:
                f.writelines(art + '\n' for art in articles if fold_of[art] == k)
            res = subprocess.run([a.engine, 'train-roles', '--sentences', a.labels, '--exclude-articles', excl,
                                  '--out', model] + shlex.split(a.train_args), capture_output=True)
            if res.returncode != 0:
                sys.exit(f'train-roles failed on fold {k}: {res.stderr.decode()[:300]}')
            for i, line in zip(test, labelled_sentences.run_engine(a.engine, [gold[i] for i in test],
                                                                   ['--role-model', model])):
                preds[i] = line
        base = labelled_sentences.run_engine(a.engine, gold, ['--role-model', 'none'])
        order = {}  # articles numbered by first appearance, as tools/cv-roles.py halves them
        for g in gold:
            order.setdefault(g['article'], len(order))
        views = [('all', list(range(len(gold)))),
                 ('even', [i for i, g in enumerate(gold) if order[g['article']] % 2 == 0]),
                 ('odd', [i for i, g in enumerate(gold) if order[g['article']] % 2 == 1]),
                 ('ANT', [i for i, g in enumerate(gold) if str(g.get('outlet', '')).lower() in ANT]),
                 ('SaudiNewsNet', [i for i, g in enumerate(gold) if str(g.get('outlet', '')).lower() not in ANT])]
        report = {}
        for name, idx in views:
            report[name] = {'rules': score([gold[i] for i in idx], [base[i] for i in idx], tmp, name + '-rules'),
                            'model': score([gold[i] for i in idx], [preds[i] for i in idx], tmp, name + '-model')}
    if a.json:
        print(json.dumps(report))
        return
    print(f'role chooser, {a.folds} folds by article (train-roles {a.train_args or "defaults"}): '
          'accuracy with the argument rules alone -> with the fold\'s model')
    for name, r in report.items():
        cells = []
        for role in ('actor', 'recipient'):
            b, m = r['rules'][role], r['model'][role]
            cells.append(f"{role} {b['accuracy']:.3f} -> {m['accuracy']:.3f} (of {m['found']})")
        print(f'{name:13s} ' + '   '.join(cells))


if __name__ == '__main__':
    main()
