"""What the tools that measure on the labelled sentences share (tools/cv-events.py, tools/cv-roles.py):
running the engine over the sentences, one record per sentence, and writing a labels/predictions
pair for ../shared/tools/sentence-score.py."""
import json, os, subprocess, sys


def run_engine(engine, gold, extra):
    """The engine's records (JSON lines, one per labelled sentence, in order) with `extra` options."""
    inp = ''.join(json.dumps({'id': g['sid'], 'published': g.get('published'), 'text': g['sentence']},
                             ensure_ascii=False) + '\n' for g in gold)
    res = subprocess.run([engine, 'extract', '--format', 'jsonl'] + list(extra), input=inp.encode(), capture_output=True)
    if res.returncode not in (0, 1):
        sys.exit(f'rasd extract failed: {res.stderr.decode()[:300]}')
    lines = [l for l in res.stdout.decode('utf-8').split('\n') if l.strip()]
    if len(lines) != len(gold):
        sys.exit(f'{len(lines)} records for {len(gold)} sentences')
    return lines


def write_pair(labels, preds, tmp, name):
    """Writes labels and predictions as NAME.labels.jsonl / NAME.pred.jsonl in tmp; returns both paths."""
    lab, pred = os.path.join(tmp, name + '.labels.jsonl'), os.path.join(tmp, name + '.pred.jsonl')
    with open(lab, 'w', encoding='utf-8') as f:
        f.writelines(json.dumps(g, ensure_ascii=False) + '\n' for g in labels)
    with open(pred, 'w', encoding='utf-8') as f:
        f.writelines(p + '\n' for p in preds)
    return lab, pred
