"""The Python API: :func:`build` a graph of news articles, then query, write or show it.

:func:`build` is the whole of ``actorgraph build``: the command line only
words its options, problems and errors. It reads the inputs, extracts the
relations (on one or several cores), merges the actors and, with a store,
adds the articles to it; it returns an :class:`ActorGraph`.

Nothing heavy is imported with :mod:`actorgraph`: spaCy, networkx, rdflib and
pyoxigraph load when a graph is built or used.

Examples
--------
>>> from actorgraph.records import Article, ArticleResult
>>> graph = from_results([ArticleResult(Article("a", "..."), 1, (), ())])
>>> graph
<ActorGraph: 1 article, 0 nodes, 0 relation mentions>
>>> graph.query("ASK { ?s a void:Dataset }").boolean
True
"""

from __future__ import annotations

import html
import os
import sqlite3
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actorgraph.readers import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    MAX_CHARS,
    TEXT_SUFFIXES,
    InputError,
    count_articles,
    raise_error,
    read_articles,
    text_article,
)
from actorgraph.records import Article, ArticleResult

if TYPE_CHECKING:
    import networkx as nx
    import pyoxigraph as ox
    import rdflib

    from actorgraph.exports.sparql import QueryResult

__all__ = ["ActorGraph", "BuildError", "BuildStats", "NothingRead", "WriteError", "build",
           "from_results", "inputs_of"]

#: Height of the graph page shown in a notebook, in pixels.
NOTEBOOK_HEIGHT = 640


class BuildError(Exception):
    """A graph could not be built or written."""


class NothingRead(BuildError):
    """No article could be read: there is no graph to make."""

    def __init__(self) -> None:
        super().__init__("no article could be read")


class WriteError(BuildError):
    """The graph could not be written; ``target`` is as it was before.

    Attributes
    ----------
    target : Path
        The folder (outputs or store) left unchanged.
    reason : str
        What went wrong.
    """

    def __init__(self, target: str | os.PathLike, reason: str) -> None:
        self.target = Path(target)
        self.reason = reason
        super().__init__(f"cannot write the graph to {self.target} ({reason}); it is as it "
                         "was before")


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


@dataclass(frozen=True)
class BuildStats:
    """What one build read and how long it took (a store's graph may hold more)."""

    articles: int
    sentences: int
    seconds: float
    #: With a store: articles added, articles replaced, and articles stored in all.
    added: int | None = None
    replaced: int | None = None
    stored: int | None = None


def inputs_of(items: Iterable[str | os.PathLike | Article]) -> list[str | os.PathLike | Article]:
    """The inputs of :func:`build`: paths stay paths, other strings become articles.

    A :class:`~pathlib.Path` is read as input, and so is a string that names
    an existing file or folder, or looks like a file name (one word ending in
    ``.txt``, ``.jsonl`` ... or ``/``: a missing one is then reported), or ``-``
    (standard input); any other string is the text of an article, whose id
    is ``text-<n>`` (its place among the items).

    Examples
    --------
    >>> [getattr(i, "id", i) for i in inputs_of(["Israel struck Gaza.", "missing.txt"])]
    ['text-1', 'missing.txt']
    """
    out: list[str | os.PathLike | Article] = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, str) and item != "-" and not _is_path(item):
            out.append(text_article(item, id=f"text-{number}"))
        else:
            out.append(item)
    return out


def _is_path(text: str) -> bool:
    if "\n" in text or len(text) > 4096:
        return False
    if not any(c.isspace() for c in text) and text.lower().endswith(_PATH_ENDINGS):
        return True
    try:
        return Path(text).exists()
    except (OSError, ValueError):
        return False


_PATH_ENDINGS = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *JSONL_SUFFIXES, "/", os.sep)


def _warn(error: InputError) -> None:
    warnings.warn(str(error), stacklevel=3)


_HANDLERS = {"raise": raise_error, "warn": _warn, "ignore": lambda _error: None}


