#!/usr/bin/env python3
"""Cross-validation of the trained event filter by article (issue 15).

  tools/cv-events.py [--labels ../shared/gold/sentences.dev.jsonl] [--engine build/rasd] [--folds 5]
                     [--train-args '--epochs 10 --seed 1']

Splits the labelled sentences' articles into k folds (a fixed order: articles sorted by the SHA-1
of their id, then dealt round-robin; no article is in two folds). For each fold, `rasd
train-events` learns from the other folds' sentences of the outlets a shipped model may learn
from (the ANT ones: the command's default), and the engine runs on the fold's sentences with
that model. The folds' outputs together are scored with ../shared/tools/sentence-score.py, beside
the engine without the filter (`--event-model none`). Those are the figures that count; the
training command's own accuracy is resubstitution. SaudiNewsNet sentences are never trained on
here either, so the line for them alone is a second, cleaner view."""
import argparse, hashlib, json, os, shlex, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORER = os.path.join(ROOT, '..', 'shared', 'tools', 'sentence-score.py')
FREE = {'skynews', 'france24', 'CNN', 'BBC', 'alarabia', 'Jawhara FM'}


def run_engine(engine, gold, model):
    inp = ''.join(json.dumps({'id': g['sid'], 'published': g.get('published'), 'text': g['sentence']},
                             ensure_ascii=False) + '\n' for g in gold)
    res = subprocess.run([engine, 'extract', '--format', 'jsonl', '--event-model', model],
                         input=inp.encode(), capture_output=True)
    if res.returncode not in (0, 1):
        sys.exit(f'rasd extract failed: {res.stderr.decode()[:300]}')
    lines = [l for l in res.stdout.decode('utf-8').split('\n') if l.strip()]
    if len(lines) != len(gold):
        sys.exit(f'{len(lines)} records for {len(gold)} sentences')
    return lines


def score(labels, preds, tmp, name):
    lab, pred = os.path.join(tmp, name + '.labels.jsonl'), os.path.join(tmp, name + '.pred.jsonl')
    with open(lab, 'w', encoding='utf-8') as f:
        f.writelines(json.dumps(g, ensure_ascii=False) + '\n' for g in labels)
    with open(pred, 'w', encoding='utf-8') as f:
        f.writelines(p + '\n' for p in preds)
    out = subprocess.run([sys.executable, SCORER, lab, '--pred', pred, '--json'], capture_output=True, check=True)
    return json.loads(out.stdout)


