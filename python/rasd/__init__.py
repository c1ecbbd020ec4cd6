"""rasd: Arabic news in, PLOVER 2.0 event records out (the C++ engine, from Python).

    import rasd
    engine = rasd.Engine()                      # rasd.EngineError when a model is missing
    record = engine.extract(text, published="2024-05-01", id="a1")
    for record in engine.extract_many(articles):   # str texts or {"id", "text", ...} dicts
        ...

A record is the dict of the JSON object `rasd extract` writes for the same article (offsets are
code points, i.e. Python str indices). The engine runs with the GIL released, so threads that
each call extract() use several cores; one Engine may be shared between threads.
`python3 -m rasd.dask` runs the engine over JSON Lines shards on a Dask cluster.
"""

import datetime as _datetime
import json as _json
import re as _re
from collections.abc import Iterable as _Iterable, Iterator as _Iterator, Mapping as _Mapping

from ._rasd import EngineError

__all__ = ["Engine", "EngineError"]

_SURROGATE = _re.compile("[\ud800-\udfff]")


def _utf8(text):
    # A str may hold lone surrogates (json.loads keeps escaped ones); each becomes one U+FFFD so
    # code-point offsets still index the caller's str, as the CLI does for JSON Lines input.
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def _optional_str(name, value):
    if value is None or isinstance(value, str):
        return None if value is None else _utf8(value)
    raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")


def _published(value):
    # A date object is unambiguous; a str goes to the engine as given, which reports one that is
    # not a date in the record's errors (as the CLI does) rather than raising.
    if isinstance(value, _datetime.datetime):
        value = value.date()
    if isinstance(value, _datetime.date):
        return value.isoformat().encode()
    return _optional_str("published", value)


class Engine:
    """The engine with its models loaded; options as `rasd extract`'s:

    name_tagger=False      actors from the rules alone (--no-name-tagger)
    event_model=PATH       an event filter trained by `rasd train-events` (--event-model); default none
    status_model="none"    the status rules alone; a path: another status classifier (--status-model)
    include_text=True      the text in every record (--include-text)
    max_document_bytes=N   cut longer texts (--max-bytes)
    """

    def __init__(self, **options):
        from ._rasd import Engine as _Engine

        self._engine = _Engine(**options)
        self.options = dict(options)

    def extract_json(self, text, published=None, id=None, title=None, url=None, outlet=None):
        """The record of one article as the JSON line `rasd extract` writes (no newline)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        if id is not None and not isinstance(id, str):
            raise TypeError(f"id must be a str or None, not {type(id).__name__}")
        raw = self._engine.extract_json(
            _utf8(text), _published(published), _utf8(id or ""),
            _optional_str("title", title), _optional_str("url", url), _optional_str("outlet", outlet))
        return raw.decode("utf-8").rstrip("\n")

    def extract(self, text, published=None, id=None, title=None, url=None, outlet=None):
        """The record of one article as a dict. Bad text never raises: it yields a record whose
        `errors` say what went wrong; only arguments of the wrong type raise TypeError."""
        return _json.loads(self.extract_json(text, published, id, title, url, outlet))

    def extract_many(self, items, threads=1):
        """Records for an iterable of articles, lazily, one dict per item in input order.

        An item is a str (the text) or a mapping read as a line of `rasd extract --format jsonl`
        ({"id", "text", "published", "title", "url", "outlet"}): a mapping without usable text
        yields the CLI's error record ("missing-text", "text-not-string"), never an exception,
        and one without an id gets "items:N" (N counts from 1). threads > 1 runs that many
        articles at once (the engine releases the GIL), reading at most 2 × threads ahead."""
        if isinstance(items, (str, bytes, _Mapping)) or not isinstance(items, _Iterable):
            raise TypeError("extract_many takes an iterable of texts or article mappings")
        if not isinstance(threads, int) or threads < 1:
            raise ValueError("threads must be a positive int")
        return self._many(items) if threads == 1 else self._many_threads(items, threads)

    def _one(self, n, item):
        if isinstance(item, str):
            return self.extract(item)
        if isinstance(item, _Mapping):
            line = _json.dumps(dict(item), default=str)  # a date object becomes YYYY-MM-DD
            return _json.loads(self._engine.extract_jsonl_line(line.encode(), f"items:{n}"))
        raise TypeError(f"item {n} is a {type(item).__name__}, not a str or a mapping")

    def _many(self, items) -> _Iterator[dict]:
        for n, item in enumerate(items, 1):
            yield self._one(n, item)

    def _many_threads(self, items, threads) -> _Iterator[dict]:
        from collections import deque
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(threads) as pool:
            window = deque()
            for n, item in enumerate(items, 1):
                window.append(pool.submit(self._one, n, item))
                if len(window) >= 2 * threads:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()

    def extract_file(self, file, sink, *, name="input", format="jsonl"):
        """Reads a binary file object exactly as `rasd extract --format FORMAT NAME` reads a file
        (any encoding it sniffs, overlong lines, fallback ids "NAME:LINE"), calling
        sink(record_bytes, events, failed) for each record: the JSON line with its newline, the
        record's number of events, and whether it failed. Returns {"records", "failed", "events"}.
        An exception from file.read or sink ends the input and is raised after the engine stops."""
        return self._engine.extract_stream(file, sink, name, format)
