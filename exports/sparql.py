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
from pathlib import Path

import pyoxigraph as ox
from actorgraph.exports.vocab import NAMESPACES

__all__ = [
    "GRAPH_FILES",
    "GraphError",
    "Preset",
    "QueryError",
    "QueryResult",
    "bind_params",
    "check_query",
    "format_result",
    "graph_file",
    "load_graph_file",
    "list_presets",
    "open_store",
    "prefixes",
    "run_query",
]

#: Files looked for, in order, when the graph is given as an output folder.
GRAPH_FILES = ("graph.ttl", "graph.nt", "graph.nq", "graph.trig", "graph.jsonld")
_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
}
BASE_PREFIXES = dict(NAMESPACES)
_DATA_KINDS = ("actor", "concept", "relation", "article", "statement")
_PARAM_LINE = re.compile(r"#\s*param\s+([A-Za-z_]\w*)\s*:\s*(.*)")


class GraphError(Exception):
    """The graph file cannot be found or parsed."""


class QueryError(Exception):
    """The query is not valid SPARQL or cannot be evaluated."""


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
    QueryError
        If the query uses ``SERVICE``.

    Examples
    --------
    >>> check_query('SELECT ?service WHERE { ?s <urn:service> "SERVICE" } # SERVICE')
    >>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    actorgraph.exports.sparql.QueryError: SERVICE (a federated query) is not allowed: ...
    """
    # SPARQL lets \\uXXXX stand for a character anywhere: read the query as a parser may
    query = _CODEPOINT.sub(_codepoint, query)
    for match in _LEXEME.finditer(query):
        if (match.group("word") or "").upper() == "SERVICE":
            raise QueryError("SERVICE (a federated query) is not allowed: queries only read "
                             "this graph")


def bind_params(query: str, params: Mapping[str, str]) -> str:
    """Replace each ``$NAME`` by the value of ``NAME`` as an escaped string literal."""
    for name, value in params.items():
        literal = str(ox.Literal(value))
        query = re.sub(rf"\${re.escape(name)}\b", lambda _m, lit=literal: lit, query)
    return query


def graph_file(path: str | os.PathLike) -> Path:
    """The graph file of ``path``: the file itself, or the graph in an output folder."""
    path = Path(path)
    if path.is_dir():
        for name in GRAPH_FILES:
            if (path / name).is_file():
                return path / name
        raise GraphError(f"{path}: no graph file in this folder "
                         f"(looked for {', '.join(GRAPH_FILES)})")
    if not path.exists():
        raise GraphError(f"{path}: no such file or directory")
    return path


def open_store(path: str | os.PathLike) -> ox.Store:
    """The graph at ``path``: a graph file, an output folder or a ``--store`` folder.

    Files are loaded into an in-memory store; a store folder is opened read-only.
    """
    from actorgraph.exports.store import GraphStore, StoreError, is_store

    if is_store(path):
        try:
            return GraphStore(path).open_read_only()
        except (StoreError, OSError) as exc:
            raise GraphError(str(exc)) from None
    file = graph_file(path)
    store = ox.Store()
    load_graph_file(store, file)
    return store


def load_graph_file(store: ox.Store, file: str | os.PathLike) -> None:
    """Bulk-load an RDF file into ``store``, its format known from its suffix."""
    file = Path(file)
    fmt = _FORMATS.get(file.suffix.lower())
    if fmt is None:
        raise GraphError(f"{file}: unknown RDF format (expected one of "
                         f"{', '.join(sorted(_FORMATS))})")
    try:
        store.bulk_load(path=str(file), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphError(f"{file}: {exc}") from None


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


def run_query(store: ox.Store, query: str, *,
              params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a SPARQL query (with ``$NAME`` parameters bound) on ``store``.

    Raises
    ------
    QueryError
        With the parser's message if the query is not valid SPARQL, or if it
        would read anything but the graph (:func:`check_query`).
    """
    query = bind_params(query, params or {})
    check_query(query)
    try:
        answer = store.query(query, prefixes=prefixes(store), use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {exc}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from None
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
