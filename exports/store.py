"""A persistent graph that grows run after run: ``actorgraph build ... --store DIR``.

A store folder holds

* ``results.sqlite``: the extraction results of every article read so far, one row
  per article id, and the number of the published graph. This is the source of
  truth: re-reading an article replaces its row, never duplicates it;
* ``graph-<n>/``: the published graph number ``n``: ``oxigraph/``, an Oxigraph
  store with the RDF of the merged graph of all those results (one named graph
  per article), and ``graph.html``, its interactive page. The previous one is
  kept until the next update, for servers still reading it.

Each run rebuilds the merged graph from all results (cheap next to parsing the
text), so actors merge across runs exactly as within one run ("Blinken" read
today joins "Antony Blinken" read last month). An update is crash-safe: in one
SQLite transaction it adds the run's results, writes ``graph-<n+1>/`` in full,
then commits the results together with the new number. A run killed at any
moment before the commit leaves the previous results and graph, untouched (a
half-written ``graph-<n+1>/`` is ignored and replaced by the next update);
after it, the new ones. Updates take a lock on the folder, so runs writing to
the same store take turns.

Examples
--------
>>> import tempfile
>>> from actorgraph.records import Article, ArticleResult
>>> store = GraphStore(tempfile.mkdtemp())
>>> store.put([ArticleResult(Article("a", "..."), 1, (), ())])
(1, 0)
>>> store.put([ArticleResult(Article("a", "..."), 2, (), ())])
(0, 1)
>>> [r.sentences for r in store.results()]
[2]
>>> G, added, replaced = store.update([ArticleResult(Article("b", "..."), 1, (), ())])
>>> added, replaced, len(store), store.rdf_path().relative_to(store.path).as_posix()
(1, 0, 2, 'graph-1/oxigraph')
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from actorgraph.exports import rdf
from actorgraph.exports.atomic import locked, sync_tree
from actorgraph.exports.html import write_html
from actorgraph.exports.vocab import DEFAULT_BASE
from actorgraph.graph.build import GraphBuilder

from actorgraph.records import ArticleResult, result_from_json, result_to_json

__all__ = ["GraphStore", "StoreError", "is_store", "published_folder"]

_RESULTS = "results.sqlite"
_PREFIX = "graph-"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    doc_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    result TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class StoreError(Exception):
    """The folder is not a usable store."""


def is_store(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a store folder."""
    return (Path(path) / _RESULTS).is_file()


def published_folder(path: str | os.PathLike) -> Path | None:
    """The published graph folder of the store at ``path``, read without writing anything.

    None if there is none yet (or ``path`` is not a store). Cheap enough to poll:
    a server watches it to follow updates.
    """
    path = Path(path)
    try:
        db = sqlite3.connect(f"{(path / _RESULTS).resolve().as_uri()}?mode=ro", uri=True,
                             timeout=5)
    except sqlite3.Error:
        return None
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'published'").fetchone()
    except sqlite3.Error:
        return None
    finally:
        db.close()
    folder = path / f"{_PREFIX}{int(row[0])}" if row else None
    return folder if folder is not None and folder.is_dir() else None