def build(inputs: Iterable[str | os.PathLike | Article] | str | os.PathLike, *,
          model: str | None = None, workers: int = 1, quiet: bool = True,
          on_error: Callable[[InputError], None] | str = "warn",
          max_chars: int = MAX_CHARS, chunk_size: int | None = None, dask: str | None = None,
          store: str | os.PathLike | None = None, exclude: Iterable[str | os.PathLike] = (),
          base: str | None = None, title: str = "actorgraph") -> ActorGraph:
    """Build the graph of news articles.

    Parameters
    ----------
    inputs : iterable of str, Path or Article (or one of them)
        Article texts, files and folders (``.txt``, ``.md``, ``.html``,
        ``.jsonl``, ``.jsonl.gz``), as :func:`inputs_of` tells them apart.
    model : str, optional
        Name or path of an installed spaCy pipeline (the default model if None).
    workers : int
        Extraction processes (1: in this process). Results do not depend on it.
    quiet : bool
        False shows a progress bar on standard error.
    on_error : callable or {"warn", "raise", "ignore"}
        What to do with each input problem (an :class:`InputError`): by
        default a Python warning, and the input is skipped.
    max_chars : int
        Longest article read, in characters; longer ones are skipped.
    chunk_size : int, optional
        Articles per unit of work (one parsing batch).
    dask : str, optional
        Address of a Dask scheduler to extract on instead.
    store : path, optional
        A store folder to add the articles to; the graph is then the store's
        whole graph, published there.
    exclude : paths
        Folders never read as input (a run's own outputs).
    base : str, optional
        Base IRI of the RDF data.
    title : str
        Title of the graph page.

    Returns
    -------
    ActorGraph

    Raises
    ------
    ModelError
        If the model cannot be loaded.
    NothingRead
        If no article could be read.
    WriteError
        If the store cannot be updated (it is left as it was).
    """
    from tqdm import tqdm

    from actorgraph.exports.store import GraphStore, StoreError
    from actorgraph.extract.models import DEFAULT_MODEL
    from actorgraph.extract.parallel import (
        CHUNK_SIZE,
        check_model,
        extract_stream,
        fewer_collections,
    )
    from actorgraph.graph import places
    from actorgraph.graph.build import GraphBuilder

    started = time.perf_counter()
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    items = inputs_of(inputs)
    handler = _HANDLERS[on_error] if isinstance(on_error, str) else on_error
    model = model or DEFAULT_MODEL
    chunk_size = chunk_size or CHUNK_SIZE
    exclude = [*exclude] + ([store] if store is not None else [])
    opened = None
    if store is not None:
        try:
            opened = GraphStore(store)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{store}: {_reason(exc)}") from None
    total = count_articles(items, exclude=exclude)
    if total is not None:  # no more workers than chunks of work
        workers = min(workers, max(1, -(-total // chunk_size)))
    check_model(model)
    places.warm_up()  # the GeoNames index is built while the articles are parsed
    builder = GraphBuilder()
    results: list[ArticleResult] = []  # kept for the store only
    with tqdm(total=total, unit=" articles", disable=quiet, file=sys.stderr,
              dynamic_ncols=True, desc="extracting") as bar:
        articles = read_articles(items, max_chars=max_chars, on_error=handler, exclude=exclude)
        for result in extract_stream(articles, model=model, workers=workers, dask=dask,
                                     chunk_size=chunk_size, max_chars=max_chars,
                                     on_error=handler):
            builder.add(result)
            if opened is not None:
                results.append(result)
            bar.update(1)
    if not builder.articles:
        raise NothingRead()
    kwargs = {"base": base} if base else {}
    added = replaced = stored = None
    if opened is None:
        # as in ActorGraph.write: the merge allocates many small objects and none of the
        # extraction results is garbage (a young-generation collection here scanned all
        # of them: about 0.03 s of the 0.08 s of a build of 300 short articles)
        with fewer_collections() as freeze:
            freeze()
            G = builder.build()
    else:
        try:
            G, added, replaced = opened.update(results, title=title, **kwargs)
            stored = len(opened)
        except (OSError, sqlite3.Error) as exc:
            raise WriteError(store, _reason(exc)) from None
    stats = BuildStats(len(builder.articles), builder.sentences,
                       time.perf_counter() - started, added, replaced, stored)
    return ActorGraph(G, title=title, stats=stats, **kwargs)


def from_results(results: Iterable[ArticleResult], **kwargs: Any) -> ActorGraph:
    """The graph of extraction results already at hand (no model needed)."""
    from actorgraph.graph.build import build_graph

    return ActorGraph(build_graph(results), **kwargs)


class ActorGraph:
    """A graph of who did what to whom, with its RDF, queries, files and page.

    Attributes
    ----------
    graph : networkx.MultiDiGraph
        One node per actor or concept, one edge per relation mention
        (:mod:`actorgraph.graph.build`, :mod:`actorgraph.graph.schema`).
    base : str
        Base IRI of the RDF data.
    title : str
        Title of the graph page.
    stats : BuildStats or None
        What the build that made it read.
    """

    def __init__(self, graph: nx.MultiDiGraph, *, base: str | None = None,
                 title: str = "actorgraph", stats: BuildStats | None = None) -> None:
        from actorgraph.exports.formats import DEFAULT_BASE, check_base

        self.graph = graph
        self.base = check_base(base or DEFAULT_BASE)
        self.title = title
        self.stats = stats
        self._store: ox.Store | None = None

    def __repr__(self) -> str:
        n = len(self.graph.graph.get("articles", {}))
        return (f"<ActorGraph: {n:,} article{'' if n == 1 else 's'}, "
                f"{self.graph.number_of_nodes():,} nodes, "
                f"{self.graph.number_of_edges():,} relation mentions>")

    @property
    def triples(self) -> list[dict]:
        """One record per relation mention, as in ``triples.jsonl``."""
        from actorgraph.graph.build import edge_records

        return list(edge_records(self.graph))

    def rdf(self, kind: str = "rdflib") -> rdflib.Dataset | ox.Store:
        """The RDF: an rdflib ``Dataset`` (``"rdflib"``) or a pyoxigraph ``Store`` (``"oxigraph"``).

        Either has one named graph per article (see :mod:`actorgraph.exports.rdf`).
        """
        if kind == "oxigraph":
            return self._oxigraph()
        if kind == "rdflib":
            from actorgraph.exports.rdf import to_dataset

            return to_dataset(self.graph, base=self.base)
        raise ValueError(f"unknown kind of RDF {kind!r} (choose rdflib or oxigraph)")

    def _oxigraph(self) -> ox.Store:
        if self._store is None:
            import pyoxigraph as ox

            from actorgraph.exports.rdf import quads

            store = ox.Store()
            store.bulk_extend(quads(self.graph, base=self.base))
            self._store = store
        return self._store

    def query(self, sparql: str, **params: str) -> QueryResult:
        """Run a SPARQL query; ``params`` bind ``$NAME`` to string literals.

        The vocabulary prefixes and ``actor:``, ``relation:``, ``article:`` ...
        are predefined (:mod:`actorgraph.exports.sparql`).

        Raises
        ------
        QueryError
            If the query is not valid SPARQL, or reads anything but the graph.
        """
        from actorgraph.exports.sparql import run_query

        return run_query(self._oxigraph(), sparql, params=params)

    def write(self, out: str | os.PathLike, *, formats: Iterable[str] = ("turtle",)
              ) -> dict[Path, str]:
        """Write the output files into the folder ``out``; return each with what it holds.

        Raises
        ------
        WriteError
            If a file cannot be written (the folder's files are as they were).
        """
        from actorgraph.exports.outputs import write_outputs
        from actorgraph.extract.parallel import fewer_collections

        try:
            # the writers allocate many small objects, none of the graph's is garbage
            with fewer_collections() as freeze:
                freeze()
                return write_outputs(self.graph, out, base=self.base, formats=formats,
                                     title=self.title)
        except OSError as exc:
            raise WriteError(out, _reason(exc)) from None

    def to_html(self) -> str:
        """The interactive page: one self-contained HTML file that works offline."""
        from actorgraph.exports.html import render_html

        return render_html(self.graph, title=self.title)

    def _repr_html_(self) -> str:
        """The interactive page inline in a notebook (an isolated frame, no network)."""
        page = html.escape(self.to_html(), quote=True)
        return (f'<iframe srcdoc="{page}" sandbox="allow-scripts" '
                f'style="width: 100%; height: {NOTEBOOK_HEIGHT}px; border: 0" '
                f'title="{html.escape(self.title, quote=True)}"></iframe>')
