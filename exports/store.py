"""A persistent graph that grows run after run: ``actorgraph build ... --store DIR``.

A store folder holds

* ``results.sqlite``: the extraction results of every article read so far, one row
  per article id (SQLite: each run's changes are one transaction). This is the
  source of truth: re-reading an article replaces its row, never duplicates it;
* ``rdf-<n>/``: an Oxigraph store with the RDF of the merged graph of all those
  results (one named graph per article), and ``graph.html``;
* ``CURRENT``: the name of the complete ``rdf-<n>`` folder in use, replaced
  atomically once a new one is complete.

Each run adds its results, rebuilds the merged graph from all results (cheap
next to parsing the text) and publishes a new ``rdf-<n>``, so actors merge
across runs exactly as within one run ("Blinken" read today joins "Antony
Blinken" read last month) and a run killed at any moment leaves the previous
complete store.

Examples
--------
>>> import tempfile
>>> from extract.records import Article, ArticleResult
>>> store = GraphStore(tempfile.mkdtemp())
>>> store.put([ArticleResult(Article("a", "..."), 1, (), ())])
(1, 0)
>>> store.put([ArticleResult(Article("a", "..."), 2, (), ())])
(0, 1)
>>> [r.sentences for r in store.results()]
[2]
"""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from exports.atomic import atomic_write
from exports.html import write_html
from exports.rdf import quads
from exports.vocab import DEFAULT_BASE
from extract.records import ArticleResult, result_from_json, result_to_json
from graph.build import GraphBuilder

__all__ = ["POINTER", "GraphStore", "StoreError", "is_store"]

POINTER = "CURRENT"
_RESULTS = "results.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    doc_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    result TEXT NOT NULL
)
"""


class StoreError(Exception):
    """The folder is not a usable store."""


def is_store(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a store folder."""
    path = Path(path)
    return (path / _RESULTS).is_file() or (path / POINTER).is_file()


class GraphStore:
    """A store folder (created if missing)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a folder")
        if self.path.is_dir() and any(self.path.iterdir()) and not is_store(self.path):
            raise StoreError(f"{self.path}: folder exists and is not an actorgraph store")
        self.path.mkdir(parents=True, exist_ok=True)
        with self._db() as db:
            db.execute(_SCHEMA)

    def _db(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path / _RESULTS)
        db.execute("PRAGMA journal_mode=WAL")
        return db

    # -- results -------------------------------------------------------------------------
    def put(self, results: Iterable[ArticleResult]) -> tuple[int, int]:
        """Add or replace the results of articles; return (added, replaced)."""
        added = replaced = 0
        db = self._db()
        try:
            with db:  # one transaction
                (top,) = db.execute("SELECT COALESCE(MAX(position), 0) FROM articles").fetchone()
                for result in results:
                    payload = result_to_json(result)
                    doc_id = result.article.id
                    row = db.execute("SELECT position FROM articles WHERE doc_id = ?",
                                     (doc_id,)).fetchone()
                    if row is None:
                        top += 1
                        db.execute("INSERT INTO articles VALUES (?, ?, ?)",
                                   (doc_id, top, payload))
                        added += 1
                    else:
                        db.execute("UPDATE articles SET result = ? WHERE doc_id = ?",
                                   (payload, doc_id))
                        replaced += 1
        finally:
            db.close()
        return added, replaced

    def results(self) -> Iterator[ArticleResult]:
        """Every stored result, in the order the articles were first added."""
        db = self._db()
        try:
            for (payload,) in db.execute("SELECT result FROM articles ORDER BY position"):
                yield result_from_json(payload)
        finally:
            db.close()

    def __len__(self) -> int:
        db = self._db()
        try:
            return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            db.close()

    def build_graph(self) -> nx.MultiDiGraph:
        """The merged graph of every stored result."""
        builder = GraphBuilder()
        for result in self.results():
            builder.add(result)
        return builder.build()

    # -- RDF -----------------------------------------------------------------------------
    def rdf_path(self) -> Path | None:
        """The Oxigraph folder in use, or None before the first publish."""
        pointer = self.path / POINTER
        if not pointer.is_file():
            return None
        current = self.path / pointer.read_text(encoding="utf-8").strip()
        return current if current.is_dir() else None

    def publish(self, G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE,
                title: str = "actorgraph") -> Path:
        """Write the RDF of ``G`` to a new Oxigraph folder and switch to it atomically."""
        numbers = [int(p.name[4:]) for p in self.path.glob("rdf-*") if p.name[4:].isdigit()]
        target = self.path / f"rdf-{max(numbers, default=0) + 1}"
        if target.exists():
            shutil.rmtree(target)
        store = ox.Store(str(target))
        store.bulk_extend(quads(G, base=base))
        store.flush()
        del store
        gc.collect()
        write_html(G, self.path / "graph.html", title=title)
        with atomic_write(self.path / POINTER) as handle:
            handle.write(target.name + "\n")
        for old in self.path.glob("rdf-*"):
            if old != target and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
        return target

    def update(self, results: Iterable[ArticleResult], *, base: str = DEFAULT_BASE,
               title: str = "actorgraph") -> tuple[nx.MultiDiGraph, int, int]:
        """Add ``results``, rebuild and publish the merged graph.

        Returns the graph of the whole store and how many articles were added
        and replaced.
        """
        added, replaced = self.put(results)
        G = self.build_graph()
        self.publish(G, base=base, title=title)
        return G, added, replaced

    def open_read_only(self) -> ox.Store:
        """The published RDF, read-only (several processes may open it)."""
        path = self.rdf_path()
        if path is None:
            raise StoreError(f"{self.path}: the store has no published graph yet")
        return ox.Store.read_only(str(path))
