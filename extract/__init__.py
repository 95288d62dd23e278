"""Text to triples: read articles, parse them with spaCy, extract relations.

The public entry points are :class:`Extractor` (articles in, results out) and
:func:`read_articles` (files and folders in, articles out). Names are imported
on first use, so that using the records does not load spaCy.
"""

from __future__ import annotations

import importlib

__all__ = [
    "CONCEPT",
    "DEFAULT_MODEL",
    "Article",
    "ArticleResult",
    "Extractor",
    "InputError",
    "Mention",
    "ModelError",
    "Relation",
    "Triple",
    "load_model",
    "read_articles",
]

_WHERE = {
    "CONCEPT": "extract.records", "Article": "extract.records",
    "ArticleResult": "extract.records", "Mention": "extract.records",
    "Relation": "extract.records", "Triple": "extract.records",
    "DEFAULT_MODEL": "extract.models", "Extractor": "extract.pipeline",
    "ModelError": "extract.pipeline", "load_model": "extract.pipeline",
    "InputError": "extract.readers", "read_articles": "extract.readers",
}


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
