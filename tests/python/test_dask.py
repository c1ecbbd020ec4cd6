"""`python3 -m rasd.dask`: shards on a LocalCluster of 2 workers, one of them killed mid-run; the run
completes, a rerun skips what is done, and every input record has exactly one output record."""

import gzip
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import CLI, TEXTS

pytest.importorskip("distributed")

RUNNER = [sys.executable, "-m", "rasd.dask"]


def write_shards(folder, shards, articles):
    """`shards` JSON Lines shards of `articles` articles each (every third one gzipped), with a
    blank line (not a record) and a line that is not JSON (an error record) in the first."""
    os.makedirs(folder, exist_ok=True)
    expected = {}
    for s in range(shards):
        lines = []
        for a in range(articles):
            # Longer articles, so a shard takes a while: several of our texts, rotated.
            body = "\n".join(TEXTS[(a + k) % len(TEXTS)] for k in range(6))
            lines.append(json.dumps({"id": f"s{s}-a{a}", "text": body, "published": "2024-03-10"}, ensure_ascii=False))
        if s == 0:
            lines[1:1] = ["", "{not json"]
        data = ("\n".join(lines) + "\n").encode()
        name = f"shard{s:02d}.jsonl"
        if s % 3 == 2:
            with gzip.open(os.path.join(folder, name + ".gz"), "wb") as f:
                f.write(data)
        else:
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
        ids = [json.loads(line)["id"] if line.startswith("{\"") else f"shard{s:02d}:{n}"
               for n, line in enumerate(lines, 1) if line.strip()]
        expected[f"shard{s:02d}.jsonl"] = ids
    return expected


def read_outputs(folder):
    out = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            out[name] = [json.loads(line) for line in f]
    return out


def runner(args, **kw):
    return subprocess.run(RUNNER + args, capture_output=True, text=True, timeout=400, **kw)


def test_local_cluster_run_matches_cli(tmp_path):
    inputs, outputs = tmp_path / "in", tmp_path / "out"
    expected = write_shards(inputs, shards=3, articles=4)
    res = runner([str(inputs / "*.jsonl*"), str(outputs), "--workers", "2", "--no-progress",
                  "--summary", str(tmp_path / "summary.json")])
    assert res.returncode == 0, res.stderr
    got = read_outputs(outputs)
    assert {k: [r["id"] for r in v] for k, v in got.items()} == expected
    summary = json.load(open(tmp_path / "summary.json"))
    assert summary["done"] == 3 and summary["workers"] == 2
    assert summary["articles"] == sum(map(len, expected.values()))
    assert summary["failed_articles"] == 1  # the line that is not JSON
    assert summary["events"] == sum(len(r["events"]) for v in got.values() for r in v) > 0
    # Byte for byte what `rasd extract --format jsonl` writes for the shard (read from its folder).
    with gzip.open(inputs / "shard02.jsonl.gz") as f:
        (tmp_path / "shard02.jsonl").write_bytes(f.read())
    for folder, name in ((inputs, "shard00.jsonl"), (tmp_path, "shard02.jsonl")):
        cli = subprocess.run([CLI, "extract", "--format", "jsonl", name], cwd=folder, capture_output=True).stdout
        assert (outputs / name).read_bytes() == cli


def test_killed_worker_and_rerun(tmp_path):
    from distributed import Client, LocalCluster

    inputs, outputs = tmp_path / "in", tmp_path / "out"
    expected = write_shards(inputs, shards=8, articles=30)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        proc = subprocess.Popen(RUNNER + [str(inputs / "*"), str(outputs), "--scheduler", cluster.scheduler_address,
                                          "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        killed = None
        deadline = time.monotonic() + 300
        while killed is None and proc.poll() is None and time.monotonic() < deadline:
            busy = [w for w, tasks in client.processing().items() if tasks]
            if busy:
                pids = client.run(os.getpid, workers=busy[:1])
                done = len([n for n in os.listdir(outputs) if not n.startswith(".")]) if outputs.exists() else 0
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed = (busy[0], done)
            time.sleep(0.01)
        stdout, stderr = proc.communicate(timeout=400)
    assert killed is not None, "the run ended before a worker could be killed"
    assert killed[1] < len(expected)  # killed mid-run: not every shard was written yet
    assert proc.returncode == 0, stdout + stderr
    got = read_outputs(outputs)
    assert {k: [r["id"] for r in v] for k, v in got.items()} == expected  # one output per input, in order

    # The rerun (its own LocalCluster) has nothing left to do, and leaves finished outputs alone.
    before = {n: (outputs / n).stat().st_mtime_ns for n in os.listdir(outputs)}
    res = runner([str(inputs / "*"), str(outputs), "--workers", "2", "--no-progress"])
    assert res.returncode == 0, res.stderr
    assert "0 done now, 8 already done, 0 failed" in res.stdout
    assert {n: (outputs / n).stat().st_mtime_ns for n in os.listdir(outputs)} == before

    # A shard whose output went missing is redone, and only that one.
    os.unlink(outputs / "shard05.jsonl")
    res = runner([str(inputs / "*"), str(outputs), "--workers", "1", "--no-progress"])
    assert res.returncode == 0 and "1 done now, 7 already done" in res.stdout, res.stdout + res.stderr
    assert [r["id"] for r in read_outputs(outputs)["shard05.jsonl"]] == expected["shard05.jsonl"]
    assert not [n for n in os.listdir(outputs) if n.startswith(".")]  # no partial file left


def test_failed_shard_is_reported_and_retried(tmp_path):
    inputs, outputs = tmp_path / "in", tmp_path / "out"
    expected = write_shards(inputs, shards=2, articles=2)
    (inputs / "shard01.jsonl").rename(inputs / "shard01.jsonl.gz")  # not gzip data: the shard fails
    res = runner([str(inputs / "*"), str(outputs), "--workers", "1", "--no-progress"])
    assert res.returncode == 1
    assert "1 done now, 0 already done, 1 failed" in res.stdout and "shard01.jsonl.gz failed" in res.stdout
    assert sorted(os.listdir(outputs)) == ["shard00.jsonl"]  # nothing partial under the failed name
    (inputs / "shard01.jsonl.gz").rename(inputs / "shard01.jsonl")
    res = runner([str(inputs / "*"), str(outputs), "--workers", "1", "--no-progress"])
    assert res.returncode == 0 and "1 done now, 1 already done" in res.stdout, res.stdout + res.stderr
    assert {k: [r["id"] for r in v] for k, v in read_outputs(outputs).items()} == expected
