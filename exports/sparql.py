"""SPARQL over an exported graph, with the Oxigraph store (pyoxigraph).

Queries may use the prefixes of the actorgraph vocabulary without declaring
them: ``rdf``, ``rdfs``, ``xsd``, ``skos``, ``prov``, ``void``, ``schema``,
``ag``, ``plover`` and, from the graph's base IRI, ``actor``, ``concept``,
``relation`` and ``article``.

Presets are ``.rq`` files in ``exports/queries``; their leading comment says
what they answer, and a ``# param NAME: ...`` line declares a parameter that
the query uses as ``$NAME``. A parameter value is always inserted as an
escaped SPARQL string literal, never as query text.

Queries only ever read the graph: ``SERVICE`` (a federated query, which would
make the query engine fetch any address, files included) is refused by
:func:`check_query`, and updates are not queries.

Examples
--------
>>> presets = list_presets()
>>> sorted(presets)  # doctest: +NORMALIZE_WHITESPACE
['actor', 'articles', 'connections', 'country-actors', 'country-events', 'event-class',
 'most-connected', 'negated', 'who-did-what']
>>> presets["actor"].params
('name',)
>>> bind_params("SELECT * WHERE { ?s ?p $name }", {"name": 'x" } #'})
'SELECT * WHERE { ?s ?p "x\\\\" } #" }'
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

import pyoxigraph as ox
from actorgraph.exports.graphs import GraphError, open_graph
from actorgraph.exports.vocab import NAMESPACES

__all__ = [
    "GraphError",
    "Preset",
    "QueryError",
    "QueryRefused",
    "QueryResult",
    "bind_params",
    "check_query",
    "evaluate",
    "format_result",
    "list_presets",
    "open_store",
    "prefixes",
    "run_query",
]

BASE_PREFIXES = dict(NAMESPACES)
_DATA_KINDS = ("actor", "concept", "relation", "article", "statement")
_PARAM_LINE = re.compile(r"#\s*param\s+([A-Za-z_]\w*)\s*:\s*(.*)")


class QueryError(Exception):
    """The query is not valid SPARQL or cannot be evaluated."""


class QueryRefused(QueryError):
    """The query would read something else than the graph (``SERVICE``)."""


@dataclass(frozen=True)
class Preset:
    """A shipped query: its name, what it answers, its parameters and text."""

    name: str
    description: str
    params: tuple[str, ...]
    text: str


def list_presets() -> dict[str, Preset]:
    """The shipped presets, by name."""
    presets = {}
    folder = resources.files("actorgraph.exports") / "queries"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        description, params = [], []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            match = _PARAM_LINE.match(line)
            if match:
                params.append(match.group(1))
            else:
                description.append(line.lstrip("#").strip())
        name = entry.name[:-3]
        presets[name] = Preset(name, " ".join(description), tuple(params), text)
    return presets


#: SPARQL lexemes, enough to find keywords: IRIs, strings and comments are skipped whole.
_LEXEME = re.compile("|".join([
    r'<[^<>"{}|^`\\\x00-\x20]*>',            # IRI
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",        # long strings
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',
    r"'(?:[^'\\\n\r]|\\.)*'",                # strings
    r'"(?:[^"\\\n\r]|\\.)*"',
    r"#[^\n\r]*",                            # comment
    r"(?P<word>[?$]?[^\W\d][\w.:-]*)",       # keyword, name or variable
    r".",
]), re.DOTALL)


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _codepoint(match: re.Match) -> str:
    value = int(match.group(1) or match.group(2), 16)
    return chr(value) if value <= sys.maxunicode else "\ufffd"


def check_query(query: str) -> None:
    """Refuse a query that would read anything but the graph.

    Raises
    ------
    QueryRefused
        If the query uses ``SERVICE``.

    Examples
    --------
    >>> check_query('SELECT ?service WHERE { ?s <urn:service> "SERVICE" } # SERVICE')
    >>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    actorgraph.exports.sparql.QueryRefused: SERVICE (a federated query) is not allowed: ...
    """
    # SPARQL lets \\uXXXX stand for a character anywhere: read the query as a parser may
    query = _CODEPOINT.sub(_codepoint, query)
    for match in _LEXEME.finditer(query):
        if (match.group("word") or "").upper() == "SERVICE":
            raise QueryRefused("SERVICE (a federated query) is not allowed: queries only read "
                             "this graph")


def bind_params(query: str, params: Mapping[str, str]) -> str:
    """Replace each ``$NAME`` by the value of ``NAME`` as an escaped string literal."""
    for name, value in params.items():
        literal = str(ox.Literal(value))
        query = re.sub(rf"\${re.escape(name)}\b", lambda _m, lit=literal: lit, query)
    return query


def open_store(path: str | os.PathLike) -> ox.Store:
    """The graph at ``path`` (see :func:`~actorgraph.exports.graphs.open_graph`) as a store.

    A graph file is loaded into an in-memory store; a store folder is opened read-only.
    """
    return open_graph(path).open()


def prefixes(store: ox.Store) -> dict[str, str]:
    """Prefixes for queries on ``store``: the vocabulary and the data IRIs."""
    found = dict(BASE_PREFIXES)
    rows = store.query("SELECT ?base WHERE { ?d a void:Dataset ; void:uriSpace ?base } "
                       "ORDER BY ?base LIMIT 1", prefixes=BASE_PREFIXES,
                       use_default_graph_as_union=True)
    for row in rows:
        base = row["base"].value
        found.update({kind: f"{base}{kind}/" for kind in _DATA_KINDS})
    return found


@dataclass
class QueryResult:
    """The answer to a query: solutions, a boolean or triples."""

    kind: str  # "select", "ask" or "graph"
    variables: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()
    boolean: bool | None = None
    triples: tuple = ()

    def records(self) -> list[dict[str, str | None]]:
        """The solutions as dicts of plain values: IRIs and literals as strings, unbound None.

        Examples
        --------
        >>> QueryResult("select", ("who",), ((ox.Literal("Israel"),), (None,))).records()
        [{'who': 'Israel'}, {'who': None}]
        """
        return [{name: None if term is None else _plain(term)
                 for name, term in zip(self.variables, row, strict=True)} for row in self.rows]


def evaluate(store: ox.Store, query: str, **options):
    """``store.query(query, **options)`` after :func:`check_query`, errors as QueryError.

    Raises
    ------
    QueryRefused
        If the query would read anything but the graph.
    QueryError
        With the parser's message if the query is not valid SPARQL, or why it failed.
    """
    check_query(query)
    try:
        return store.query(query, **options)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {exc}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from None


def run_query(store: ox.Store, query: str, *,
              params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a SPARQL query (with ``$NAME`` parameters bound) on ``store``.

    Raises
    ------
    QueryError
        With the parser's message if the query is not valid SPARQL, or if it
        would read anything but the graph (:func:`check_query`).
    """
    answer = evaluate(store, bind_params(query, params or {}), prefixes=prefixes(store),
                      use_default_graph_as_union=True)
    if isinstance(answer, ox.QuerySolutions):
        names = tuple(v.value for v in answer.variables)
        rows = tuple(tuple(solution[name] for name in names) for solution in answer)
        return QueryResult("select", variables=names, rows=rows)
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    return QueryResult("graph", triples=tuple(answer))