def score_gold(gold_path, preds, tmp, name):
    pred = os.path.join(tmp, name + '.pred.jsonl')
    with open(pred, 'w', encoding='utf-8') as f:
        f.writelines(p + '\n' for p in preds)
    out = subprocess.run([sys.executable, os.path.join(ROOT, '..', 'shared', 'tools', 'score.py'), gold_path,
                          '--pred', pred, '--json'], capture_output=True, check=True)
    return json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--labels', default=os.path.join(ROOT, '..', 'shared', 'gold', 'sentences.dev.jsonl'))
    ap.add_argument('--engine', default=os.path.join(ROOT, 'build', 'rasd'))
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--gold', default=os.path.join(ROOT, '..', 'shared', 'gold', 'dev.gold.jsonl'),
                    help="gold articles (rasd-gold/1 JSON Lines) dealt into the folds too; '' for none")
    ap.add_argument('--train-args', default='', help='extra arguments for rasd train-events')
    ap.add_argument('--json', action='store_true')
    a = ap.parse_args()
    gold = [json.loads(l) for l in open(a.labels, encoding='utf-8') if l.strip()]
    docs = [json.loads(l)['doc'] for l in open(a.gold, encoding='utf-8') if l.strip()] if a.gold else []
    articles = sorted({g['article'] for g in gold} | {d['id'] for d in docs},
                      key=lambda x: hashlib.sha1(x.encode()).hexdigest())
    fold_of = {art: i % a.folds for i, art in enumerate(articles)}
    tmp = tempfile.mkdtemp(prefix='cv-events-')
    preds = [None] * len(gold)
    doc_preds = [None] * len(docs)
    as_sentences = [{'sid': d['id'], 'published': d.get('published'), 'sentence': d['text']} for d in docs]
    for k in range(a.folds):
        test = [i for i, g in enumerate(gold) if fold_of[g['article']] == k]
        excl = os.path.join(tmp, f'fold{k}.articles')
        with open(excl, 'w', encoding='utf-8') as f:
            f.writelines(art + '\n' for art in articles if fold_of[art] == k)
        model = os.path.join(tmp, f'fold{k}.model')
        res = subprocess.run([a.engine, 'train-events', '--sentences', a.labels, '--exclude-articles', excl,
                              '--out', model] + (['--gold', a.gold] if a.gold else []) + shlex.split(a.train_args),
                             capture_output=True)
        if res.returncode != 0:
            sys.exit(f'train-events failed on fold {k}: {res.stderr.decode()[:300]}')
        for i, line in zip(test, run_engine(a.engine, [gold[i] for i in test], model)):
            preds[i] = line
        dtest = [i for i, d in enumerate(docs) if fold_of[d['id']] == k]
        if dtest:
            for i, line in zip(dtest, run_engine(a.engine, [as_sentences[i] for i in dtest], model)):
                doc_preds[i] = line
    base = run_engine(a.engine, gold, 'none')
    views = [('all', list(range(len(gold)))),
             ('SaudiNewsNet only (never trained on)', [i for i, g in enumerate(gold) if g['outlet'] not in FREE])]
    report = {}
    for name, idx in views:
        key = name.split()[0]
        report[key] = {'filter': score([gold[i] for i in idx], [preds[i] for i in idx], tmp, key + '-cv'),
                       'none': score([gold[i] for i in idx], [base[i] for i in idx], tmp, key + '-none')}
    if docs:
        report['gold'] = {'filter': score_gold(a.gold, doc_preds, tmp, 'gold-cv'),
                          'none': score_gold(a.gold, run_engine(a.engine, as_sentences, 'none'), tmp, 'gold-none')}
    if a.json:
        print(json.dumps(report))
        return
    print(f'{len(gold)} sentences, {len(articles)} articles, {a.folds} folds by article '
          f'(train-events {a.train_args or "defaults"}); P/R/F1 without the filter -> with the fold\'s model')
    for name, idx in views:
        r = report[name.split()[0]]
        n, c = r['none']['micro'], r['filter']['micro']
        print(f'{name} ({len(idx)} sentences): P {n["p"]:.3f} R {n["r"]:.3f} F1 {n["f1"]:.3f} -> '
              f'P {c["p"]:.3f} R {c["r"]:.3f} F1 {c["f1"]:.3f}')
        if name != 'all':
            continue
        for t, v in r['filter']['types'].items():
            w = r['none']['types'][t]
            if v['tp'] + v['fp'] + v['fn'] + w['tp'] + w['fp']:
                print(f'  {t:<10} P {w["p"]:.3f} R {w["r"]:.3f} F1 {w["f1"]:.3f} -> P {v["p"]:.3f} R {v["r"]:.3f} '
                      f'F1 {v["f1"]:.3f}  (tp {v["tp"]} fp {v["fp"]} fn {v["fn"]})')

    if docs:
        n, c = report['gold']['none'], report['gold']['filter']
        print(f"gold articles ({len(docs)}, score.py): event P {n['event_precision']:.3f} R {n['event_recall']:.3f} "
              f"F1 {n['event_f1']:.3f} actor {n['field_accuracy']['actor']:.3f} recipient {n['field_accuracy']['recipient']:.3f} -> "
              f"P {c['event_precision']:.3f} R {c['event_recall']:.3f} F1 {c['event_f1']:.3f} "
              f"actor {c['field_accuracy']['actor']:.3f} recipient {c['field_accuracy']['recipient']:.3f}")


if __name__ == '__main__':
    main()