class GraphStore:
    """A store folder (created if missing)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a folder")
        if self.path.is_dir() and any(self.path.iterdir()) and not is_store(self.path):
            raise StoreError(f"{self.path}: folder exists and is not an actorgraph store")
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            with contextlib.closing(self._db()) as db:
                db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path / _RESULTS}: not a usable store database ({exc})"
                             ) from None

    def _db(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path / _RESULTS, timeout=60, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        return db

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """The folder lock and one transaction: committed on success, else rolled back."""
        with locked(self.path):
            db = self._db()
            try:
                db.execute("BEGIN IMMEDIATE")
                try:
                    yield db
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
            finally:
                db.close()

    # -- results -------------------------------------------------------------------------
    @staticmethod
    def _put(db: sqlite3.Connection, results: Iterable[ArticleResult]) -> tuple[int, int]:
        added = replaced = 0
        (top,) = db.execute("SELECT COALESCE(MAX(position), 0) FROM articles").fetchone()
        for result in results:
            payload = result_to_json(result)
            doc_id = result.article.id
            row = db.execute("SELECT position FROM articles WHERE doc_id = ?",
                             (doc_id,)).fetchone()
            if row is None:
                top += 1
                db.execute("INSERT INTO articles VALUES (?, ?, ?)", (doc_id, top, payload))
                added += 1
            else:
                db.execute("UPDATE articles SET result = ? WHERE doc_id = ?",
                           (payload, doc_id))
                replaced += 1
        return added, replaced

    def put(self, results: Iterable[ArticleResult]) -> tuple[int, int]:
        """Add or replace the results of articles (without publishing); return (added, replaced)."""
        with self._writing() as db:
            return self._put(db, results)

    @staticmethod
    def _results(db: sqlite3.Connection) -> Iterator[ArticleResult]:
        for (payload,) in db.execute("SELECT result FROM articles ORDER BY position"):
            yield result_from_json(payload)

    def results(self) -> Iterator[ArticleResult]:
        """Every stored result, in the order the articles were first added."""
        with contextlib.closing(self._db()) as db:
            yield from self._results(db)

    def __len__(self) -> int:
        with contextlib.closing(self._db()) as db:
            return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    @staticmethod
    def _graph(db: sqlite3.Connection) -> nx.MultiDiGraph:
        builder = GraphBuilder()
        for result in GraphStore._results(db):
            builder.add(result)
        return builder.build()

    def build_graph(self) -> nx.MultiDiGraph:
        """The merged graph of every stored result."""
        with contextlib.closing(self._db()) as db:
            return self._graph(db)

    # -- the published graph -------------------------------------------------------------
    @staticmethod
    def _number(db: sqlite3.Connection) -> int:
        row = db.execute("SELECT value FROM meta WHERE key = 'published'").fetchone()
        return int(row[0]) if row else 0

    def published(self) -> Path | None:
        """The folder of the published graph, or None before the first publish."""
        return published_folder(self.path)

    def rdf_path(self) -> Path | None:
        """The Oxigraph folder of the published graph, or None before the first publish."""
        folder = self.published()
        return None if folder is None else folder / "oxigraph"

    def page_path(self) -> Path | None:
        """The interactive page of the published graph, or None before the first publish."""
        folder = self.published()
        return None if folder is None else folder / "graph.html"

    def _publish(self, db: sqlite3.Connection, G: nx.MultiDiGraph, base: str,
                 title: str) -> Path:
        """Write ``G`` as the next graph folder and record it in ``db``'s transaction."""
        current = self._number(db)
        folder = self.path / f"{_PREFIX}{current + 1}"
        shutil.rmtree(folder, ignore_errors=True)  # left half-written by a killed run
        folder.mkdir()
        try:
            store = ox.Store(str(folder / "oxigraph"))
            try:
                store.bulk_extend(rdf.quads(G, base=base))
                store.flush()
            finally:
                del store
                gc.collect()  # closes the Oxigraph folder
            write_html(G, folder / "graph.html", title=title)
            sync_tree(folder)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        db.execute("INSERT OR REPLACE INTO meta VALUES ('published', ?)", (str(current + 1),))
        return folder

    def _drop_old(self) -> None:
        """Remove graph folders but the published one and the one before it.

        The previous folder stays until the next update, so that a server still
        answering from it (it switches within a second) is not pulled from under.
        """
        keep = self.published()
        if keep is None:
            return
        number = int(keep.name[len(_PREFIX):])
        for old in self.path.glob(f"{_PREFIX}*"):
            suffix = old.name[len(_PREFIX):]
            if not suffix.isdigit() or int(suffix) not in (number, number - 1):
                shutil.rmtree(old, ignore_errors=True)

    def publish(self, G: nx.MultiDiGraph | None = None, *, base: str = DEFAULT_BASE,
                title: str = "actorgraph") -> Path:
        """Publish ``G`` (by default the graph of the stored results); return its folder."""
        with self._writing() as db:
            folder = self._publish(db, self._graph(db) if G is None else G, base, title)
        self._drop_old()
        return folder

    def update(self, results: Iterable[ArticleResult], *, base: str = DEFAULT_BASE,
               title: str = "actorgraph") -> tuple[nx.MultiDiGraph, int, int]:
        """Add ``results``, rebuild and publish the merged graph, all or nothing.

        Returns the graph of the whole store and how many articles were added
        and replaced.
        """
        with self._writing() as db:
            added, replaced = self._put(db, results)
            G = self._graph(db)
            self._publish(db, G, base, title)
        self._drop_old()
        return G, added, replaced

    def open_read_only(self) -> ox.Store:
        """The published RDF, read-only (several processes may open it)."""
        path = self.rdf_path()
        if path is None:
            raise StoreError(f"{self.path}: the store has no published graph yet")
        return ox.Store.read_only(str(path))

