"""`actorgraph push` into a real Oxigraph server started on loopback."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from tests.conftest import EXAMPLES, run_cli

pytestmark = pytest.mark.model

OXIGRAPH = os.path.join(os.path.dirname(sys.executable), "oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def oxigraph(tmp_path):
    binary = OXIGRAPH if os.path.exists(OXIGRAPH) else shutil.which("oxigraph")
    assert binary, "the oxigraph server binary (PyPI package oxigraph) is not installed"
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).read()
            break
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                process.kill()
                pytest.fail("the Oxigraph server did not start")
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(10)


def ask(base: str, query: str):
    client = SPARQLWrapper(f"{base}/query")
    client.setQuery(query)
    client.setReturnFormat(JSON)
    return client.queryAndConvert()


def count(base: str, query: str) -> int:
    return int(ask(base, query)["results"]["bindings"][0]["n"]["value"])


def test_push_puts_one_named_graph_per_article_and_is_idempotent(oxigraph, tmp_path):
    out = tmp_path / "out"
    assert run_cli("build", EXAMPLES, "--out", out, "--format", "trig", "--quiet").exit_code == 0
    result = run_cli("push", out, "--endpoint", f"{oxigraph}/store")
    assert result.exit_code == 0, result.output
    assert "in 5 named graphs and the default graph" in result.stdout

    graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    statements = ("SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a "
                  "<https://actorgraph.example/ns#Statement> } }")
    first = (count(oxigraph, graphs), count(oxigraph, statements))
    assert first[0] == 5 and first[1] > 100
    assert ask(oxigraph, "ASK { <https://actorgraph.example/id/actor/hezbollah> "
                         "<https://actorgraph.example/id/relation/attack> "
                         "<https://actorgraph.example/id/actor/majdal-shams> }")["boolean"]
    assert run_cli("push", out, "--endpoint", f"{oxigraph}/store").exit_code == 0
    assert (count(oxigraph, graphs), count(oxigraph, statements)) == first


def test_push_reports_an_unreachable_or_refusing_server(tmp_path, oxigraph):
    out = tmp_path / "out"
    run_cli("build", EXAMPLES / "blinken-ceasefire.txt", "--out", out, "--quiet")
    result = run_cli("push", out, "--endpoint", f"http://127.0.0.1:{free_port()}/store")
    assert result.exit_code == 1 and result.stderr.startswith("error: cannot reach")
    result = run_cli("push", out, "--endpoint", f"{oxigraph}/nowhere")
    assert result.exit_code == 1 and "refused graph" in result.stderr
