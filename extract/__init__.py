"""Text to triples: read articles, parse them with spaCy, extract relations.

The public entry points are :class:`Extractor` (articles in, results out) and
:func:`read_articles` (files and folders in, articles out).
"""

from extract.pipeline import DEFAULT_MODEL, Extractor, ModelError, load_model
from extract.readers import InputError, read_articles
from extract.records import CONCEPT, Article, ArticleResult, Mention, Relation, Triple

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
