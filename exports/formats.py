"""Names of the RDF output formats and the base IRI check (no RDF library needed).

Examples
--------
>>> format_of("ttl"), format_of("N-Quads"), RDF_FORMATS["jsonld"]
('turtle', 'nquads', '.jsonld')
>>> check_base("https://news.example/kg/")
'https://news.example/kg/'
"""

from __future__ import annotations

import re

__all__ = ["DEFAULT_BASE", "RDF_FORMATS", "check_base", "format_of"]

DEFAULT_BASE = "https://actorgraph.example/id/"
#: RDF output formats and their file suffixes.
RDF_FORMATS = {"turtle": ".ttl", "ntriples": ".nt", "jsonld": ".jsonld", "trig": ".trig",
               "nquads": ".nq"}
_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "json-ld": "jsonld",
            "nq": "nquads", "n-quads": "nquads"}
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*[/#]")


def format_of(name: str) -> str:
    """Canonical name of an RDF output format.

    Raises
    ------
    ValueError
        For an unknown format.
    """
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in RDF_FORMATS:
        raise ValueError(f"unknown RDF format {name!r} (choose from {', '.join(RDF_FORMATS)})")
    return key


def check_base(base: str) -> str:
    """``base`` if it is a usable base IRI (absolute, ending with / or #).

    Raises
    ------
    ValueError
    """
    if not _ABSOLUTE.fullmatch(base):
        raise ValueError(f"base IRI must be absolute and end with '/' or '#': {base!r}")
    return base
