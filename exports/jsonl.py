"""``triples.jsonl``: one JSON object per relation instance.

Each line has ``subject`` and ``object`` (``id``, ``label``, ``text``,
``type``), ``relation`` (``lemma``, ``label``, ``event_class``),
``negated``, ``confidence``, ``doc_id``, ``sentence``, ``char_start``,
``char_end`` (the sentence's offsets in the article text) and ``pattern``
(the rule that found it).
"""

from __future__ import annotations

import json
import os

import networkx as nx
from actorgraph.exports.atomic import atomic_write
from actorgraph.graph.build import edge_records

__all__ = ["write_jsonl"]


def write_jsonl(G: nx.MultiDiGraph, path: str | os.PathLike) -> int:
    """Write the relation instances of ``G``; return how many were written."""
    count = 0
    with atomic_write(path) as handle:
        for record in edge_records(G):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
