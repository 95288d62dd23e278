"""Write every output file of a graph into a folder.

The files are written in full to a hidden staging folder, then renamed into
place one by one (:func:`actorgraph.exports.atomic.staged_files`): a run
killed at any moment leaves every file complete, the previous version or the
new one (killed between two renames, some files are new and some old).

Examples
--------
>>> import tempfile, networkx as nx
>>> written = write_outputs(nx.MultiDiGraph(articles={}), tempfile.mkdtemp())
>>> sorted(p.name for p in written)
['graph.gexf', 'graph.graphml', 'graph.html', 'graph.ttl', 'triples.jsonl']
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
from actorgraph.exports.atomic import staged_files
from actorgraph.exports.html import write_html
from actorgraph.exports.jsonl import write_jsonl
from actorgraph.exports.rdf import FORMATS, format_of, write_rdf
from actorgraph.exports.viewers import write_gexf, write_graphml
from actorgraph.exports.vocab import DEFAULT_BASE

__all__ = ["write_outputs"]


def write_outputs(G: nx.MultiDiGraph, out: str | os.PathLike, *, base: str = DEFAULT_BASE,
                  formats: Iterable[str] = ("turtle",), title: str = "actorgraph"
                  ) -> dict[Path, str]:
    """Write ``triples.jsonl``, ``graph.<ext>`` per RDF format, ``graph.html``,
    ``graph.gexf`` and ``graph.graphml``.

    Returns each file written with a one-line description of its content.
    """
    out = Path(out)
    written: dict[Path, str] = {}
    with staged_files(out) as stage:
        count = write_jsonl(G, stage / "triples.jsonl")
        written[out / "triples.jsonl"] = f"{count:,} relation mentions, one JSON object a line"
        for fmt in dict.fromkeys(format_of(f) for f in formats):
            name = f"graph{FORMATS[fmt][0]}"
            count = write_rdf(G, stage / name, base=base, format=fmt)
            written[out / name] = f"{count:,} RDF triples ({fmt}) for SPARQL"
        write_html(G, stage / "graph.html", title=title)
        written[out / "graph.html"] = "interactive graph: open it in a browser"
        write_gexf(G, stage / "graph.gexf")
        written[out / "graph.gexf"] = "for Gephi"
        write_graphml(G, stage / "graph.graphml")
        written[out / "graph.graphml"] = "for Cytoscape, yEd and other GraphML viewers"
    return written
