"""``actorgraph serve``: a read-only SPARQL 1.1 Protocol endpoint and the graph page.

Routes
------
``/sparql``       SPARQL 1.1 Protocol queries: GET ``?query=``, POST form
                  (``query=``) or POST ``application/sparql-query``; optional
                  ``default-graph-uri`` and ``named-graph-uri``. Results by content
                  negotiation: JSON (default), XML, CSV or TSV for SELECT and ASK;
                  Turtle (default), N-Triples, RDF/XML or JSON-LD for CONSTRUCT and
                  DESCRIBE. SPARQL Update is refused with 403.
``/``             the interactive graph page, ``/ontology.ttl`` the vocabulary.

Nothing else is served: no file is read from a path in a request.

Queries run in worker processes that open the Oxigraph store read-only; a query
that exceeds the time limit is stopped by ending its worker (503), and a result
larger than the size limit is cut off (413). Without a free worker within the
time limit the server answers 503.

A served ``--store`` is followed: when a build publishes a new graph into it,
the endpoint and the page switch to it within a second, each worker as soon as
its current query is done.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import queue
import shutil
import signal
import sys
import tempfile
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
from actorgraph.exports import sparql
from actorgraph.exports.graphs import open_graph
from actorgraph.exports.rdf import ontology_text
from actorgraph.exports.sparql import QueryError, QueryRefused, evaluate

__all__ = ["Endpoint", "ServerError", "prepare", "serve"]

#: Result formats of SELECT/ASK answers, by media type.
RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
#: RDF formats of CONSTRUCT/DESCRIBE answers, by media type.
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
MAX_BODY = 1 << 20  # bytes of a request body
READ_ONLY = "This endpoint is read-only: SPARQL Update is not accepted.\n"


class ServerError(Exception):
    """The graph cannot be served."""


# -- content negotiation -------------------------------------------------------------------

def negotiate(accept: str | None, offered: dict) -> str:
    """The offered media type that best matches an Accept header (first offered by default).

    Examples
    --------
    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_TYPES)
    'application/sparql-results+xml'
    >>> negotiate("*/*", RESULT_TYPES), negotiate(None, GRAPH_TYPES)
    ('application/sparql-results+json', 'text/turtle')
    """
    default = next(iter(offered))
    best, best_q = default, 0.0
    for position, item in enumerate((accept or "").split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                with contextlib.suppress(ValueError):
                    q = float(param[2:])
        media = media.lower()
        candidates = [media] if media in offered else (
            [default] if media in ("*/*", "", "application/*", "text/*") else [])
        for candidate in candidates:
            # earlier items win ties, as written
            if q > best_q or (q == best_q and position == 0):
                best, best_q = candidate, q
    return best


# -- workers -------------------------------------------------------------------------------

class _Limited:
    """A binary sink that refuses to grow past a limit."""

    def __init__(self, limit: int):
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self.exceeded = False

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self.exceeded = True
            raise OSError("result too large")
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        return None


@dataclass(frozen=True)
class Job:
    query: str
    accept: str | None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


def _answer(store: ox.Store, prefixes: dict, job: Job, max_bytes: int) -> tuple[int, str, bytes]:
    kwargs = {"prefixes": prefixes}
    if job.default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    else:
        kwargs["use_default_graph_as_union"] = True
    if job.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    try:
        answer = evaluate(store, job.query, **kwargs)
    except QueryError as exc:
        status = 403 if isinstance(exc, QueryRefused) else 400
        return status, "text/plain; charset=utf-8", f"{exc}\n".encode()
    if isinstance(answer, ox.QueryTriples):
        media = negotiate(job.accept, GRAPH_TYPES)
        fmt = GRAPH_TYPES[media]
    else:
        media = negotiate(job.accept, RESULT_TYPES)
        fmt = RESULT_TYPES[media]
    sink = _Limited(max_bytes)
    try:
        answer.serialize(sink, format=fmt)
    except Exception:  # noqa: BLE001 - the sink's refusal comes back wrapped
        if not sink.exceeded:
            raise
    if sink.exceeded:
        return (413, "text/plain; charset=utf-8",
                f"the result is larger than {max_bytes:,} bytes: narrow the query or add "
                "LIMIT\n".encode())
    charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or \
        "xml" in media else ""
    return 200, media + charset, b"".join(sink.parts)


def _worker(rdf_dir: str, prefixes: dict, max_bytes: int, conn) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    store = ox.Store.read_only(rdf_dir)
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            conn.send(_answer(store, prefixes, job, max_bytes))
        except Exception as exc:  # noqa: BLE001 - report, keep serving
            conn.send((500, "text/plain; charset=utf-8", f"internal error: {exc}\n".encode()))


class _Worker:
    def __init__(self, ctx, rdf_dir: str, prefixes: dict, max_bytes: int):
        self.rdf_dir = rdf_dir
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker, args=(rdf_dir, prefixes, max_bytes, child),
                                   daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(60) or self.conn.recv() != "ready":
            self.stop()
            raise ServerError("a query worker could not open the store")

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        self.process.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()


class Endpoint:
    """Runs queries on a read-only Oxigraph folder in worker processes."""

    def __init__(self, rdf_dir: str | os.PathLike, *, workers: int = 2, timeout: float = 10.0,
                 max_bytes: int = 64 << 20):
        self.rdf_dir = str(rdf_dir)
        self.timeout = timeout
        self.max_bytes = max_bytes
        store = ox.Store.read_only(self.rdf_dir)
        self.prefixes = sparql.prefixes(store)
        del store
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(max(1, workers)):
            self._add()

    def _new_worker(self) -> _Worker | None:
        worker = _Worker(self._ctx, self.rdf_dir, self.prefixes, self.max_bytes)
        with self._lock:
            if self._closed:
                worker.stop()
                return None
            self._all.add(worker)
        return worker

    def _add(self) -> None:
        worker = self._new_worker()
        if worker is not None:
            self._idle.put(worker)

    def reload(self, rdf_dir: str | os.PathLike) -> None:
        """Answer from ``rdf_dir`` from now on (a store published a new graph).

        Each worker is replaced when it next becomes free: queries running on
        the previous graph finish there.
        """
        store = ox.Store.read_only(str(rdf_dir))
        prefixes = sparql.prefixes(store)
        del store
        with self._lock:
            self.rdf_dir, self.prefixes = str(rdf_dir), prefixes

    def _fresh(self, worker: _Worker) -> _Worker | None:
        """``worker``, or a new one in its place if it reads a previous graph."""
        if worker.rdf_dir == self.rdf_dir:
            return worker
        with self._lock:
            self._all.discard(worker)
        worker.stop()
        return self._new_worker()

    def _replace_lost(self) -> None:
        if not self._closed:
            threading.Thread(target=self._add, daemon=True).start()

    def _replace(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.stop()
        if not self._closed:
            threading.Thread(target=self._add, daemon=True).start()

    def run(self, job: Job) -> tuple[int, str, bytes]:
        """(HTTP status, media type, body) of a query."""
        try:
            worker = self._fresh(self._idle.get(timeout=self.timeout))
        except queue.Empty:
            return 503, "text/plain; charset=utf-8", b"server busy: try again later\n"
        except ServerError:
            self._replace_lost()
            return 503, "text/plain; charset=utf-8", b"the graph is being replaced: try again\n"
        if worker is None:  # closing
            return 503, "text/plain; charset=utf-8", b"the server is stopping\n"
        try:
            worker.conn.send(job)
            if worker.conn.poll(self.timeout):
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (OSError, EOFError):
            pass
        self._replace(worker)
        return (503, "text/plain; charset=utf-8",
                f"the query did not finish within the {self.timeout:g} s time limit\n".encode())

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            with contextlib.suppress(Exception):
                worker.conn.send(None)
            worker.stop()


# -- HTTP ------------------------------------------------------------------------------------

class _HTTPServer(ThreadingHTTPServer):
    """One thread per connection; a deep backlog so that bursts of clients queue, not fail."""

    daemon_threads = True
    request_queue_size = 1024


class _Handler(BaseHTTPRequestHandler):
    server_version = "actorgraph"
    endpoint: Endpoint
    page: bytes | None
    quiet: bool

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's name
        if not self.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _send(self, status: int, media: str, body: bytes, *, head: bool = False,
              extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _text(self, status: int, message: str, **kw) -> None:
        self._send(status, "text/plain; charset=utf-8", message.encode(), **kw)

    def _route(self, head: bool = False) -> None:
        url = urlsplit(self.path)
        if url.path == "/":
            if self.page is None:
                self._text(404, "no graph page for this graph\n", head=head)
            else:
                self._send(200, "text/html; charset=utf-8", self.page, head=head, extra={
                    "Content-Security-Policy": "default-src 'none'; script-src 'unsafe-inline'; "
                    "style-src 'unsafe-inline'; img-src data:"})
        elif url.path == "/ontology.ttl":
            self._send(200, "text/turtle; charset=utf-8", ontology_text().encode(), head=head)
        elif url.path == "/sparql":
            self._sparql(parse_qs(url.query, keep_blank_values=True), head=head)
        else:
            self._text(404, "not found\n", head=head)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._route()

    def do_HEAD(self) -> None:  # noqa: N802
        self._route(head=True)

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._text(404, "not found\n")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._text(413, f"request body larger than {MAX_BODY:,} bytes\n")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        params = parse_qs(url.query, keep_blank_values=True)
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            self._text(403, READ_ONLY)
            return
        if media == "application/sparql-query":
            params["query"] = [body]
        elif media in ("application/x-www-form-urlencoded", ""):
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        else:
            self._text(415, f"unsupported content type {media!r}\n")
            return
        self._sparql(params)

    def _sparql(self, params: dict, head: bool = False) -> None:
        if "update" in params:
            self._text(403, READ_ONLY, head=head)
            return
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._text(400, "give one SPARQL query in the 'query' parameter\n", head=head)
            return
        job = Job(query=queries[0], accept=self.headers.get("Accept"),
                  default_graphs=tuple(params.get("default-graph-uri", [])),
                  named_graphs=tuple(params.get("named-graph-uri", [])))
        status, media, body = self.endpoint.run(job)
        self._send(status, media, body, head=head)


# -- serving -----------------------------------------------------------------------------------

def prepare(path: str | os.PathLike) -> tuple[Path, bytes | None, Path | None]:
    """(Oxigraph folder, graph page, temporary folder to remove) for a graph path.

    A store folder is used as it is; a graph file or an output folder is loaded
    into a temporary Oxigraph folder.

    Raises
    ------
    GraphError
        If there is no readable graph at ``path``.
    """
    source = open_graph(path)
    page = source.page()
    page = page.read_bytes() if page is not None else None
    if source.store is not None:
        return source.store.rdf_path(), page, None
    temp = Path(tempfile.mkdtemp(prefix="actorgraph-serve-"))
    try:
        store = ox.Store(str(temp / "rdf"))
        source.load_into(store)
        store.flush()
        del store
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return temp / "rdf", page, temp


def serve(path: str | os.PathLike, *, host: str = "127.0.0.1", port: int = 8000,
          workers: int = 2, timeout: float = 10.0, max_bytes: int = 64 << 20,
          quiet: bool = False, ready=None) -> None:
    """Serve the graph at ``path`` until interrupted (SIGINT or SIGTERM).

    ``ready`` is called with the server's base URL once it accepts requests.
    """
    rdf, page, temp = prepare(path)
    endpoint = None
    watching = threading.Event()
    try:
        endpoint = Endpoint(rdf, workers=workers, timeout=timeout, max_bytes=max_bytes)
        handler = type("Handler", (_Handler,), {"endpoint": endpoint, "page": page,
                                                  "quiet": quiet})
        httpd = _HTTPServer((host, port), handler)
        if temp is None:  # a store: follow what later builds publish
            watching.set()
            threading.Thread(target=_follow, args=(Path(path), rdf, endpoint, handler, watching,
                                                   quiet), daemon=True).start()

        def stop(*_args) -> None:
            watching.clear()
            threading.Thread(target=httpd.shutdown, daemon=True).start()

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            bound_host, bound_port = httpd.server_address[:2]
            if ready is not None:
                ready(f"http://{bound_host}:{bound_port}/")
            httpd.serve_forever(poll_interval=0.2)
        finally:
            for sig, handler_before in previous.items():
                signal.signal(sig, handler_before)
            httpd.server_close()
    finally:
        watching.clear()
        if endpoint is not None:
            endpoint.close()
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)


#: Seconds between two looks at a served store for a newly published graph.
FOLLOW_INTERVAL = 1.0


def _follow(store: Path, rdf: Path, endpoint: Endpoint, handler: type,
            watching: threading.Event, quiet: bool) -> None:
    """While ``watching``, switch the endpoint and the page to each graph the store publishes."""
    from actorgraph.exports.store import published_folder

    current = rdf.parent
    while watching.wait(FOLLOW_INTERVAL) and watching.is_set():
        folder = published_folder(store)
        if folder is None or folder == current:
            continue
        try:
            endpoint.reload(folder / "oxigraph")
            page = folder / "graph.html"
            handler.page = page.read_bytes() if page.is_file() else None
        except (OSError, ServerError) as exc:
            if not quiet:
                sys.stderr.write(f"warning: cannot switch to {folder}: {exc}\n")
            continue
        current = folder
        if not quiet:
            sys.stderr.write(f"serving {folder.name}: the store was updated\n")
