"""actorgraph: turn news articles into a knowledge graph of who did what to whom.

This module is the command line only: it words the options, problems and
errors of the library, whose :func:`actorgraph.build` does the work of
``actorgraph build``. Run ``actorgraph --help`` (or ``python build_graph.py --help``).

Exit codes: 0 success; 1 some input was skipped (or, with ``--strict``, had any
problem), nothing could be read, the outputs could not be written, or the
graph to query cannot be loaded; 2 usage error, unusable model or invalid
query; 130 interrupted (Ctrl+C).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

# Only light modules at the top: worker processes started for extraction import this
# module again, and each command imports what it needs.
from actorgraph.exports.formats import DEFAULT_BASE, RDF_FORMATS, check_base, format_of
from actorgraph.extract.models import DEFAULT_MODEL
from tqdm import tqdm

from actorgraph.readers import MAX_CHARS, InputError

__all__ = ["cli", "main"]

EXIT_SKIPPED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


#: The option that sets each size limit an input can exceed.
_LIMIT_OPTIONS = {"max_chars": "--max-chars"}


class StrictStop(Exception):
    """With --strict: an input had a problem, so the run stops."""


class Problems:
    """Prints each input problem as one line on stderr and counts them.

    With ``strict``, the first problem (warnings included) stops the run.
    """

    def __init__(self, *, strict: bool = False) -> None:
        self.strict = strict
        self.skipped = 0
        self.warnings = 0

    def __call__(self, error: InputError) -> None:
        if error.skipped:
            self.skipped += 1
        else:
            self.warnings += 1
        hint = f" (see {_LIMIT_OPTIONS[error.limit]})" if error.limit in _LIMIT_OPTIONS else ""
        tqdm.write(f"{'error' if error.skipped else 'warning'}: {error}{hint}", file=sys.stderr)
        if self.strict:
            raise StrictStop(str(error))


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="actorgraph", prog_name="actorgraph")
def cli() -> None:
    """Turn news articles into a knowledge graph of who did what to whom.

    \b
    Examples:
        actorgraph build examples/ --out out
        actorgraph query out --preset who-did-what
    """


def _check_formats(_ctx, _param, values: tuple[str, ...]) -> tuple[str, ...]:
    try:
        return tuple(dict.fromkeys(format_of(v) for v in values))
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _check_base(_ctx, _param, value: str) -> str:
    try:
        check_base(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--out", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder, created if needed.")
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path),
              help="Persistent store folder to grow: later runs add their articles, "
                   "re-read articles replace theirs; OUT then gets the whole stored graph.")
@click.option("-m", "--model", default=DEFAULT_MODEL, show_default=True,
              help="Name or path of an installed spaCy pipeline.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, callback=_check_base,
              help="Base IRI of the RDF data.")
@click.option("-f", "--format", "formats", multiple=True, default=("turtle",),
              show_default=True, callback=_check_formats,
              help=f"RDF format(s) to write: {', '.join(RDF_FORMATS)} (repeatable; "
                   "TriG and N-Quads have one named graph per article).")
@click.option("-w", "--workers", type=click.IntRange(1), default=os.cpu_count() or 1,
              show_default="all cores",
              help="Worker processes for extraction (results are the same for any number).")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Run extraction on a Dask cluster (e.g. tcp://scheduler:8786) instead.")
@click.option("--chunk-size", type=click.IntRange(1), default=None, show_default="16",
              help="Articles per unit of work (one parsing batch).")
@click.option("--max-chars", type=click.IntRange(1000), default=MAX_CHARS, show_default=True,
              help="Longest article read, in characters; longer ones are skipped "
                   "(long articles are parsed in parts, in bounded memory).")
@click.option("--strict", is_flag=True,
              help="Stop at the first input problem (warnings included), writing nothing.")
@click.option("--title", help="Title of the HTML page [default: the output folder name].")
@click.option("-q", "--quiet", is_flag=True,
              help="No progress bar and no summary; problems are still reported.")
def build(inputs: tuple[str, ...], out: Path | None, store_path: Path | None, model: str,
          base: str, formats: tuple[str, ...], workers: int, dask_address: str | None,
          chunk_size: int | None, max_chars: int, strict: bool, title: str | None,
          quiet: bool) -> None:
    """Build the graph of the news articles in INPUT files and folders.

    An INPUT is a .txt or .md file (one article; its first line is the title),
    a .jsonl or .jsonl.gz file (one article a line: "text", and optional "id",
    "title", "date", "url"), - for JSON Lines on standard input, or a folder of
    such files; .html pages are read too (their article text). Inputs are
    read lazily. Bad inputs are reported, one line each naming the file and
    line, and skipped; the rest is processed, and the exit code is 1 if
    anything was skipped. With --strict the first problem stops the run.

    Writes OUT/triples.jsonl (one relation mention a line), OUT/graph.ttl
    (RDF for SPARQL; other formats with --format) and OUT/graph.html
    (interactive graph, works offline). With --store, the articles join a
    persistent graph that later runs keep growing.

    \b
    Examples:
        actorgraph build examples/ --out out
        actorgraph build today.jsonl --store news-store --out news
    """
    if out is None and store_path is None:
        raise click.UsageError("give --out, --store or both")
    with _no_collections():  # spaCy, networkx, rdflib...: their objects live on
        from actorgraph.exports.store import StoreError
        from actorgraph.extract.pipeline import ModelError

        from actorgraph.api import NothingRead, WriteError
        from actorgraph.api import build as build_graph

    problems = Problems(strict=strict)
    title = title or f"actorgraph: {(out or store_path).resolve().name}"
    target = store_path  # what an interruption leaves as it was
    try:
        graph = build_graph([Path(i) for i in inputs], model=model, workers=workers,
                            dask=dask_address, chunk_size=chunk_size, max_chars=max_chars,
                            quiet=quiet, on_error=problems, store=store_path,
                            exclude=[out] if out is not None else [], base=base, title=title)
        target = out
        written = graph.write(out, formats=formats) if out is not None else {}
    except (ModelError, StoreError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except StrictStop:
        click.echo("error: stopped at the first problem (--strict); nothing written", err=True)
        sys.exit(EXIT_SKIPPED)
    except NothingRead:
        click.echo("error: no article could be read; nothing written", err=True)
        sys.exit(EXIT_SKIPPED)
    except WriteError as exc:
        click.echo(f"error: cannot write the graph ({exc.reason}); {exc.target} is as it was "
                   "before this run", err=True)
        sys.exit(EXIT_SKIPPED)
    except KeyboardInterrupt:
        where = f"{target} is as it was before this run" if target else "nothing written"
        click.echo(f"error: interrupted; {where}", err=True)
        sys.exit(EXIT_INTERRUPTED)
    _no_final_collection()
    if not quiet:
        _summary(graph, written, out, store_path, problems)
    if problems.skipped:
        sys.exit(EXIT_SKIPPED)


@contextlib.contextmanager
def _no_collections() -> Iterator[None]:
    """No garbage collection in the block (if collections were on, they are on after it),
    and, in a command, what the block made left out of the collections until the
    command ends.

    Importing the modules of a build (spaCy, thinc, numpy, networkx, rdflib...)
    makes several hundred thousand objects that live as long as the process, and
    the collections that the allocations set off while importing, or later, find
    no garbage among them: 0.18 -> 0.06 s of CPU in collections in a one-worker
    build of 300 short articles (about 320 collections -> 70). Left out with
    ``gc.freeze`` (unless something already is: then nothing is), put back when
    the command's context closes; the extraction's model and word tables and the
    finished graph are left out with them (:func:`~extract.parallel.leave_out`).
    """
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        from actorgraph.extract.parallel import leave_out

        context = click.get_current_context(silent=True)
        if context is not None and (put_back := leave_out()) is not None:
            context.call_on_close(put_back)
        if enabled:
            gc.enable()


def _no_final_collection() -> None:
    """Leave the objects alive now out of the garbage collection at interpreter exit.

    When Python exits it collects the garbage of every object still tracked: after
    a build, the model's, the graph's and every module's, about 0.3 s on 300 short
    articles (4% of a one-worker run) that frees nothing the end of the process
    would not. Called once the outputs are written: the collection is skipped
    (``gc.freeze`` at exit); objects are still freed by reference counting, and
    ``atexit`` handlers registered before still run. Registered once per process.
    """
    import atexit
    import gc

    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


def _summary(graph, written: dict, out: Path | None, store_path: Path | None,
             problems: Problems) -> None:
    G, stats = graph.graph, graph.stats
    n_concepts = sum(1 for _, kind in G.nodes(data="kind") if kind == "concept")
    click.echo(
        f"Read {_plural(stats.articles, 'article')} "
        f"({_plural(stats.sentences, 'sentence')}) in {stats.seconds:.1f} s. "
        f"The graph has {_plural(G.number_of_edges(), 'relation mention')} between "
        f"{_plural(G.number_of_nodes() - n_concepts, 'actor')} "
        f"and {_plural(n_concepts, 'concept')}.")
    where = []
    if store_path is not None:
        click.echo(f"Store {store_path}: {_plural(stats.added, 'article')} added, "
                   f"{stats.replaced:,} replaced, {stats.stored:,} in all.")
        where.append(store_path)
    if written:
        click.echo("Wrote:")
        for path, what in written.items():
            click.echo(f"  {path}  {what}")
        where.insert(0, out)
    click.echo("Query it:")
    click.echo(f"  actorgraph query {where[0]} --preset who-did-what")
    click.echo(f"  actorgraph query {where[0]} --preset actor --param name=Blinken")
    if problems.skipped or problems.warnings:
        click.echo(f"{_plural(problems.skipped, 'input')} skipped, "
                   f"{_plural(problems.warnings, 'warning')} (see the messages above).")


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise click.UsageError(f"--param expects NAME=VALUE, got {item!r}")
        params[name.strip()] = value
    return params


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the query from this .rq file.")
@click.option("-p", "--preset", help="Run a shipped query (see: actorgraph presets).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Value of a query parameter $NAME, as a string literal (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]),
              default="table", show_default=True, help="Output format.")
def query(graph: Path, sparql: str | None, query_file: Path | None, preset: str | None,
          params: tuple[str, ...], fmt: str) -> None:
    """Run a SPARQL query on GRAPH, a .ttl/.nt file or an output folder.

    Give the query as SPARQL text, with --file, or as a --preset. The
    prefixes rdf, rdfs, skos, prov, schema, ag, plover, actor, concept,
    relation and article are predefined. JSON output is the SPARQL 1.1 results
    format.

    \b
    Examples:
        actorgraph query out --preset who-did-what
        actorgraph query out --preset actor --param name=Blinken
        actorgraph query out "SELECT ?who WHERE { ?a relation:attack ?b ; rdfs:label ?who }"
    """
    from actorgraph.exports.graphs import GraphError, open_graph
    from actorgraph.exports.sparql import (
        QueryError,
        format_result,
        list_presets,
        prefixes,
        run_query,
    )

    given = [x for x in (sparql, query_file, preset) if x is not None]
    if len(given) != 1:
        raise click.UsageError("give exactly one of: SPARQL text, --file or --preset")
    values = _parse_params(params)
    if preset is not None:
        presets = list_presets()
        if preset not in presets:
            raise click.UsageError(f"unknown preset {preset!r}; "
                                   f"available: {', '.join(sorted(presets))}")
        missing = [p for p in presets[preset].params if p not in values]
        if missing:
            raise click.UsageError(f"preset {preset!r} needs "
                                   + " ".join(f"--param {p}=..." for p in missing))
        text = presets[preset].text
    elif query_file is not None:
        try:
            text = query_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            click.echo(f"error: {query_file}: cannot read query ({exc})", err=True)
            sys.exit(EXIT_USAGE)
    else:
        text = sparql
    try:
        store = open_graph(graph).open()
    except GraphError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_SKIPPED)
    try:
        result = run_query(store, text, params=values)
    except QueryError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(format_result(result, fmt, prefixes=prefixes(store)), nl=False)


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the graph.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port (0: any free port).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds a query may run.")
@click.option("--max-result-mb", default=64, show_default=True, type=click.IntRange(1),
              help="Largest response, in megabytes.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes.")
@click.option("-q", "--quiet", is_flag=True, help="Do not log requests.")
def serve(graph: Path, host: str, port: int, timeout: float, max_result_mb: int, workers: int,
          quiet: bool) -> None:
    """Serve GRAPH read-only over SPARQL 1.1 Protocol, with its graph page.

    GRAPH is a graph file, an output folder or a --store folder. The endpoint is
    /sparql (GET or POST; JSON, XML, CSV or TSV results by the Accept header)
    and the interactive page is /. Updates are refused; each query has a time
    limit. Ctrl+C stops the server.

    \b
    Example:
        actorgraph serve out --port 8000
    """
    from actorgraph.exports.graphs import GraphError
    from actorgraph.exports.server import ServerError
    from actorgraph.exports.server import serve as run

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: serving on {host}: the graph is reachable from other machines",
                   err=True)

    def ready(url: str) -> None:
        click.echo(f"actorgraph serving {url} (SPARQL endpoint: {url}sparql); "
                   "Ctrl+C stops it")
        sys.stdout.flush()

    try:
        run(graph, host=host, port=port, workers=workers, timeout=timeout,
            max_bytes=max_result_mb << 20, quiet=quiet, ready=ready)
    except (GraphError, ServerError, OSError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_SKIPPED)
    click.echo("actorgraph server stopped")


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--endpoint", required=True,
              help="Graph Store endpoint of the server, e.g. http://localhost:7878/store.")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(1),
              help="Seconds to wait for each graph.")
def push(graph: Path, endpoint: str, timeout: float) -> None:
    """Load GRAPH into an external SPARQL server (SPARQL 1.1 Graph Store Protocol).

    GRAPH is a graph file, an output folder or a --store folder. Each named graph
    (one per article, from TriG, N-Quads or a store) replaces that graph on the
    server; the default graph replaces the server's default graph.

    \b
    Example:
        actorgraph build examples/ --out out --format trig
        actorgraph push out --endpoint http://localhost:7878/store
    """
    from actorgraph.exports.graphs import GraphError
    from actorgraph.exports.push import PushError
    from actorgraph.exports.push import push as send

    try:
        counts = send(graph, endpoint, timeout=timeout)
    except (PushError, GraphError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_SKIPPED)
    named = sum(1 for g in counts if g is not None)
    click.echo(f"Pushed {sum(counts.values()):,} triples in {_plural(named, 'named graph')}"
               f"{' and the default graph' if None in counts else ''} to {endpoint}")


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
def validate(graph: Path) -> None:
    """Check GRAPH (a graph file, an output folder or a store) against the SHACL shapes.

    Prints the validation report when the graph does not conform (exit code 1).

    \b
    Example:
        actorgraph validate out
    """
    from actorgraph.exports.graphs import GraphError, open_graph
    from actorgraph.exports.validate import validate_file, validate_quads

    try:
        source = open_graph(graph)
        path = source.file or source.path
        if source.file is not None:
            conforms, report, count = validate_file(source.file)
        else:
            conforms, report, count = validate_quads(source.quads())
    except (GraphError, OSError, SyntaxError, ValueError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_SKIPPED)
    if not conforms:
        click.echo(report)
        sys.exit(EXIT_SKIPPED)
    click.echo(f"{path}: conforms to the actorgraph shapes ({count:,} triples)")


@cli.command()
def presets() -> None:
    """List the shipped SPARQL presets and what each answers.

    \b
    Example:
        actorgraph presets
    """
    from actorgraph.exports.sparql import list_presets

    for preset in list_presets().values():
        params = "".join(f" --param {p}=..." for p in preset.params)
        click.echo(f"{preset.name}{params}\n    {preset.description}")


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``actorgraph`` command."""
    cli.main(args=argv, prog_name="actorgraph")


if __name__ == "__main__":
    main()
