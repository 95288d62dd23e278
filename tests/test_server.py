"""`actorgraph serve` over real HTTP, queried with a real SPARQL client (SPARQLWrapper)."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from xml.etree import ElementTree

import pytest
from actorgraph.exports.sparql import bind_params, list_presets
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from tests.conftest import ROOT, SEED, run_cli

pytestmark = pytest.mark.model

WHO_ATTACKED = """
PREFIX ag: <https://actorgraph.example/ns#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?who ?sentence WHERE {
  ?s <https://actorgraph.example/id/relation/attack>
     <https://actorgraph.example/id/actor/majdal-shams> ; rdfs:label ?who .
  ?st rdf:subject ?s ; rdf:object <https://actorgraph.example/id/actor/majdal-shams> ;
      prov:wasDerivedFrom/nif:anchorOf ?sentence .
} ORDER BY ?who
"""


class Server:
    """`python build_graph.py serve ...` in a subprocess, on a free port."""

    def __init__(self, *args: str):
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "build_graph.py"), "serve", *args, "--port", "0",
             "--quiet"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if "serving" not in line:
            self.process.kill()
            raise RuntimeError(f"server did not start: {line}{self.process.stderr.read()}")
        self.url = line.split()[2]
        self.endpoint = self.url + "sparql"

    def client(self, query: str, fmt=JSON) -> SPARQLWrapper:
        client = SPARQLWrapper(self.endpoint)
        client.setQuery(query)
        client.setReturnFormat(fmt)
        return client

    def get(self, path: str, **headers) -> tuple[int, str, bytes]:
        request = urllib.request.Request(self.url.rstrip("/") + path, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.headers["Content-Type"], response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers["Content-Type"], exc.read()

    def stop(self) -> int:
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=15)
        finally:
            if self.process.poll() is None:
                self.process.kill()


@pytest.fixture(scope="module")
def server(seed_out):
    server = Server(str(seed_out), "--timeout", "2", "--max-result-mb", "1")
    yield server
    server.stop()


def test_select_as_json_finds_who_attacked_with_the_sentence(server):
    result = server.client(WHO_ATTACKED).queryAndConvert()
    rows = [(b["who"]["value"], b["sentence"]["value"]) for b in result["results"]["bindings"]]
    assert rows[0][0] == "Fuad Shukr" and rows[1][0] == "Hezbollah"
    assert "rocket attack by the Iranian-backed Hezbollah" in rows[1][1]


def test_all_relations_of_blinken_by_surname_through_the_endpoint(server):
    query = bind_params(list_presets()["actor"].text, {"name": "blinken"})
    client = server.client(query)
    client.setMethod(POST)
    bindings = client.queryAndConvert()["results"]["bindings"]
    assert len(bindings) >= 6
    assert all("Antony Blinken" in (b["subject"]["value"], b["object"]["value"])
               for b in bindings)


def test_results_in_xml_csv_and_tsv_by_content_negotiation(server):
    xml = server.client(WHO_ATTACKED, XML).queryAndConvert()
    names = [e.firstChild.data for e in xml.getElementsByTagName("literal")]
    assert "Hezbollah" in names
    data = server.client(WHO_ATTACKED, CSV).queryAndConvert().decode()
    rows = list(csv.reader(io.StringIO(data)))
    assert rows[0] == ["who", "sentence"] and rows[2][0] == "Hezbollah"
    data = server.client(WHO_ATTACKED, TSV).queryAndConvert().decode()
    assert data.splitlines()[0] == "?who\t?sentence" and '"Hezbollah"' in data


def test_construct_returns_rdf(server):
    query = ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . "
             "FILTER(?s = <https://actorgraph.example/id/actor/hezbollah>) }")
    graph = server.client(query, TURTLE).queryAndConvert()
    assert b"Hezbollah" in graph


def test_updates_are_refused(server):
    client = server.client("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    client.setMethod(POST)
    # SPARQLWrapper sends it as a SPARQL Update (POST update=...): 403 Forbidden
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)) as refused:
        client.query()
    assert "403" in str(refused.value)
    body = urllib.parse.urlencode({"update": "DELETE WHERE { ?s ?p ?o }"}).encode()
    request = urllib.request.Request(server.endpoint, data=body)
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=30)
    assert error.value.code == 403 and b"read-only" in error.value.read()
    # the data is untouched
    assert server.client(WHO_ATTACKED).queryAndConvert()["results"]["bindings"]


def test_a_bad_query_gets_the_parser_message(server):
    status, media, body = server.get("/sparql?" + urllib.parse.urlencode({"query": "SELEC ?x"}))
    assert status == 400 and body.startswith(b"invalid SPARQL: error at 1:")


def test_a_slow_query_is_stopped_at_the_time_limit_and_the_server_goes_on(server):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    status, _media, body = server.get("/sparql?" + urllib.parse.urlencode({"query": slow}))
    assert status == 503 and b"time limit" in body
    assert time.monotonic() - started < 10
    assert server.client(WHO_ATTACKED).queryAndConvert()["results"]["bindings"]


def test_a_huge_result_is_refused(server):
    big = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 30000"
    status, _media, body = server.get("/sparql?" + urllib.parse.urlencode({"query": big}))
    assert status == 413 and b"larger than" in body


@pytest.mark.parametrize("path", ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                                  "/graph.ttl", "/triples.jsonl", "/sparql/../graph.ttl",
                                  "//etc/passwd"])
def test_no_file_is_served_outside_the_routes(server, path):
    status, _media, body = server.get(path)
    assert status == 404 and b"root:" not in body


def test_the_graph_page_and_the_ontology(server):
    status, media, page = server.get("/")
    assert status == 200 and media.startswith("text/html") and b"vis.Network" in page
    status, media, onto = server.get("/ontology.ttl")
    assert status == 200 and b"owl:Ontology" in onto


def test_bound_to_localhost_by_default(server):
    assert urllib.parse.urlsplit(server.url).hostname == "127.0.0.1"


def test_a_store_is_served_and_the_server_stops_cleanly(tmp_path):
    store = tmp_path / "store"
    assert run_cli("build", SEED, "--store", store, "--quiet").exit_code == 0
    server = Server(str(store))
    try:
        bindings = server.client(WHO_ATTACKED).queryAndConvert()["results"]["bindings"]
        assert {b["who"]["value"] for b in bindings} == {"Hezbollah", "Fuad Shukr"}
    finally:
        code = server.stop()
    assert code == 0
    assert "stopped" in server.process.stdout.read()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(server.endpoint + "?query=ASK%7B%7D", timeout=5)


def test_json_answer_is_the_standard_results_format(server):
    status, media, body = server.get(
        "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s a ag:Statement }"}),
        Accept="application/sparql-results+json")
    assert status == 200 and media.startswith("application/sparql-results+json")
    assert json.loads(body) == {"head": {}, "boolean": True}
    status, media, body = server.get(
        "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s a ag:Statement }"}),
        Accept="application/sparql-results+xml")
    assert ElementTree.fromstring(body).find(
        "{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


def test_a_served_store_follows_later_builds(tmp_path):
    store = tmp_path / "store"
    assert run_cli("build", SEED, "--store", store, "--quiet").exit_code == 0
    server = Server(str(store))
    count = ("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }")

    def articles() -> int:
        status, _media, body = server.get("/sparql?" + urllib.parse.urlencode({"query": count}))
        assert status == 200, body
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])

    try:
        assert articles() == 1
        feed = tmp_path / "more.jsonl"
        feed.write_text(json.dumps({"id": "more", "title": "Cairo talks",
                                    "text": "Egypt hosted talks between Israel and Hamas."})
                        + "\n", encoding="utf-8")
        assert run_cli("build", feed, "--store", store, "--quiet").exit_code == 0
        deadline = time.monotonic() + 15
        while articles() == 1 and time.monotonic() < deadline:  # every answer a 200
            time.sleep(0.2)
        assert articles() == 2
        status, _media, page = server.get("/")
        assert status == 200 and b"Cairo talks" in page
        # a second update: the server moves on again, and the folder it left is removed
        assert run_cli("build", SEED, "--store", store, "--quiet").exit_code == 0
        deadline = time.monotonic() + 15
        while sorted(p.name for p in store.glob("graph-*")) != ["graph-2", "graph-3"]:
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert articles() == 2
    finally:
        assert server.stop() == 0
