"""Run rasd over JSON Lines shards on a Dask cluster: one task per shard.

    python3 -m rasd.dask 'news/*.jsonl.gz' out/ [--scheduler tcp://HOST:8786] [--workers N]

Each shard INPUT (plain, .gz, .bz2, .xz, or .zst through the zstd program) becomes
OUTPUT_DIR/<its path below the inputs' common folder, compression and .jsonl/.json/.ndjson
dropped>.jsonl, holding exactly what `rasd extract --format jsonl` writes for it: one record per
input record, in order. A shard's output is written under a hidden temporary name and renamed when
complete, so an output that exists is whole: a rerun skips those shards and redoes only the rest
(after a crash, a killed worker or a failed shard). Without --scheduler a LocalCluster of
--workers processes (default: every core), one thread each, is started.

Workers import rasd and read the models from RASD_DATA_DIR (or the build tree's data/), and every
worker and this client must see INPUT and OUTPUT_DIR at the same paths (a shared file system).
"""

import argparse
import bz2
import functools
import glob
import gzip
import json
import logging
import lzma
import os
import subprocess
import sys
import time
import uuid

_PARTIAL = ".rasd-partial-"
_COMPRESSION = (".gz", ".bz2", ".xz", ".zst")
_JSONL = (".jsonl", ".json", ".ndjson")


def plan(input_glob, output_dir):
    """[(input, output, name)] for the shards the glob matches, sorted; name is the input's path
    below the inputs' common folder without extensions (record ids default to "name:line")."""
    paths = sorted({os.path.abspath(p) for p in glob.glob(input_glob, recursive=True) if os.path.isfile(p)})
    if not paths:
        return []
    root = os.path.commonpath([os.path.dirname(p) for p in paths])
    shards, outputs = [], {}
    for path in paths:
        rel = os.path.relpath(path, root)
        for suffix in _COMPRESSION:
            if rel.endswith(suffix):
                rel = rel[: -len(suffix)]
                break
        for suffix in _JSONL:
            if rel.endswith(suffix):
                rel = rel[: -len(suffix)]
                break
        out = os.path.join(os.path.abspath(output_dir), rel + ".jsonl")
        if out in outputs:
            raise ValueError(f"{outputs[out]} and {path} would both be written to {out}")
        outputs[out] = path
        shards.append((path, out, rel))
    return shards


class _Counted:
    """A binary file that counts the bytes read from it (the shard's uncompressed size)."""

    def __init__(self, file):
        self.file, self.bytes = file, 0

    def read(self, n=-1):
        chunk = self.file.read(n)
        self.bytes += len(chunk)
        return chunk


