"""`import rasd`: records equal the CLI's, bad input as the CLI handles it, the GIL released."""

import datetime
import io
import json
import os
import subprocess
import sys
import threading

import pytest

from conftest import CLI, SOURCE_DIR, TEXTS, run_cli


def test_extract_equals_cli_record(engine, tmp_path):
    lines = [json.dumps({"id": f"t{i}", "text": t, "published": "2024-03-10", "title": "عنوان", "outlet": "o"},
                        ensure_ascii=False) for i, t in enumerate(TEXTS)]
    expected = run_cli(lines, cwd=tmp_path)
    got = [engine.extract(t, published="2024-03-10", id=f"t{i}", title="عنوان", outlet="o")
           for i, t in enumerate(TEXTS)]
    assert got == expected
    # The texts are not trivial: between them they yield events, and the emoji shifts offsets.
    assert sum(len(r["events"]) for r in got) >= 3


def test_examples_file_equals_cli(engine, tmp_path):
    with open(os.path.join(SOURCE_DIR, "examples", "articles.jsonl"), encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    expected = run_cli(lines, cwd=tmp_path)
    articles = [json.loads(line) for line in lines]
    assert list(engine.extract_many(articles)) == expected
    fields = ("published", "id", "title", "url", "outlet")
    assert [engine.extract(a["text"], **{k: a.get(k) for k in fields}) for a in articles] == expected


def test_extract_file_writes_the_cli_bytes(engine, tmp_path):
    src = os.path.join(SOURCE_DIR, "examples", "articles.jsonl")
    cli = subprocess.run([CLI, "extract", "--format", "jsonl", src], capture_output=True, check=True).stdout
    out, seen = io.BytesIO(), []

    def sink(record, events, failed):
        out.write(record)
        seen.append((json.loads(record)["id"], events, failed))

    with open(src, "rb") as f:
        stats = engine.extract_file(f, sink, name=src[: -len(".jsonl")])
    assert out.getvalue() == cli
    assert stats == {"records": len(seen), "failed": 0, "events": sum(e for _, e, _ in seen)}
    assert all(json.loads(line)["id"] == i for line, (i, _, _) in zip(cli.splitlines(), seen))


def test_bad_records_as_the_cli(engine, tmp_path):
    # Each line is something a caller may hand over; the CLI answers each with a record.
    items = [
        {"id": "empty", "text": ""},
        {"id": "spaces", "text": "   \n  "},
        {"id": "number", "text": 42},
        {"id": "none", "text": None},
        {"id": "no-text", "title": "عنوان فقط"},
        {"text": "اعتقلت الشرطة رجلا في المدينة."},
        {"id": "bad-month", "text": TEXTS[0], "published": "2024-13-01"},
        {"id": "words", "text": TEXTS[0], "published": "yesterday"},
        {"id": 7, "text": TEXTS[3]},
    ]
    expected = run_cli([json.dumps(i, ensure_ascii=False) for i in items], cwd=tmp_path, name="items.jsonl")
    got = list(engine.extract_many(items))
    assert len(got) == len(items)
    # Only the fallback id of the record without one differs: the CLI names its input file.
    assert expected[5]["id"] == "items:6" and got[5]["id"] == "items:6"
    assert got == expected
    codes = {r["id"]: {e["code"] for e in r.get("errors", [])} for r in got}
    assert "text-not-string" in codes["number"] and "missing-text" in codes["no-text"]
    assert codes["bad-month"] and codes["words"]  # a date that is not one is reported, not raised


def test_keyword_extract_errors_match_cli(engine, tmp_path):
    expected = run_cli([json.dumps({"id": "d", "text": TEXTS[1], "published": "2024-02-30"}, ensure_ascii=False),
                        json.dumps({"id": "e", "text": ""})], cwd=tmp_path)
    assert engine.extract(TEXTS[1], published="2024-02-30", id="d") == expected[0]
    assert engine.extract("", id="e") == expected[1]
    assert expected[0].get("errors")


def test_wrong_types_raise(engine):
    for bad in (None, 42, b"\xd8\xa7", ["نص"]):
        with pytest.raises(TypeError):
            engine.extract(bad)
    with pytest.raises(TypeError):
        engine.extract(TEXTS[0], published=20240310)
    with pytest.raises(TypeError):
        engine.extract(TEXTS[0], id=5)
    with pytest.raises(TypeError):
        list(engine.extract_many([TEXTS[0], 3.5]))
    with pytest.raises(TypeError):
        engine.extract_many(TEXTS[0])  # a str is not a list of texts
    with pytest.raises(TypeError):
        type(engine)(no_such_option=True)


def test_date_objects_and_lone_surrogates(engine):
    as_str = engine.extract(TEXTS[0], published="2024-03-10", id="x")
    assert engine.extract(TEXTS[0], published=datetime.date(2024, 3, 10), id="x") == as_str
    assert engine.extract(TEXTS[0], published=datetime.datetime(2024, 3, 10, 8, 30), id="x") == as_str
    # A lone surrogate (json.loads keeps an escaped one) counts as one code point, as in the str.
    text = "\ud800" + TEXTS[0]
    record = engine.extract(text)
    plain = engine.extract(TEXTS[0])
    assert [m["start"] - 1 for e in record["events"] for m in e["mentions"]] == \
        [m["start"] for e in plain["events"] for m in e["mentions"]]


def test_extract_many_is_lazy_and_ordered(engine):
    def texts():
        for t in TEXTS:
            yield t
        raise AssertionError("read past what was asked")

    it = engine.extract_many(texts())
    first = [next(it) for _ in TEXTS]
    assert first == [engine.extract(t) for t in TEXTS]


def test_threads_give_the_same_records_in_order(engine):
    items = [t if i % 2 else {"id": f"m{i}", "text": t} for i, t in enumerate(TEXTS * 4)]
    one = list(engine.extract_many(items))
    assert list(engine.extract_many(items, threads=3)) == one
    assert len({json.dumps(r, sort_keys=True) for r in one}) > len(TEXTS)  # not all the same record
    with pytest.raises(TypeError):
        list(engine.extract_many([TEXTS[0], 7], threads=2))


def test_options_as_the_cli_flags(rasd_module, engine, tmp_path):
    with_text = rasd_module.Engine(include_text=True).extract(TEXTS[2])
    assert with_text["text"] == TEXTS[2] and "text" not in engine.extract(TEXTS[2])
    lines = [json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(TEXTS)]
    expected = run_cli(lines, args=("--no-name-tagger", "--event-model", "none"), cwd=tmp_path)
    rules = rasd_module.Engine(name_tagger=False, event_model="none")
    assert [rules.extract(t, id=f"r{i}") for i, t in enumerate(TEXTS)] == expected
    expected = run_cli(lines, args=("--event-model", "none", "--status-model", "none"), cwd=tmp_path)
    bare = rasd_module.Engine(event_model="none", status_model="none")
    assert [bare.extract(t, id=f"r{i}") for i, t in enumerate(TEXTS)] == expected


def test_missing_model_raises(rasd_module, tmp_path):
    with pytest.raises(rasd_module.EngineError, match="no-such-model"):
        rasd_module.Engine(event_model=str(tmp_path / "no-such-model.txt"))
    with pytest.raises(rasd_module.EngineError, match="status model .*no-such-status"):
        rasd_module.Engine(status_model=str(tmp_path / "no-such-status.txt"))
    # The name tagger's model is loaded once per process, so an empty data folder needs a fresh one.
    code = ("import rasd\n"
            "try:\n    rasd.Engine()\nexcept rasd.EngineError as e:\n    print('ERR', e)\n"
            "e = rasd.Engine(name_tagger=False, event_model='none', status_model='none')\n"
            "print('OK', len(e.extract('اعتقلت الشرطة رجلا.')['events']))\n")
    env = dict(os.environ, RASD_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.startswith("ERR ") and "ner-anercorp.bin" in out
    assert "\nOK " in out


def test_file_errors_propagate(engine, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "text": TEXTS[0]}) + "\n", encoding="utf-8")
    with open(path, encoding="utf-8") as text_mode, pytest.raises(TypeError, match="binary"):
        engine.extract_file(text_mode, lambda *a: None)

    def failing_sink(record, events, failed):
        raise OSError("disk full")

    with open(path, "rb") as f, pytest.raises(OSError, match="disk full"):
        engine.extract_file(f, failing_sink)


def test_gil_released_while_the_engine_works(engine):
    # Another thread waits for the GIL; the switch interval is long, so it can only run before the
    # extract call returns if the call itself lets go of the GIL.
    text = "\n".join(TEXTS * 400)
    state = {"in_call": False}
    seen = []
    go = threading.Event()

    def other():
        go.wait()
        seen.append(state["in_call"])

    old = sys.getswitchinterval()
    sys.setswitchinterval(30)
    try:
        t = threading.Thread(target=other)
        t.start()
        state["in_call"] = True
        go.set()
        record = engine.extract(text)
        state["in_call"] = False
        t.join()
    finally:
        sys.setswitchinterval(old)
    assert seen == [True]
    assert record["events"]
