"""Nothing in the data, or in a query, runs code or reads past the graph.

* article text with scripts, through the whole pipeline, runs nothing in a
  real browser and shows as text;
* queries cannot make the engine fetch anything (SERVICE is refused, by the
  CLI and by the endpoint, which is checked to open no connection);
* ``query --file`` reads the one file given, and FROM names graphs, it loads
  nothing;
* the code has no ``eval``/``exec``, no ``pickle``/``marshal``/``shelve``, no
  unsafe YAML and no shell.
"""

from __future__ import annotations

import ast
import socket
import threading
import urllib.parse
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from tests.test_browser import Visit, browser  # noqa: F401 - the fixture
from tests.test_server import Server

HOSTILE_ARTICLE = """Hostile story

Hamas accused Israel of the attack on Gaza <script>window.__xss = 1</script> on Monday.

Israel struck Hamas <img src=x onerror="window.__xss = 2"> in Rafah, the army said.

Egypt urged Israel to stop "</script><script>window.__xss = 3</script>" the fighting.
"""


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    out = folder / "out"
    result = run_cli("build", folder / "hostile.txt", "--out", out, "--workers", "1",
                     "--quiet")
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.browser
@pytest.mark.model
def test_scripts_in_article_text_never_run_and_show_as_text(browser, hostile_out):  # noqa: F811
    visit = Visit(browser, hostile_out / "graph.html")
    try:
        page = visit.page
        edges = page.evaluate("actorgraph.edges.get().filter(e => e.sources.some("
                              "s => s.sentence.includes('<'))).map(e => e.id)")
        assert edges, "the hostile sentences should be in the graph"
        shown = []
        for edge in edges:  # open each relation's details: its sentences are displayed
            page.evaluate("id => actorgraph.network.emit('click', {nodes: [], edges: [id]})",
                          edge)
            shown.append(page.locator("#details").inner_text())
        assert any("<script>" in text or "<img" in text for text in shown)
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert page.locator("#details img, #details script").count() == 0
        assert visit.dialogs == [] and visit.requests == [] and visit.errors == []
    finally:
        visit.close()


class _Listener:
    """A TCP port that records whether anything connects to it."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while self.running:
            try:
                conn, _ = self.socket.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.socket.close()


FETCHING = [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "select * {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVI\\u0043E <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE <file:///etc/passwd> {{ ?s ?p ?o }} }}",
    "ASK {{ ?s ?p ?o . SERVICE ?where {{ ?a ?b ?c }} VALUES ?where "
    "{{ <http://127.0.0.1:{port}/> }} }}",
]


@pytest.mark.model
def test_the_endpoint_refuses_federated_queries_and_fetches_nothing(seed_out):
    listener = _Listener()
    server = Server(str(seed_out))
    try:
        for template in FETCHING:
            query = template.format(port=listener.port)
            status, _media, body = server.get(
                "/sparql?" + urllib.parse.urlencode({"query": query}))
            assert status == 403 and b"SERVICE" in body and b"root:" not in body, query
        # a query naming a file as its dataset reads the store, not the file
        status, _media, body = server.get("/sparql?" + urllib.parse.urlencode(
            {"query": "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
             "default-graph-uri": "file:///etc/passwd"}))
        assert status == 200 and b"root:" not in body
    finally:
        server.stop()
        listener.close()
    assert listener.connections == 0


@pytest.mark.model
def test_the_cli_refuses_federated_queries(seed_out, tmp_path):
    listener = _Listener()
    try:
        for template in FETCHING:
            result = run_cli("query", seed_out, template.format(port=listener.port))
            assert result.exit_code == 2
            assert result.stderr == ("error: SERVICE (a federated query) is not allowed: "
                                     "queries only read this graph\n")
    finally:
        listener.close()
    assert listener.connections == 0


@pytest.mark.model
def test_query_file_reads_only_the_file_given(seed_out, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?s FROM <file:///etc/passwd> WHERE { ?s ?p ?o } LIMIT 3",
                     encoding="utf-8")
    result = run_cli("query", seed_out, "--file", query, "--format", "csv")
    assert result.exit_code == 0 and "root:" not in result.stdout
    assert result.stdout.splitlines()[0] == "s"
    # a folder or a missing file is an error naming it, not a search for other files
    for bad in (tmp_path, tmp_path / "missing.rq"):
        result = run_cli("query", seed_out, "--file", bad)
        assert result.exit_code == 2 and str(bad) in result.stderr
        assert "Traceback" not in result.output


#: builtins that run code, and functions (os.system, os.popen, ...) that start a shell
UNSAFE_BUILTINS = {"eval", "exec", "compile", "__import__"}
UNSAFE_METHODS = {"system", "popen", "spawnl", "spawnlp", "execv", "execvp", "load_module"}
UNSAFE_MODULES = {"pickle", "cPickle", "dill", "marshal", "shelve", "yaml", "cloudpickle"}


def _sources() -> list[Path]:
    files = [ROOT / "build_graph.py"]
    for package in ("actorgraph", "extract", "graph", "exports"):
        files += sorted((ROOT / package).rglob("*.py"))
    return files


def test_no_eval_pickle_or_shell_on_data():
    found = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call):
                func = node.func
                if (isinstance(func, ast.Name) and func.id in UNSAFE_BUILTINS) or (
                        isinstance(func, ast.Attribute) and func.attr in UNSAFE_METHODS):
                    found.append(f"{where}: call to {ast.unparse(func)}")
                for keyword in node.keywords:
                    if keyword.arg == "shell" and not (
                            isinstance(keyword.value, ast.Constant) and not keyword.value.value):
                        found.append(f"{where}: shell=True")
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + (
                    [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
                if any(n.split(".")[0] in UNSAFE_MODULES for n in names):
                    found.append(f"{where}: imports {', '.join(names)}")
    assert found == []
    assert len(_sources()) > 20  # the scan saw the code
