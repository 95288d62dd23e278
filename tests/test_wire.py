"""Wire news through the real model: datelines and quantities are never participants.

``tests/data/wire.jsonl`` holds 20 short wire-style articles written for these
tests (Reuters, AP, AFP, UPI, Xinhua, Bloomberg, dpa, Kyodo and press-release
styles, with bylines, credits, captions, tickers and tables of figures).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from actorgraph.exports.outputs import write_outputs
from actorgraph.extract.hygiene import QUANTITY_TYPES, is_quantity
from actorgraph.extract.news import scan
from actorgraph.graph.build import build_graph
from rdflib import Graph, Literal, URIRef

from actorgraph.records import Article

pytestmark = pytest.mark.model

WIRE = Path(__file__).parent / "data" / "wire.jsonl"


def articles() -> list[Article]:
    with open(WIRE, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [Article(r["id"], r["text"], r.get("title"), r.get("date")) for r in rows]


@pytest.fixture(scope="module")
def wire_results(extractor):
    return list(extractor.extract(articles()))


def dateline_cities(article: Article) -> set[str]:
    place = scan(article.text).dateline.place
    return {city.strip() for city in place.split(",")[0].split("/")}


def test_every_wire_dateline_is_found(wire_results):
    found = [r.article.dateline for r in wire_results]
    # one story is credited "(Bloomberg) --", without a place
    assert sum(d is None for d in found) == 1
    assert all(d.place and d.text for d in found if d is not None)


def test_no_dateline_city_is_a_participant(wire_results):
    triples = 0
    for result in wire_results:
        if result.article.dateline is None:
            continue
        cities = dateline_cities(result.article)
        start = result.article.dateline.start
        end = start + len(result.article.dateline.text)
        for t in result.triples:
            triples += 1
            for side in (t.subject, t.object, t.attributed_to, t.place):
                if side is None:
                    continue
                assert side.label not in cities, (result.article.id, t)
                assert not start <= side.start < end, (result.article.id, t)
            # the sentence never starts inside the dateline and is the original text
            assert not start <= t.char_start < end
            assert result.article.text[t.char_start:t.char_end] == t.sentence
    assert triples >= 20  # the stories still give their relations


def test_no_quantity_is_a_participant(wire_results):
    for result in wire_results:
        for t in result.triples:
            for side in (t.subject, t.object):
                assert side.type not in QUANTITY_TYPES, t
                assert not is_quantity(side.text) and not is_quantity(side.label), t
        for mention in result.mentions:
            assert not is_quantity(mention.text), mention


def test_amounts_are_kept_as_attributes_of_the_relation(wire_results):
    amounts = {(t.object.label, t.quantity) for r in wire_results for t in r.triples}
    assert ("coal", "3,000 tonnes") in amounts
    # "would sell a 14-pct stake in Braskem SA": the relation goes through the stake
    assert ("Braskem SA", "14-pct") in amounts


def test_company_names_are_one_actor(wire_results):
    labels = {m.label for r in wire_results for t in r.triples for m in (t.subject, t.object)}
    assert "Lockhart and Pettus Inc" in {m.label for r in wire_results for m in r.mentions}
    assert "Pettus Inc" not in labels and "Lockhart" not in labels
    assert "Procter and Gamble Co" in labels


@pytest.mark.parametrize("text", [
    "MOSCOW, March 3 (Reuters) - It will expel two British diplomats, the foreign ministry said.",
    "KYIV, Ukraine (AP) \u2014 It accused Russia of shelling a hospital.",
    "DOHA, Qatar, Nov 5 (AP) \u2014 Qatar urged Israel to halt the strikes. It also criticised "
    "Iran.",
])
def test_a_dateline_city_is_never_an_actor_nor_the_antecedent_of_it(extractor, text):
    (result,) = extractor.extract([Article("it", text)])
    city = result.article.dateline.place.split(",")[0].casefold()
    assert all(city not in (t.subject.label.casefold(), t.object.label.casefold())
               for t in result.triples)
    assert all(m.label.casefold() != city for m in result.mentions)


def test_the_dateline_is_in_triples_jsonl_and_rdf_and_is_no_node(extractor, tmp_path):
    text = ("Israel strikes Hezbollah\nBy Jane Doe\n\n"
            "BEIRUT, July 28 (AP) \u2014 Israeli warplanes struck Hezbollah positions in "
            "southern Lebanon on Sunday. It was not clear whether anyone was hurt.\n"
            "Hezbollah fired rockets at Israel.\n(Reporting by Jane Doe; Editing by John Roe)")
    results = list(extractor.extract([Article("beirut", text, "Israel strikes Hezbollah",
                                              "2024-07-28")]))
    G = build_graph(results)
    assert all(G.nodes[n]["label"] not in ("Beirut", "BEIRUT") for n in G)
    write_outputs(G, tmp_path)
    with open(tmp_path / "triples.jsonl", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    assert records
    for record in records:
        assert record["dateline"]["place"] == "Beirut"
        assert record["dateline"]["date"] == "July 28"
        assert record["dateline"]["agency"] == "AP"
        start = record["dateline"]["start"]
        assert text[start:start + len(record["dateline"]["text"])] == record["dateline"]["text"]
        assert text[record["char_start"]:record["char_end"]] == record["sentence"]
        assert "quantity" in record
        assert "Jane Doe" not in (record["subject"]["label"], record["object"]["label"])
    g = Graph().parse(tmp_path / "graph.ttl")
    article = URIRef("https://actorgraph.example/id/article/beirut")
    assert list(g.objects(article, URIRef("https://schema.org/locationCreated"))) == \
        [Literal("Beirut")]
    assert not list(g.subjects(None, Literal("Beirut")))[1:]  # only the article says Beirut


def test_articles_without_a_dateline_have_none(extractor, tmp_path):
    results = list(extractor.extract([Article("plain", "Israel struck Gaza on Monday.")]))
    write_outputs(build_graph(results), tmp_path)
    with open(tmp_path / "triples.jsonl", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    assert records and all(r["dateline"] is None for r in records)
    g = Graph().parse(tmp_path / "graph.ttl")
    assert not list(g.triples((None, URIRef("https://schema.org/locationCreated"), None)))
