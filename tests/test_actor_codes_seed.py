"""Issue 13 on the seed article and on real sentences: codes, places, one node per actor."""

from __future__ import annotations

import pytest
from actorgraph.exports.sparql import list_presets, open_store, run_query
from actorgraph.graph.build import build_graph
from actorgraph.graph.ids import name_key
from rdflib import OWL, Graph, Literal, Namespace, URIRef

from actorgraph.records import Article

pytestmark = pytest.mark.model

AG = Namespace("https://actorgraph.example/ns#")
SCHEMA = Namespace("https://schema.org/")
ACTOR = "https://actorgraph.example/id/actor/"


def side_codes(triples: list[dict]) -> dict[str, set]:
    codes: dict[str, set] = {}
    for t in triples:
        for side in (t["subject"], t["object"]):
            codes.setdefault(side["label"], set()).add(side["code"])
    return codes


def test_seed_sides_are_coded(seed_triples):
    codes = side_codes(seed_triples)
    assert codes["Hezbollah"] == {"LBNREB"}  # Lebanon, armed group (rebels)
    assert codes["Israel"] == {"ISR"}
    assert codes["Antony Blinken"] == {"USAGOV"}
    assert codes["Ali Khamenei"] == {"IRNGOV"}
    assert all(t["subject"]["code"] is None or t["subject"]["code"].isupper()
               for t in seed_triples)


def test_seed_rdf_links_majdal_shams_and_codes_actors(seed_out):
    g = Graph().parse(seed_out / "graph.ttl")
    majdal = URIRef(ACTOR + "majdal-shams")
    assert (majdal, OWL.sameAs, URIRef("https://sws.geonames.org/167444/")) in g
    geo = g.value(majdal, SCHEMA.geo)
    assert (float(g.value(geo, SCHEMA.latitude)), float(g.value(geo, SCHEMA.longitude))) == \
        (33.27029, 35.7716)
    hezbollah = URIRef(ACTOR + "hezbollah")
    assert (hezbollah, AG.cameoCode, Literal("LBNREB")) in g
    assert (hezbollah, AG.cameoCountry, Literal("LBN")) in g
    israel = URIRef(ACTOR + "israel")
    assert (israel, AG.isoCountryCode, Literal("IL")) in g
    assert (israel, OWL.sameAs, URIRef("https://sws.geonames.org/294640/")) in g
    assert (URIRef(ACTOR + "antony-blinken"), AG.cameoCountry, Literal("USA")) in g


def test_seed_graph_stays_one_node_per_actor(seed_out):
    g = Graph().parse(seed_out / "graph.ttl")
    labels = [str(o) for s, o in g.subject_objects(URIRef(
        "http://www.w3.org/2000/01/rdf-schema#label")) if str(s).startswith(ACTOR)]
    keys = [name_key(label) for label in labels]
    assert len(keys) == len(set(keys))
    for short in ("Blinken", "Netanyahu", "Shukr", "Haniyeh", "IDF", "U.S.", "US", "Biden"):
        assert name_key(short) not in keys


def test_country_presets_on_the_seed(seed_out):
    store = open_store(seed_out)
    presets = list_presets()
    rows = run_query(store, presets["country-events"].text,
                     params={"source": "ISR", "target": "LBN"}).rows
    assert rows and all(r[0].value.startswith("ISR") and r[2].value.startswith("LBN")
                        for r in rows)
    actors = run_query(store, presets["country-actors"].text, params={"country": "LBN"}).rows
    assert {"Hezbollah", "Beirut"} <= {r[0].value for r in actors}


@pytest.mark.parametrize("text,label,code", [
    ("Israeli forces struck a school in Rafah on Tuesday.", "Israel", "ISRMIL"),
    ("Russian troops shelled the city of Kharkiv overnight.", "Russia", "RUSMIL"),
    ("Turkish officials condemned the attack.", "Turkey", "TURGOV"),
])
def test_agent_nouns_code_the_sector_in_real_sentences(extractor, text, label, code):
    result = next(iter(extractor.extract([Article("a", text, date="2024-05-01")])))
    sides = {(t.subject.label, t.subject.code) for t in result.triples}
    assert (label, code) in sides


def test_acronyms_and_surnames_merge_across_real_articles(extractor):
    articles = [
        Article("a", "The Securities and Exchange Commission fined Tesla on Monday."),
        Article("b", "The SEC sued Binance in June."),
        Article("c", "Ronald Reagan met Mikhail Gorbachev in Reykjavik."),
        Article("d", "Reagan criticised the Soviet Union."),
    ]
    G = build_graph(extractor.extract(articles))
    labels = {d["label"] for _, d in G.nodes(data=True)}
    assert "SEC" not in labels and "Securities and Exchange Commission" in labels
    assert "Reagan" not in labels and "Ronald Reagan" in labels
    assert G.nodes["actor/ronald-reagan"]["via"].get("Reagan") == "surname"
