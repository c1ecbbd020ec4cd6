#!/usr/bin/env python3
"""Throughput of the Python module and the Dask runner beside the CLI's, in the same run.

    PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py [--articles 2000] [--workers 1,2]

Takes the first --articles articles of ../shared/corpus/news-ar.jsonl.zst, cut into --shards
shards, and times (wall and CPU seconds; on a shared machine CPU seconds are the figure that
means something): `rasd extract --format jsonl` over them (the reference), Engine.extract_file in
this process, and `python3 -m rasd.dask` with each worker count. Checks the outputs are the same.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def row(name, articles, mb, wall, cpu):
    print(f"{name:<28} {wall:8.1f} {cpu:8.1f} {articles / wall:10.1f} {articles / cpu:12.1f} {mb / cpu:10.2f}")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--shards", type=int, default=8)
    p.add_argument("--workers", default="1,2")
    p.add_argument("--corpus", default=os.path.join(SOURCE, "..", "shared", "corpus", "news-ar.jsonl.zst"))
    p.add_argument("--cli", default=os.path.join(SOURCE, "build", "rasd"))
    a = p.parse_args()
    import rasd

    with tempfile.TemporaryDirectory(prefix="rasd-bench-") as tmp:
        measure(a, rasd, tmp)


def measure(a, rasd, tmp):
    whole = os.path.join(tmp, "all.jsonl")
    text = subprocess.run(f"zstd -dc '{a.corpus}' | head -n {a.articles}", shell=True, capture_output=True,
                          check=True).stdout
    with open(whole, "wb") as f:
        f.write(text)
    lines = text.splitlines(keepends=True)
    os.mkdir(os.path.join(tmp, "in"))
    per = -(-len(lines) // a.shards)
    for s in range(a.shards):
        with open(os.path.join(tmp, "in", f"part{s:03d}.jsonl"), "wb") as f:
            f.writelines(lines[s * per:(s + 1) * per])
    n, mb = len(lines), len(text) / 1e6
    print(f"{n} articles, {mb:.2f} MB; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'':<28} {'wall s':>8} {'CPU s':>8} {'art/s wall':>10} {'art/CPU s':>12} {'MB/CPU s':>10}")

    start, cpu = time.perf_counter(), children_cpu()
    ref = subprocess.run([a.cli, "extract", "--format", "jsonl", "all.jsonl"], cwd=tmp, capture_output=True).stdout
    row("rasd extract (reference)", n, mb, time.perf_counter() - start, children_cpu() - cpu)

    start, cpu = time.perf_counter(), time.process_time()
    engine = rasd.Engine()
    out = []
    with open(whole, "rb") as f:
        engine.extract_file(f, lambda record, events, failed: out.append(record), name=os.path.join(tmp, "all"))
    row("Engine.extract_file", n, mb, time.perf_counter() - start, time.process_time() - cpu)
    assert b"".join(out) == ref, "the module's records differ from the CLI's"

    for w in a.workers.split(","):
        dest = os.path.join(tmp, f"out{w}")
        summary = os.path.join(tmp, f"summary{w}.json")
        subprocess.run([sys.executable, "-m", "rasd.dask", os.path.join(tmp, "in", "*"), dest, "--workers", w,
                        "--no-progress", "--summary", summary], check=True, capture_output=True)
        s = json.load(open(summary))
        row(f"rasd.dask, {w} worker(s)", n, mb, s["wall_seconds"], s["task_cpu_seconds"])
        got = b"".join(open(os.path.join(dest, f), "rb").read() for f in sorted(os.listdir(dest)))
        assert got == ref, "the runner's records differ from the CLI's"
    print("(dask wall includes starting the cluster; its CPU seconds are the tasks' own)")


if __name__ == "__main__":
    main()