class _Zstd:
    """A .zst shard decompressed by the zstd program (Python's standard library has no zstd)."""

    def __init__(self, path):
        self.proc = subprocess.Popen(["zstd", "-dcq", "--", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.read = self.proc.stdout.read

    def close(self):
        self.proc.stdout.close()
        err = self.proc.stderr.read().decode(errors="replace").strip()
        if self.proc.wait() != 0:
            raise OSError(f"zstd could not decompress the shard: {err}")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if exc[0] is None:
            self.close()
        else:
            self.proc.kill()
            self.proc.wait()


def _open(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rb")
    if path.endswith(".bz2"):
        return bz2.open(path, "rb")
    if path.endswith(".xz"):
        return lzma.open(path, "rb")
    if path.endswith(".zst"):
        return _Zstd(path)
    return open(path, "rb")


@functools.lru_cache(maxsize=4)
def _engine(options_json):
    # One engine per worker process and options: loading the models is the slow part of a start.
    import rasd

    return rasd.Engine(**json.loads(options_json))


def process_shard(path, out, name, options_json):
    """Runs on a worker: the shard's records into `out` (via a temporary name); its counts."""
    start, cpu = time.perf_counter(), time.process_time()
    engine = _engine(options_json)
    folder, base = os.path.split(out)
    os.makedirs(folder, exist_ok=True)
    partial = os.path.join(folder, "." + base + _PARTIAL + uuid.uuid4().hex[:12])
    try:
        with _open(path) as raw, open(partial, "wb") as sink:
            src = _Counted(raw)
            stats = engine.extract_file(src, lambda record, events, failed: sink.write(record), name=name)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(partial, out)
    except BaseException:
        try:
            os.unlink(partial)
        except OSError:
            pass
        raise
    # CPU seconds beside wall seconds: on a shared machine only the former say what a core does.
    stats.update(shard=path, bytes=src.bytes, seconds=time.perf_counter() - start, cpu_seconds=time.process_time() - cpu)
    return stats


def remove_partials(output_dir):
    """Deletes temporary outputs that a killed worker or run left behind (never a finished one)."""
    removed = 0
    for folder, _, files in os.walk(output_dir):
        for f in files:
            if f.startswith(".") and _PARTIAL in f:
                os.unlink(os.path.join(folder, f))
                removed += 1
    return removed


def _client(args):
    from distributed import Client, LocalCluster

    if args.scheduler:
        return Client(args.scheduler), None
    workers = args.workers or os.cpu_count() or 1
    cluster = LocalCluster(n_workers=workers, threads_per_worker=args.threads_per_worker, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run(args, out=sys.stdout):
    """The whole run; returns the exit status (0: every shard has its output)."""
    start = time.perf_counter()
    shards = plan(args.input_glob, args.output_dir)
    if not shards:
        print(f"rasd.dask: no file matches {args.input_glob!r}", file=sys.stderr)
        return 2
    os.makedirs(args.output_dir, exist_ok=True)
    # One runner per output folder: what is partial now belongs to a run that is over.
    remove_partials(args.output_dir)
    todo = [s for s in shards if not os.path.exists(s[1])]
    skipped = len(shards) - len(todo)
    # A model path is made absolute here: workers need not share this process's folder.
    model = args.event_model if args.event_model in ("", "none") else os.path.abspath(args.event_model)
    options = {"name_tagger": not args.no_name_tagger, "event_model": model, "include_text": args.include_text}
    totals = {"records": 0, "events": 0, "failed": 0, "bytes": 0, "seconds": 0.0, "cpu_seconds": 0.0}
    failures = []
    workers = 0
    if todo:
        from distributed import wait
        from distributed.diagnostics.progressbar import progress

        client, cluster = _client(args)
        try:
            workers = len(client.scheduler_info()["workers"])
            token = uuid.uuid4().hex[:8]
            futures = {client.submit(process_shard, path, dest, name, json.dumps(options, sort_keys=True),
                                     key=f"rasd-shard-{token}-{n}", pure=False): path
                       for n, (path, dest, name) in enumerate(todo)}
            if args.progress:
                progress(list(futures))  # blocks until every task is done or one failed
                print(file=sys.stdout, flush=True)
            wait(list(futures))
            for future, path in futures.items():
                if future.status == "finished":
                    for k in totals:
                        totals[k] += future.result()[k]
                else:
                    failures.append((path, repr(future.exception())))
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    wall = time.perf_counter() - start
    done = len(todo) - len(failures)
    summary = {
        "shards": len(shards), "done": done, "skipped": skipped, "failed_shards": len(failures),
        "articles": totals["records"], "events": totals["events"], "failed_articles": totals["failed"],
        "megabytes": round(totals["bytes"] / 1e6, 3), "wall_seconds": round(wall, 3), "workers": workers,
        "articles_per_second": round(totals["records"] / wall, 1) if done else 0.0,
        "task_seconds": round(totals["seconds"], 3), "task_cpu_seconds": round(totals["cpu_seconds"], 3),
        "articles_per_cpu_second": round(totals["records"] / totals["cpu_seconds"], 1) if totals["cpu_seconds"] else 0.0,
    }
    print(f"rasd.dask: {len(shards)} shards: {done} done now, {skipped} already done, {len(failures)} failed; "
          f"{totals['records']} articles ({totals['failed']} failed), {totals['events']} events, "
          f"{summary['megabytes']} MB in {wall:.1f} s on {workers} workers "
          f"({summary['articles_per_cpu_second']} articles per CPU second)", file=out)
    for path, why in failures:
        print(f"rasd.dask: shard {path} failed: {why} (a rerun retries it)", file=out)
    if args.summary:
        with open(args.summary, "w") as f:
            json.dump(summary, f, indent=1)
            f.write("\n")
    return 1 if failures else 0


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m rasd.dask", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("input_glob", help="JSON Lines shards (quote it; ** matches folders)")
    parser.add_argument("output_dir")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, help="LocalCluster worker processes (default: every core)")
    parser.add_argument("--threads-per-worker", type=int, default=1)
    parser.add_argument("--no-name-tagger", action="store_true", help="as rasd extract --no-name-tagger")
    parser.add_argument("--event-model", default="", help="as rasd extract --event-model")
    parser.add_argument("--include-text", action="store_true", help="as rasd extract --include-text")
    parser.add_argument("--summary", help="also write the summary as JSON to this file")
    bar = parser.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None, help="show a progress bar")
    bar.add_argument("--no-progress", dest="progress", action="store_false")
    args = parser.parse_args(argv)
    if (args.workers is not None and args.workers < 1) or args.threads_per_worker < 1:
        parser.error("--workers and --threads-per-worker must be at least 1")
    if args.progress is None:
        args.progress = sys.stdout.isatty()
    return run(args)


if __name__ == "__main__":
    # Run as rasd.dask, not __main__, so tasks name the installed module's process_shard.
    from rasd.dask import main as _main

    sys.exit(_main())
