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
here either, so the line for them alone is a second, cleaner view. These lines run the status
rules alone (--status-model none): the shipped status model learnt from these sentences.

With --status the status classifier (`rasd train-status`, src/rasd/events/status_model.h) is
cross-validated on the same folds: each fold's engine runs with the fold's filter and the rules
alone (--status-model none), then with the fold's status model too; and the classifier alone is
scored on the held-out tellings' labels (accuracy and not-asserted P/R): the rules alone, the
model alone, and combined as the engine does (the model overrules a report or a reference).
--status-args are passed to train-status."""
import argparse, hashlib, json, os, shlex, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labelled_sentences  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORER = os.path.join(ROOT, '..', 'shared', 'tools', 'sentence-score.py')
FREE = {'skynews', 'france24', 'CNN', 'BBC', 'alarabia', 'Jawhara FM'}


def run_engine(engine, gold, model, status='none'):
    return labelled_sentences.run_engine(engine, gold, ['--event-model', model, '--status-model', status])


def score(labels, preds, tmp, name):
    lab, pred = labelled_sentences.write_pair(labels, preds, tmp, name)
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
    ap.add_argument('--status', action='store_true', help='cross-validate the status classifier too')
    ap.add_argument('--status-args', default='', help='extra arguments for rasd train-status')
    ap.add_argument('--status-without-filter', action='store_true',
                    help='run the status model over the tables alone (--event-model none), compared with them')
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
    spreds, sdoc_preds, held = [None] * len(gold), [None] * len(docs), []
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
        if a.status:
            smodel = train_status(a, tmp, k, articles, fold_of, held)
            smodel_filter = 'none' if a.status_without_filter else model
            for i, line in zip(test, run_engine(a.engine, [gold[i] for i in test], smodel_filter, smodel)):
                spreds[i] = line
            for i, line in zip(dtest, run_engine(a.engine, [as_sentences[i] for i in dtest], smodel_filter, smodel)):
                sdoc_preds[i] = line
    base = run_engine(a.engine, gold, 'none')
    views = [('all', list(range(len(gold)))),
             ('SaudiNewsNet only (never trained on)', [i for i, g in enumerate(gold) if g['outlet'] not in FREE])]
    # Halves by article (every other article in the folds' order): a change tuned on one half is
    # checked on the other.
    half = {art: i % 2 for i, art in enumerate(articles)}
    views += [(f'{h} articles', [i for i, g in enumerate(gold) if half[g['article']] == p])
              for p, h in ((0, 'even'), (1, 'odd'))]
    report = {}
    for name, idx in views:
        key = name.split()[0]
        report[key] = {'filter': score([gold[i] for i in idx], [preds[i] for i in idx], tmp, key + '-cv'),
                       'none': score([gold[i] for i in idx], [base[i] for i in idx], tmp, key + '-none')}
        if a.status:
            report[key]['status'] = score([gold[i] for i in idx], [spreds[i] for i in idx], tmp, key + '-status')
    if docs:
        report['gold'] = {'filter': score_gold(a.gold, doc_preds, tmp, 'gold-cv'),
                          'none': score_gold(a.gold, run_engine(a.engine, as_sentences, 'none'), tmp, 'gold-none')}
        if a.status:
            report['gold']['status'] = score_gold(a.gold, sdoc_preds, tmp, 'gold-status')
    if a.status:
        report['status_alone'] = {view: classifier_figures([h for h in held if keep(h)])
                                  for view, keep in [('all', lambda h: True), ('SaudiNewsNet', lambda h: h['outlet'] not in FREE | {'gold'})]}
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

    if a.status:
        base_key = 'none' if a.status_without_filter else 'filter'
        base_name = 'the tables alone' if a.status_without_filter else "the fold's filter"
        print(f'status classifier ({a.folds} folds by article, train-status {a.status_args or "defaults"}); '
              f'P/R/F1 with {base_name} and the status '
              'rules alone -> with the fold\'s status model too')
        for name, idx in views:
            r = report[name.split()[0]]
            n, c = r[base_key]['micro'], r['status']['micro']
            print(f'  {name}: P {n["p"]:.3f} R {n["r"]:.3f} F1 {n["f1"]:.3f} -> P {c["p"]:.3f} R {c["r"]:.3f} F1 {c["f1"]:.3f}')
            if name == 'all':
                for t, v in r['status']['types'].items():
                    w = r[base_key]['types'][t]
                    if v['tp'] + v['fp'] + v['fn'] + w['tp'] + w['fp']:
                        print(f'    {t:<10} P {w["p"]:.3f} R {w["r"]:.3f} F1 {w["f1"]:.3f} -> P {v["p"]:.3f} '
                              f'R {v["r"]:.3f} F1 {v["f1"]:.3f}')
        if docs:
            n, c = report['gold'][base_key], report['gold']['status']
            print(f"  gold articles: event P {n['event_precision']:.3f} R {n['event_recall']:.3f} F1 {n['event_f1']:.3f} -> "
                  f"P {c['event_precision']:.3f} R {c['event_recall']:.3f} F1 {c['event_f1']:.3f}")
        for view, f in report['status_alone'].items():
            print(f"  held-out labelled tellings, {view} ({f['n']}, {f['not_asserted']} not asserted), accuracy "
                  f"(not-asserted P/R): " + ', '.join(f"{k} {f[k + '_acc']:.3f} ({f[k + '_p']:.3f}/{f[k + '_r']:.3f})"
                                                      for k in ('rules', 'model', 'combined')))


RULE_NOT_ASSERTED = {'rule=generic', 'rule=hypothetical', 'rule=future'}


def train_status(a, tmp, k, articles, fold_of, held):
    """The fold's status model (ANT outlets, other folds); the fold's tellings of every outlet,
    with their labels and features, are appended to `held` for scoring the classifier alone."""
    excl = os.path.join(tmp, f'fold{k}.articles')
    smodel, dump = os.path.join(tmp, f'fold{k}.status'), os.path.join(tmp, f'fold{k}.held.tsv')
    base = [a.engine, 'train-status', '--sentences', a.labels] + (['--gold', a.gold] if a.gold else [])
    res = subprocess.run(base + ['--exclude-articles', excl, '--out', smodel] + shlex.split(a.status_args),
                         capture_output=True)
    if res.returncode != 0:
        sys.exit(f'train-status failed on fold {k}: {res.stderr.decode()[:300]}')
    others = os.path.join(tmp, f'fold{k}.others')
    with open(others, 'w', encoding='utf-8') as f:
        f.writelines(art + '\n' for art in articles if fold_of[art] != k)
    outlets = ','.join(sorted({g['outlet'] for g in map(json.loads, open(a.labels, encoding='utf-8')) if g}))
    res = subprocess.run(base + ['--exclude-articles', others, '--outlets', outlets, '--out',
                                 os.path.join(tmp, 'unused.status'), '--dump', dump], capture_output=True)
    if res.returncode != 0:
        sys.exit(f'train-status (held-out dump) failed on fold {k}: {res.stderr.decode()[:300]}')
    weights, threshold = {}, 0.0
    for line in open(smodel, encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if len(parts) == 2:
            weights[parts[0]] = float(parts[1])
        elif line.startswith('threshold '):
            threshold = float(line.split()[1])
    outlet_of = {g['article']: g['outlet'] for g in map(json.loads, open(a.labels, encoding='utf-8'))}
    for line in open(dump, encoding='utf-8'):
        label, group, _type, _words, *feats = line.rstrip('\n').split('\t')
        rules = not any(f in RULE_NOT_ASSERTED for f in feats)
        model = sum(weights.get(f, 0.0) for f in feats) >= threshold
        overrulable = 'rule=report' in feats or 'rule=reference' in feats  # status_model.h learned_status
        held.append({'asserted': label == '1', 'outlet': outlet_of.get(group, 'gold'), 'rules': rules,
                     'model': model, 'combined': model if overrulable else rules})
    return smodel


def classifier_figures(held):
    def prf(key):
        tp = sum(1 for h in held if not h[key] and not h['asserted'])
        said = sum(1 for h in held if not h[key])
        gold = sum(1 for h in held if not h['asserted'])
        acc = sum(1 for h in held if h[key] == h['asserted']) / max(1, len(held))
        return acc, tp / max(1, said), tp / max(1, gold)
    out = {'n': len(held), 'not_asserted': sum(1 for h in held if not h['asserted'])}
    for key in ('rules', 'model', 'combined'):
        out[key + '_acc'], out[key + '_p'], out[key + '_r'] = prf(key)
    return out


if __name__ == '__main__':
    main()
