#!/usr/bin/env python3
"""Byte-identity of `rasd extract --threads N` with --threads 1 (and, with --base, with another
binary, e.g. the engine before a change): on the gold articles (seed + dev), the labelled
sentences' articles, and the first --mb megabytes of ../shared/corpus/news-ar.jsonl.zst.
Prints one line per input set and exits 1 on any difference.

  python3 bench/compare-threads.py [--mb 5] [--threads 2,3] [--base /path/to/old/rasd]
"""
import argparse, hashlib, json, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.path.join(root, '..', 'shared')
ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument('--rasd', default=os.path.join(root, 'build', 'rasd'))
ap.add_argument('--base', help='another rasd binary whose one-thread output must match too')
ap.add_argument('--mb', type=float, default=5, help='megabytes of the corpus (0: none)')
ap.add_argument('--threads', default='2,3')
args = ap.parse_args()
tmp = tempfile.mkdtemp()


def gold():
    seed = json.load(open(os.path.join(shared, 'gold', 'aljazeera-kazakhstan-2022-01-08.gold.json'), encoding='utf-8'))
    text = open(os.path.join(shared, 'seed', 'aljazeera-kazakhstan-2022-01-08.txt'), encoding='utf-8').read()
    yield {'id': seed['doc']['id'], 'published': seed['doc']['published'], 'text': text}
    for line in open(os.path.join(shared, 'gold', 'dev.gold.jsonl'), encoding='utf-8'):
        if line.strip():
            d = json.loads(line)['doc']
            yield {'id': d['id'], 'published': d.get('published'), 'text': d['text']}


def sentences():
    for line in open(os.path.join(shared, 'gold', 'sentences.dev.jsonl'), encoding='utf-8'):
        if line.strip():
            s = json.loads(line)
            text = ' '.join(x for x in (s.get('before'), s.get('sentence')) if x)
            yield {'id': s['sid'], 'published': s.get('published'), 'title': s.get('title'), 'text': text}


def write(name, records):
    path = os.path.join(tmp, name + '.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    return path


inputs = [('gold', write('gold', gold())), ('sentences', write('sentences', sentences()))]
if args.mb > 0:
    path = os.path.join(tmp, 'corpus.jsonl')
    data = subprocess.run(['zstdcat', os.path.join(shared, 'corpus', 'news-ar.jsonl.zst')],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout[:int(args.mb * 2**20)]
    open(path, 'wb').write(data[:data.rfind(b'\n') + 1])
    inputs.append((f'corpus {args.mb:g} MB', path))


def run(binary, path, threads):
    cmd = [binary, 'extract', '--format', 'jsonl', path] + (['--threads', str(threads)] if threads else [])
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout, p.stderr


bad = 0
for name, path in inputs:
    rc1, one, err1 = run(args.rasd, path, 1)
    lines = one.count(b'\n')
    want = sum(1 for l in open(path, 'rb') if l.strip())
    status = [f'{name}: {lines} records (of {want} lines), sha256 {hashlib.sha256(one).hexdigest()[:12]}']
    if lines != want:
        status.append('RECORD COUNT DIFFERS'); bad += 1
    for n in args.threads.split(','):
        rc, out, err = run(args.rasd, path, int(n))
        same = out == one and rc == rc1 and err == err1
        status.append(f'{n} threads {"identical" if same else "DIFFERENT"}')
        bad += not same
    if args.base:
        rc, out, err = run(args.base, path, 0)
        same = out == one and rc == rc1
        status.append(f'base {"identical" if same else "DIFFERENT"}')
        bad += not same
    print('; '.join(status), flush=True)
sys.exit(1 if bad else 0)
