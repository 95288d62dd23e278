"""Where a graph is: a graph file, an output folder or a store folder, decided once.

Every command that reads a graph (``query``, ``serve``, ``push``,
``validate``) and the Python API open it with :func:`open_graph`:

* a store folder (``actorgraph build --store``) is its published graph;
* an output folder is its first graph file of :data:`GRAPH_FILES`;
* anything else is a graph file, its format known from its suffix.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "graph.nt").write_text("<urn:a> <urn:b> <urn:c> .\\n")
>>> source = open_graph(folder)
>>> source.file.name, source.store is None, len(list(source.quads()))
('graph.nt', True, 1)
>>> len(source.open())
1
>>> open_graph(folder / "missing.ttl")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
actorgraph.exports.graphs.GraphError: .../missing.ttl: no such file or directory
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

if TYPE_CHECKING:
    from actorgraph.exports.store import GraphStore

__all__ = ["GRAPH_FILES", "RDF_SUFFIXES", "GraphError", "GraphSource", "open_graph"]

#: Files looked for, in order, when the graph is given as an output folder.
GRAPH_FILES = ("graph.ttl", "graph.nt", "graph.nq", "graph.trig", "graph.jsonld")
#: The RDF formats read, by file suffix.
RDF_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
}


class GraphError(Exception):
    """The graph cannot be found or read."""


@dataclass(frozen=True)
class GraphSource:
    """A graph found by :func:`open_graph`: a graph file or a store's published graph.

    Attributes
    ----------
    path : Path
        What was given.
    file : Path or None
        The graph file (None for a store).
    store : GraphStore or None
        The store (None for a file).
    """

    path: Path
    file: Path | None = None
    store: GraphStore | None = None

    @property
    def format(self) -> ox.RdfFormat:
        return RDF_SUFFIXES[self.file.suffix.lower()]

    def page(self) -> Path | None:
        """The interactive page that goes with the graph, if there is one."""
        if self.store is not None:
            page = self.store.page_path()
        else:
            page = (self.path if self.path.is_dir() else self.file.parent) / "graph.html"
        return page if page is not None and page.is_file() else None

    def _read_only(self) -> ox.Store:
        from actorgraph.exports.store import StoreError

        try:
            return self.store.open_read_only()
        except (StoreError, OSError) as exc:
            raise GraphError(str(exc)) from None

    def quads(self) -> Iterable[ox.Quad]:
        """Every quad of the graph (parsed in full for a file, so errors come first)."""
        if self.store is not None:
            return self._read_only().quads_for_pattern(None, None, None, None)
        try:
            return list(ox.parse(path=str(self.file), format=self.format))
        except (SyntaxError, ValueError, OSError) as exc:
            raise GraphError(f"{self.file}: {exc}") from None

    def load_into(self, store: ox.Store) -> None:
        """Bulk-load the graph file into ``store``."""
        try:
            store.bulk_load(path=str(self.file), format=self.format)
        except (SyntaxError, ValueError, OSError) as exc:
            raise GraphError(f"{self.file}: {exc}") from None

    def open(self) -> ox.Store:
        """The graph as an Oxigraph store: a store's opened read-only, a file's in memory."""
        if self.store is not None:
            return self._read_only()
        store = ox.Store()
        self.load_into(store)
        return store


def open_graph(path: str | os.PathLike) -> GraphSource:
    """The graph at ``path``: a graph file, an output folder or a store folder.

    Raises
    ------
    GraphError
        If there is no graph there, or its format is unknown.
    """
    from actorgraph.exports.store import GraphStore, StoreError, is_store

    path = Path(path)
    if is_store(path):
        try:
            store = GraphStore(path)
        except (StoreError, OSError) as exc:
            raise GraphError(str(exc)) from None
        if store.published() is None:
            raise GraphError(f"{path}: the store has no published graph yet")
        return GraphSource(path, store=store)
    if path.is_dir():
        file = next((path / name for name in GRAPH_FILES if (path / name).is_file()), None)
        if file is None:
            raise GraphError(f"{path}: no graph file in this folder "
                             f"(looked for {', '.join(GRAPH_FILES)})")
    elif path.exists():
        file = path
    else:
        raise GraphError(f"{path}: no such file or directory")
    if file.suffix.lower() not in RDF_SUFFIXES:
        raise GraphError(f"{file}: unknown RDF format (expected one of "
                         f"{', '.join(sorted(RDF_SUFFIXES))})")
    return GraphSource(path, file=file)
