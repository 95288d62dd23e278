"""Check an actorgraph dataset against its SHACL shapes (``exports/shapes.ttl``).

Examples
--------
>>> from rdflib import Graph
>>> conforms, report = validate(Graph())
>>> conforms
True
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from importlib import resources

from rdflib import Dataset, Graph
from rdflib.util import guess_format

__all__ = ["load_union", "shapes", "validate", "validate_file", "validate_quads"]


@functools.cache
def _shapes_text() -> str:
    return (resources.files("actorgraph.exports") / "shapes.ttl").read_text(encoding="utf-8")


def shapes() -> Graph:
    """The SHACL shapes graph."""
    return Graph().parse(data=_shapes_text(), format="turtle")


def validate(data: Graph) -> tuple[bool, str]:
    """(conforms, text report) of ``data`` against the shapes."""
    import pyshacl

    conforms, _graph, report = pyshacl.validate(data, shacl_graph=shapes(), inference="none",
                                                abort_on_first=False, allow_warnings=True)
    return bool(conforms), report


def load_union(path: str | os.PathLike) -> Graph:
    """Parse an RDF file of any supported format into one graph (all named graphs merged)."""
    path = str(path)
    fmt = guess_format(path) or "turtle"
    if fmt in ("trig", "nquads"):
        dataset = Dataset()
        dataset.parse(path, format=fmt)
        union = Graph()
        for s, p, o, _g in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return Graph().parse(path, format=fmt)


def validate_file(path: str | os.PathLike) -> tuple[bool, str, int]:
    """(conforms, report, number of triples) of an RDF file."""
    union = load_union(path)
    conforms, report = validate(union)
    return conforms, report, len(union)


def validate_quads(quads: Iterable) -> tuple[bool, str, int]:
    """(conforms, report, number of triples) of pyoxigraph quads (a store's graph)."""
    import pyoxigraph as ox

    data = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
    union = Graph().parse(data=data, format="nt")
    conforms, report = validate(union)
    return conforms, report, len(union)