def _plain(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal | ox.NamedNode):
        return term.value
    return str(term)


def _short(term, prefixes: Mapping[str, str]) -> str:
    if isinstance(term, ox.NamedNode):
        for prefix, ns in sorted(prefixes.items(), key=lambda p: -len(p[1])):
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns):]}"
    return _plain(term)


def _table(result: QueryResult, prefixes: Mapping[str, str]) -> str:
    header = list(result.variables)
    body = [[_short(t, prefixes).replace("\n", " ") for t in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
              for r in body]
    lines.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"

    def binding(term):
        if isinstance(term, ox.NamedNode):
            return {"type": "uri", "value": term.value}
        if isinstance(term, ox.BlankNode):
            return {"type": "bnode", "value": term.value}
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out

    bindings = [{name: binding(term) for name, term in zip(result.variables, row, strict=True)
                 if term is not None} for row in result.rows]
    return json.dumps({"head": {"vars": list(result.variables)},
                       "results": {"bindings": bindings}}, ensure_ascii=False) + "\n"


def _csv(result: QueryResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
    else:
        writer.writerow(result.variables)
        writer.writerows([_plain(t) for t in row] for row in result.rows)
    return out.getvalue()


def format_result(result: QueryResult, fmt: str = "table", *,
                  prefixes: Mapping[str, str] | None = None) -> str:
    """Render a result as ``table`` (aligned text), ``csv`` or ``json``.

    ``json`` is the SPARQL 1.1 Query Results JSON format. CONSTRUCT and
    DESCRIBE results are N-Triples whatever the format.
    """
    if result.kind == "graph":
        return "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in result.triples)
    if fmt == "json":
        return _json(result)
    if fmt == "csv":
        return _csv(result)
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    return _table(result, prefixes or BASE_PREFIXES)
