"""The persistent store: growing a graph over several runs."""

from __future__ import annotations

import json

import actorgraph.exports.rdf
import pytest
from actorgraph.exports.sparql import open_store, run_query
from actorgraph.exports.store import GraphStore, StoreError

from tests.conftest import SEED, run_cli

pytestmark = pytest.mark.model


def count(store_path, query):
    answer = run_query(open_store(store_path), query)
    return int(answer.rows[0][0].value)


STATEMENTS = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ag:Statement }"
TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
ALL_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_rebuilding_twice_with_the_same_article_holds_no_duplicates(tmp_path, seed_triples):
    store = tmp_path / "store"
    assert run_cli("build", SEED, "--store", store, "--quiet").exit_code == 0
    first = (count(store, STATEMENTS), count(store, ALL_TRIPLES))
    assert first[0] == len(seed_triples)
    assert run_cli("build", SEED, "--store", store, "--quiet").exit_code == 0
    assert (count(store, STATEMENTS), count(store, ALL_TRIPLES)) == first
    assert len(GraphStore(store)) == 1


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def actor_ids(store, name):
    answer = run_query(open_store(store), "SELECT DISTINCT ?a WHERE { ?a a ag:Actor ; "
                       "rdfs:label|skos:altLabel ?n FILTER(CONTAINS(?n, $name)) }",
                       params={"name": name})
    return {row[0].value for row in answer.rows}


@pytest.mark.parametrize("order", ["full name first", "surname first"])
def test_actors_merge_across_runs_whatever_the_order(tmp_path, order):
    full = {"id": "talks", "text": "Antony Blinken met Benjamin Netanyahu in Jerusalem."}
    short = {"id": "later", "text": "Blinken criticised Hamas on Monday."}
    runs = [full, short] if order == "full name first" else [short, full]
    store = tmp_path / "store"
    for i, row in enumerate(runs):
        path = write_jsonl(tmp_path / f"run{i}.jsonl", [row])
        assert run_cli("build", path, "--store", store, "--quiet").exit_code == 0
    assert actor_ids(store, "Blinken") == {"https://actorgraph.example/id/actor/antony-blinken"}
    # both articles' statements use that one node
    answer = run_query(open_store(store), "SELECT ?article WHERE { ?s rdf:subject "
                       "actor:antony-blinken ; prov:wasDerivedFrom/nif:referenceContext/ag:docId "
                       "?article } ORDER BY ?article")
    assert [row[0].value for row in answer.rows] == ["later", "talks"]


def test_second_article_adds_and_re_reading_an_article_replaces_it(tmp_path):
    store = tmp_path / "store"
    first = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "a", "text": "Israel struck Hezbollah in Beirut."}])
    second = write_jsonl(tmp_path / "b.jsonl", [
        {"id": "b", "text": "Hezbollah attacked Israel."}])
    run_cli("build", first, "--store", store, "--quiet")
    run_cli("build", second, "--store", store, "--quiet")
    assert actor_ids(store, "Hezbollah") == {"https://actorgraph.example/id/actor/hezbollah"}
    assert count(store, STATEMENTS) == 2
    changed = write_jsonl(tmp_path / "a2.jsonl", [
        {"id": "a", "text": "Israel criticised Iran. Israel praised Egypt."}])
    result = run_cli("build", changed, "--store", store)
    assert "0 articles added, 1 replaced, 2 in all" in result.stdout
    relations = run_query(open_store(store), "SELECT ?l WHERE { ?s a ag:Statement ; "
                          "ag:lemma ?l } ORDER BY ?l")
    assert [row[0].value for row in relations.rows] == ["attack", "criticise", "praise"]


def test_out_gets_the_whole_stored_graph(tmp_path):
    store, out = tmp_path / "store", tmp_path / "out"
    run_cli("build", write_jsonl(tmp_path / "a.jsonl", [
        {"id": "a", "text": "Israel struck Hezbollah."}]), "--store", store, "--quiet")
    run_cli("build", write_jsonl(tmp_path / "b.jsonl", [
        {"id": "b", "text": "Iran condemned Israel."}]), "--store", store, "--out", out,
        "--quiet")
    docs = {json.loads(line)["doc_id"] for line in (out / "triples.jsonl").open()}
    assert docs == {"a", "b"}
    assert GraphStore(store).page_path().is_file()


def test_a_failed_publish_keeps_the_previous_store(tmp_path, monkeypatch):
    store = tmp_path / "store"
    run_cli("build", SEED, "--store", store, "--quiet")
    before = count(store, STATEMENTS)

    def broken(*args, **kwargs):
        yield from ()
        raise OSError("disk full")

    monkeypatch.setattr(actorgraph.exports.rdf, "quads", broken)
    result = run_cli("build", write_jsonl(tmp_path / "b.jsonl", [
        {"id": "b", "text": "Iran condemned Israel."}]), "--store", store, "--quiet")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"error: cannot write the graph (disk full); {store} is as it was before this run"]
    assert count(store, STATEMENTS) == before
    assert len(GraphStore(store)) == 1  # the run's results were rolled back with its graph
    assert sorted(p.name for p in store.glob("graph-*")) == ["graph-1"]


def test_a_folder_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="not an actorgraph store"):
        GraphStore(tmp_path)
    result = run_cli("build", SEED, "--store", tmp_path, "--quiet")
    assert result.exit_code == 2 and "not an actorgraph store" in result.stderr
