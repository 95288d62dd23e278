"""The public Python API (actorgraph.build, ActorGraph) and open_graph, as a user calls them."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import warnings

import pyoxigraph as ox
import pytest
import rdflib
from actorgraph.exports.graphs import GraphError, open_graph
from actorgraph.exports.push import graphs_of
from actorgraph.exports.server import prepare
from actorgraph.exports.store import GraphStore
from actorgraph.graph.build import edge_records

import actorgraph
from actorgraph.api import from_results, inputs_of
from tests.browser import STABLE_TIMEOUT
from tests.conftest import EXAMPLES, ROOT, run_cli
from tests.records import HOSTILE, mention, result, triple
from tests.test_browser import browser  # noqa: F401 - the fixture


def _results():
    return [result("a", triple(mention("Israel", "GPE"), "strike", mention("Hezbollah", "ORG")),
                   title="Strikes", date="2024-07-30"),
            result("b", triple(mention("Iran", "GPE"), "condemn", mention("Israel", "GPE")))]


@pytest.fixture()
def graph():
    return from_results(_results(), title="Two articles")


# -- an ActorGraph, no model needed ------------------------------------------------------------

def test_graph_holds_the_networkx_graph_and_the_triples(graph):
    assert repr(graph) == "<ActorGraph: 2 articles, 3 nodes, 2 relation mentions>"
    assert sorted(graph.graph.nodes) == ["actor/hezbollah", "actor/iran", "actor/israel"]
    assert graph.triples == list(edge_records(graph.graph))
    assert [(t["subject"]["label"], t["relation"]["lemma"]) for t in graph.triples] == [
        ("Israel", "strike"), ("Iran", "condemn")]


def test_query_with_predefined_prefixes_and_parameters(graph):
    answer = graph.query("SELECT ?whom WHERE { ?s relation:strike ?o ; rdfs:label $who . "
                         "?o rdfs:label ?whom }", who="Israel")
    assert answer.records() == [{"whom": "Hezbollah"}]
    with pytest.raises(actorgraph.QueryError, match="invalid SPARQL"):
        graph.query("SELECT WHERE {")
    with pytest.raises(actorgraph.QueryError, match="SERVICE"):
        graph.query("SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }")


def test_rdf_on_request_as_rdflib_or_oxigraph(graph):
    dataset = graph.rdf()
    store = graph.rdf("oxigraph")
    assert isinstance(dataset, rdflib.Dataset) and isinstance(store, ox.Store)
    assert len(store) == sum(1 for _ in dataset.quads((None, None, None, None)))
    names = {str(g.identifier) for g in dataset.graphs()}
    assert "https://actorgraph.example/id/article/a" in names
    with pytest.raises(ValueError, match="unknown kind"):
        graph.rdf("jena")


def test_write_gives_the_files_of_the_cli(graph, tmp_path):
    written = graph.write(tmp_path / "out", formats=["turtle", "nq"])
    assert sorted(p.name for p in written) == sorted(
        ["triples.jsonl", "graph.ttl", "graph.nq", "graph.html", "graph.gexf", "graph.graphml"])
    lines = (tmp_path / "out" / "triples.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == graph.triples
    assert open_graph(tmp_path / "out").file.name == "graph.ttl"


def test_write_failure_is_a_write_error_naming_the_folder(graph, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(actorgraph.WriteError) as caught:
        graph.write(blocker / "out")
    assert caught.value.target == blocker / "out"


def test_the_notebook_view_is_the_page_in_a_sandboxed_frame():
    hostile = from_results([result("h", triple(mention(HOSTILE[0]), "meet", mention(HOSTILE[1])))],
                           title=HOSTILE[0])
    shown = hostile._repr_html_()
    assert shown.startswith("<iframe srcdoc=\"") and shown.endswith("</iframe>")
    assert 'sandbox="allow-scripts"' in shown  # scripts run, with no access to the notebook
    srcdoc = re.match(r'<iframe srcdoc="([^"]*)"', shown).group(1)
    assert html.unescape(srcdoc) == hostile.to_html()
    # nothing of the page is markup of the notebook: no tag but the frame itself
    assert shown.count("<") == 2 and "<script" not in shown
    # the page fetches nothing
    assert "default-src 'none'" in hostile.to_html()


def test_import_actorgraph_is_light():
    code = ("import sys, actorgraph; "
            "print(sorted(m for m in ('spacy', 'networkx', 'rdflib', 'pyoxigraph', 'pyvis') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]"


def test_strings_are_articles_and_paths_are_inputs(tmp_path):
    existing = tmp_path / "a.txt"
    existing.write_text("x", encoding="utf-8")
    items = inputs_of(["Israel struck Gaza.\nMore.", str(existing), existing, "missing.jsonl",
                       "-", "two words.txt"])
    assert [getattr(i, "id", i) for i in items] == [
        "text-1", str(existing), existing, "missing.jsonl", "-", "text-6"]
    assert items[0].title == "Israel struck Gaza."


# -- every graph the store publishes is checked against the shapes ---------------------------

def test_graphs_published_by_the_store_reach_the_shacl_check(tmp_path, _rdf_graphs_built):
    _rdf_graphs_built.clear()
    store = GraphStore(tmp_path / "store")
    G, added, _ = store.update([result("h", triple(mention(HOSTILE[2]), "attack",
                                                   mention(HOSTILE[3])))])
    assert added == 1
    assert any(set(built.graph["articles"]) == {"h"} for built, _base in _rdf_graphs_built)


# -- one open_graph for query, serve, push and validate ----------------------------------------

def test_open_graph_tells_files_folders_and_stores_apart(tmp_path):
    out = tmp_path / "out"
    from_results(_results()).write(out, formats=["trig"])
    by_folder, by_file = open_graph(out), open_graph(out / "graph.trig")
    assert by_folder.file == by_file.file == out / "graph.trig"
    assert by_folder.page() == by_file.page() == out / "graph.html"
    quads = by_folder.quads()
    assert len(by_folder.open()) == len(quads) > 0

    store = GraphStore(tmp_path / "store")
    store.update(_results())
    source = open_graph(tmp_path / "store")
    assert source.file is None and source.store is not None
    assert source.page() == store.page_path()
    assert len(source.open()) == len(list(source.quads())) == len(quads)
    # push and serve read the same graph through it
    assert sum(map(len, graphs_of(out).values())) == sum(map(len, graphs_of(source.path).values()))
    rdf, page, temp = prepare(out)
    try:
        assert page == (out / "graph.html").read_bytes()
    finally:
        shutil.rmtree(temp)


def test_the_cli_reads_every_kind_of_graph_through_open_graph(tmp_path):
    from_results(_results()).write(tmp_path / "out")
    GraphStore(tmp_path / "store").update(_results())
    for graph in (tmp_path / "out", tmp_path / "out" / "graph.ttl", tmp_path / "store"):
        result = run_cli("validate", graph)
        assert result.exit_code == 0, result.output
        assert "conforms to the actorgraph shapes" in result.stdout
        result = run_cli("query", graph, "--preset", "who-did-what", "--format", "csv")
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines()[1].startswith("Iran,condemn,Israel")
    result = run_cli("validate", tmp_path / "nothing")
    assert (result.exit_code, result.stderr) == (1, f"error: {tmp_path / 'nothing'}: no such "
                                                    "file or directory\n")


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p / "missing", "no such file or directory"),
    (lambda p: p, "no graph file in this folder"),
    (lambda p: (p / "graph.csv").write_text("a,b") and p / "graph.csv", "unknown RDF format"),
    (lambda p: GraphStore(p / "empty").path, "the store has no published graph yet"),
    (lambda p: (p / "bad.ttl").write_text("<oops") and p / "bad.ttl", "bad.ttl"),
])
def test_open_graph_errors_are_graph_errors(tmp_path, make, message):
    with pytest.raises(GraphError, match=message):
        source = open_graph(make(tmp_path))
        source.quads()


# -- building, with the model ------------------------------------------------------------------

@pytest.mark.model
def test_build_from_texts_and_paths_with_problems_as_warnings(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": {"x": 1}, "text": "Iran warned Israel."}) + "\n"
                    + json.dumps({"id": "j", "text": "Qatar condemned the killing of Ismail "
                                  "Haniyeh.", "date": "not a date"}) + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        graph = actorgraph.build(["Israel assassinated Hezbollah commander Fuad Shukr.", feed])
    assert sorted(str(w.message) for w in caught) == [
        f"{feed}:1: \"id\" is not a string or a number (dict), line skipped",
        f"{feed}:2: \"date\" is not a date, dropped"]
    assert graph.stats.articles == 2 and graph.stats.added is None
    assert set(graph.graph.graph["articles"]) == {"text-1", "j"}
    assert graph.query("ASK { actor:israel relation:assassinate actor:fuad-shukr }").boolean

    problems = []
    actorgraph.build([feed], on_error=problems.append)
    assert len(problems) == 2
    with pytest.raises(actorgraph.InputError, match="is not a string or a number"):
        actorgraph.build([feed], on_error="raise")
    with pytest.raises(actorgraph.NothingRead):
        actorgraph.build([tmp_path / "missing.txt"], on_error="ignore")
    with pytest.raises(actorgraph.ModelError):
        actorgraph.build(["Israel struck Gaza."], model="no_such_model")


@pytest.mark.model
def test_build_into_a_store(tmp_path):
    store = tmp_path / "store"
    first = actorgraph.build(["Israel struck Gaza."], store=store)
    second = actorgraph.build(["Iran condemned Israel.\n\nQatar mediated."], store=store)
    assert (first.stats.added, first.stats.stored) == (1, 1)
    # the second text is "text-1" too: it replaces the first one
    assert (second.stats.added, second.stats.replaced, second.stats.stored) == (0, 1, 1)
    assert open_graph(store).store is not None


def _readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


@pytest.mark.model
def test_the_readme_example_runs_as_written(tmp_path, monkeypatch, capsys):
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(_readme_example(), "README.md", "exec"), {"__name__": "readme"})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("<ActorGraph: 2 articles, ")
    assert "Israel struck Hezbollah targets" in printed[1:]
    assert (tmp_path / "out" / "graph.trig").is_file()


@pytest.mark.browser
def test_notebook_view_draws_offline_and_runs_no_hostile_text(browser, tmp_path):  # noqa: F811
    graph = from_results([result("h", triple(mention(HOSTILE[0]), "meet", mention(HOSTILE[1])),
                                 triple(mention("Israel", "GPE"), "strike",
                                        mention("Hezbollah", "ORG")))], title=HOSTILE[1])
    notebook = tmp_path / "notebook.html"
    notebook.write_text(f"<!DOCTYPE html><html><body><h1>cell</h1>{graph._repr_html_()}"
                        "</body></html>", encoding="utf-8")
    context = browser.new_context(offline=True)
    requests, errors = [], []
    url = notebook.resolve().as_uri()

    def route(request_route):
        if request_route.request.url == url:
            request_route.continue_()
        else:
            requests.append(request_route.request.url)
            request_route.abort()

    context.route("**/*", route)
    try:
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url)
        frame = page.frame_locator("iframe")
        frame.locator("body[data-stabilized=true]").wait_for(timeout=STABLE_TIMEOUT)
        assert frame.locator("canvas").count() >= 1
        inner = page.frames[1]
        assert inner.evaluate("window.__xss") is None and page.evaluate("window.__xss") is None
        # the frame is isolated: it cannot reach the notebook page
        assert inner.evaluate("(() => { try { return parent.document.title } "
                              "catch (e) { return 'blocked' } })()") == "blocked"
    finally:
        context.close()
    assert requests == [] and errors == []
