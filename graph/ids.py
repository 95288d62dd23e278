"""Deterministic, readable, collision-safe node ids.

A node id is ``<kind>/<slug>``: ``actor/antony-blinken``,
``concept/ceasefire-deal``. Exporters turn ids into IRIs by prefixing a base
IRI, so an id is also a safe relative IRI path.

Names are compared by :func:`name_key` (case, spacing and hyphens do not
count: "el-Sisi" and "El Sisi" are the same name). The slug of a "clean" key
(words of letters and digits) is the key with hyphens between words, which is
one-to-one. Any other key (punctuation, symbols) gets an 8-hex-digit hash of
the key appended, so two different names never share an id.

Examples
--------
>>> node_id("Antony Blinken"), node_id("Abdel Fattah el-Sisi")
('actor/antony-blinken', 'actor/abdel-fattah-el-sisi')
>>> node_id("AT&T"), node_id("AT T")
('actor/at-t-6762033f', 'actor/at-t')
>>> node_id("ceasefire deal", kind="concept")
'concept/ceasefire-deal'
>>> node_id("Zürich")
'actor/zürich'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["ACTOR", "CONCEPT_KIND", "doc_slug", "name_key", "node_id", "slugify"]

ACTOR = "actor"
CONCEPT_KIND = "concept"
_CLEAN = re.compile(r"[^\W_]+(?: [^\W_]+)*")
_NON_WORD = re.compile(r"[\W_]+")
_EXACT = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_HYPHENS = re.compile(r"[-\u2010\u2011\u2012\u2013]")
_SPACE = re.compile(r"\s+")


def name_key(name: str) -> str:
    """The form under which two names count as the same.

    Examples
    --------
    >>> name_key("  Abdel Fattah\\nel-Sisi "), name_key("HAMAS")
    ('abdel fattah el sisi', 'hamas')
    """
    key = unicodedata.normalize("NFC", name).casefold()
    return _SPACE.sub(" ", _HYPHENS.sub(" ", key)).strip()


def slugify(name: str) -> str:
    """Readable, collision-safe slug of ``name`` (see the module docstring).

    Examples
    --------
    >>> slugify("U.S. Department of State")
    'u-s-department-of-state-c3836047'
    >>> slugify("<script>alert(1)</script>")
    'script-alert-1-script-d5f93694'
    >>> slugify("!!!")
    'x-9a7b006d'
    """
    key = name_key(name)
    if _CLEAN.fullmatch(key):
        return key.replace(" ", "-")
    return _hashed(key)


def _hashed(key: str) -> str:
    base = _NON_WORD.sub("-", key.casefold()).strip("-") or "x"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return f"{base}-{digest}"


def doc_slug(doc_id: str) -> str:
    """Slug of a document id; unlike names, ids differing in any way differ.

    Examples
    --------
    >>> doc_slug("blinken-ceasefire"), doc_slug("Blinken-Ceasefire")
    ('blinken-ceasefire', 'blinken-ceasefire-a1b3d3b3')
    """
    return doc_id if _EXACT.fullmatch(doc_id) else _hashed(doc_id)


def node_id(label: str, *, kind: str = ACTOR) -> str:
    """Id of the node named ``label`` of the given kind (actor or concept)."""
    return f"{kind}/{slugify(label)}"
