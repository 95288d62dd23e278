"""SPARQL presets and queries over the exported graph, with known answers."""

from __future__ import annotations

import json

import pytest
from actorgraph.exports.rdf import write_rdf
from actorgraph.exports.sparql import (
    GraphError,
    QueryError,
    format_result,
    list_presets,
    open_store,
    run_query,
)
from actorgraph.graph.build import build_graph

from tests.records import mention, result, triple


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    hezbollah, israel = mention("Hezbollah", "ORG"), mention("Israel", "GPE")
    blinken = mention("Antony Blinken", text="US Secretary of State Antony Blinken")
    G = build_graph([
        result("a",
               triple(hezbollah, "attack", mention("Majdal Shams", "GPE"), doc="a",
                      sentence="Hezbollah attacked Majdal Shams."),
               triple(israel, "kill", mention("Fuad Shukr"), doc="a"),
               triple(israel, "comment on", mention("death", "CONCEPT"), doc="a",
                      negated=True, sentence="Israel has not commented on the death."),
               triple(mention("Mohammed Al Thani"), "tell", blinken, doc="a"),
               title="Seed"),
        result("b",
               triple(mention("Blinken"), "meet", mention("Benjamin Netanyahu"), doc="b"),
               triple(israel, "kill", mention("Fuad Shukr"), doc="b"),
               title="Second"),
    ])
    folder = tmp_path_factory.mktemp("sparql")
    write_rdf(G, folder / "graph.ttl")
    return open_store(folder)


def rows(result_):
    return [tuple(t.value if t is not None else None for t in row) for row in result_.rows]


def preset(store, preset_name, **params):
    return run_query(store, list_presets()[preset_name].text, params=params)


def test_presets_have_descriptions_and_declared_params():
    presets = list_presets()
    assert {"who-did-what", "actor", "most-connected", "negated"} <= set(presets)
    assert all(p.description for p in presets.values())
    assert presets["actor"].params == ("name",)


def test_who_did_what_counts_mentions_and_skips_negated_and_concepts(store):
    found = rows(preset(store, "who-did-what"))
    assert found[0] == ("Israel", "kill", "Fuad Shukr", "ASSAULT", "2")
    assert ("Hezbollah", "attack", "Majdal Shams", "ASSAULT", "1") in found
    assert not any(r[1] == "comment on" for r in found)


def test_actor_preset_finds_relations_by_surname_alias_case_insensitively(store):
    found = rows(preset(store, "actor", name="blinken"))
    # ordered by article title ("Second" < "Seed"), then position in the article
    assert [(r[0], r[1], r[2], r[6]) for r in found] == [
        ("Antony Blinken", "meet", "Benjamin Netanyahu", "Second"),
        ("Mohammed Al Thani", "tell", "Antony Blinken", "Seed"),
    ]


def test_most_connected_ranks_by_relation_mentions(store):
    found = rows(preset(store, "most-connected"))
    assert found[0][:3] == ("Israel", "GPE", "3")


def test_negated_preset_lists_negated_claims_with_sentence(store):
    assert rows(preset(store, "negated")) == [
        ("Israel", "comment on", "death", "Israel has not commented on the death.", "Seed")]


def test_direct_triple_is_a_one_line_pattern_with_predefined_prefixes(store):
    answer = run_query(store, "SELECT ?who WHERE { ?s relation:attack actor:majdal-shams ; "
                              "rdfs:label ?who }")
    assert rows(answer) == [("Hezbollah",)]


def test_parameters_are_literals_not_query_text(store):
    attack = 'x")) } UNION { ?actor ?p ?o } #'
    assert rows(preset(store, "actor", name=attack)) == []


def test_invalid_query_raises_with_the_parser_message(store):
    with pytest.raises(QueryError, match=r"invalid SPARQL: error at 1:\d+"):
        run_query(store, "SELEC ?x WHERE { ?x ?y ?z }")


def test_missing_or_broken_graph_files(tmp_path):
    with pytest.raises(GraphError, match="no graph file"):
        open_store(tmp_path)
    bad = tmp_path / "graph.ttl"
    bad.write_text("<not turtle", encoding="utf-8")
    with pytest.raises(GraphError, match="graph.ttl"):
        open_store(bad)


def test_formats(store):
    answer = run_query(store, "SELECT ?who ?n WHERE { ?s relation:attack ?o ; rdfs:label ?who "
                              "BIND(1 AS ?n) }")
    table = format_result(answer, "table")
    assert table.splitlines()[0].split() == ["who", "n"]
    assert table.rstrip().endswith("(1 row)")
    assert format_result(answer, "csv") == "who,n\nHezbollah,1\n"
    data = json.loads(format_result(answer, "json"))
    assert data["head"]["vars"] == ["who", "n"]
    assert data["results"]["bindings"][0]["who"] == {"type": "literal", "value": "Hezbollah"}
    assert data["results"]["bindings"][0]["n"]["datatype"].endswith("#integer")
    assert format_result(run_query(store, "ASK { ?s relation:attack ?o }"), "table") == "true\n"


def test_event_class_preset_lists_relations_of_that_class(store):
    found = rows(preset(store, "event-class", **{"class": "assault"}))
    # by article title ("Second" < "Seed"), then position
    assert [(r[0], r[1], r[2], r[5]) for r in found] == [
        ("Israel", "kill", "Fuad Shukr", "Second"),
        ("Hezbollah", "attack", "Majdal Shams", "Seed"), ("Israel", "kill", "Fuad Shukr", "Seed")]
    assert rows(preset(store, "event-class", **{"class": "PROTEST"})) == []


def test_connections_preset_finds_direct_links_and_shared_partners(store):
    found = rows(preset(store, "connections", **{"from": "fuad shukr", "to": "Israel"}))
    assert found[0][:2] == ("1", "Fuad Shukr") and found[0][2] == "kill"
    # Blinken and Israel share no partner; Blinken and Al Thani are linked directly
    assert rows(preset(store, "connections", **{"from": "Blinken", "to": "Israel"})) == []
    two = rows(preset(store, "connections", **{"from": "Mohammed Al Thani",
                                                 "to": "Benjamin Netanyahu"}))
    assert two == [("2", "Mohammed Al Thani", "tell", "Antony Blinken", "meet",
                    "Benjamin Netanyahu")]


def test_articles_preset_summarises_each_article(store):
    assert rows(preset(store, "articles")) == [
        ("Second", None, "2", "0", "0", "4"),  # Blinken, Netanyahu, Israel, Shukr
        ("Seed", None, "4", "1", "0", "6"),  # the concept "death" is not an actor
    ]


@pytest.mark.parametrize("fmt", ["ntriples", "jsonld", "trig", "nquads"])
def test_queries_work_on_every_format(tmp_path, fmt):
    from actorgraph.exports.rdf import FORMATS
    G = build_graph([result("a", triple(mention("Hezbollah", "ORG"), "attack",
                                        mention("Majdal Shams", "GPE"), doc="a"))])
    path = tmp_path / f"graph{FORMATS[fmt][0]}"
    write_rdf(G, path, format=fmt)
    answer = run_query(open_store(tmp_path), "SELECT ?who WHERE { ?s relation:attack "
                                             "actor:majdal-shams ; rdfs:label ?who }")
    assert rows(answer) == [("Hezbollah",)]
