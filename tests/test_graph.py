"""Assembling triples into one graph: one node per real actor."""

from __future__ import annotations

from actorgraph.graph.actors import merge_names, vote_type
from actorgraph.graph.build import actors, build_graph, edge_records
from actorgraph.graph.ids import name_key, node_id

from actorgraph.records import Mention
from tests.records import mention, result, triple


def test_one_node_per_actor_whatever_name_it_goes_by():
    blinken_full = mention("Antony Blinken", text="US Secretary of State Antony Blinken")
    biden = mention("Joe Biden")
    G = build_graph([
        result("a", triple(blinken_full, "meet", biden),
               mentions=[mention("Antony Blinken"), mention("Antony Blinken", "GPE")]),
        result("b", triple(mention("Blinken"), "call", biden)),
        result("c", triple(mention("BLINKEN", "GPE"), "meet", mention("Joe  Biden"))),
    ])
    assert sorted(G.nodes) == ["actor/antony-blinken", "actor/joe-biden"]
    node = G.nodes["actor/antony-blinken"]
    assert node["label"] == "Antony Blinken"
    assert node["type"] == "PERSON"
    assert set(node["aliases"]) == {"US Secretary of State Antony Blinken", "Blinken", "BLINKEN"}
    assert node["articles"] == ("a", "b", "c")
    assert G.number_of_edges() == 3


def test_surname_is_not_merged_when_two_people_share_it():
    names = {("Joe Biden", "PERSON"): 1, ("Hunter Biden", "PERSON"): 1, ("Biden", "PERSON"): 1}
    assert merge_names(names)["Biden"] == "Biden"


def test_one_word_place_is_not_merged_into_a_person():
    names = {("George Washington", "PERSON"): 2, ("Washington", "GPE"): 3}
    assert merge_names(names)["Washington"] == "Washington"


def test_type_vote_breaks_ties_by_priority():
    assert vote_type({"GPE": 2, "PERSON": 2}) == "PERSON"
    assert vote_type({"GPE": 3, "PERSON": 2}) == "GPE"


def test_concepts_are_their_own_nodes_merged_by_name():
    hamas = mention("Hamas", "ORG")
    G = build_graph([
        result("a", triple(hamas, "release", mention("civilians", "CONCEPT", "105 civilians"))),
        result("b", triple(hamas, "release", mention("Civilians", "CONCEPT"))),
    ])
    concepts = [a for a in actors(G) if a.is_concept]
    assert [(c.id, c.label) for c in concepts] == [("concept/civilians", "civilians")]
    assert G.nodes["concept/civilians"]["kind"] == "concept"


def test_edges_carry_the_whole_record_in_input_order():
    t1 = triple(mention("Israel", "GPE", code="ISR"), "kill", mention("Fuad Shukr"), doc="a")
    t2 = triple(mention("Israel", "GPE"), "comment on", mention("death", "CONCEPT"),
                doc="a", negated=True)
    G = build_graph([result("a", t1, t2, title="Seed", date="2024-08-05")])
    records = list(edge_records(G))
    assert [r["relation"]["lemma"] for r in records] == ["kill", "comment on"]
    first = records[0]
    assert first["subject"] == {"id": "actor/israel", "label": "Israel", "text": "Israel",
                                "type": "GPE", "via": "name", "code": "ISR"}
    assert first["object"]["code"] is None
    assert first["relation"] == {"lemma": "kill", "label": "kill", "event_class": "ASSAULT"}
    assert (first["negated"], records[1]["negated"]) == (False, True)
    assert set(first) >= {"subject", "object", "relation", "negated", "confidence", "doc_id",
                          "sentence", "char_start", "char_end"}
    assert G.graph["articles"]["a"] == {"title": "Seed", "date": "2024-08-05", "url": None}


def test_ids_are_collision_safe_and_stable():
    names = ["AT&T", "AT T", "AT-T", "at&t", "A.T.&T.", "<b>", "b", "Zürich", "Zurich"]
    ids = {name: node_id(name) for name in names}
    # names that differ beyond case, spacing and hyphens never share an id
    by_key = {}
    for name, ident in ids.items():
        by_key.setdefault(ident, set()).add(name_key(name))
    assert all(len(keys) == 1 for keys in by_key.values())
    assert ids["AT T"] == ids["AT-T"] == "actor/at-t"
    assert ids["AT&T"] == ids["at&t"] != ids["AT T"]
    assert node_id("Antony Blinken") == "actor/antony-blinken"


def test_source_and_place_are_nodes_and_fields_of_the_record():
    from dataclasses import replace

    t = replace(triple(mention("Israel", "GPE"), "kill", mention("Fuad Shukr"), doc="a"),
                hedged=True, reported=True, time="on July 30", date="2024-08-05",
                attributed_to=mention("Hezbollah", "ORG", "the group"),
                place=mention("Beirut", "GPE", "the Lebanese capital"))
    G = build_graph([result("a", t)])
    (record,) = edge_records(G)
    assert (record["hedged"], record["reported"], record["time"], record["date"]) == \
        (True, True, "on July 30", "2024-08-05")
    assert record["attributed_to"] == {"id": "actor/hezbollah", "label": "Hezbollah",
                                       "text": "the group", "type": "ORG"}
    assert record["place"]["id"] == "actor/beirut"
    assert {"actor/hezbollah", "actor/beirut"} <= set(G.nodes)


def test_acronym_defined_in_one_article_is_expanded_in_another():
    idf = mention("Israel Defense Forces", "ORG")
    results = [
        result("a", triple(idf, "rescue", mention("hostages", "CONCEPT"))),
        result("b", triple(mention("IDF", "ORG"), "strike", mention("Gaza", "GPE"))),
    ]
    results[0] = type(results[0])(results[0].article, 1, results[0].triples, (),
                                  short_forms=(("IDF", "Israel Defense Forces"),))
    G = build_graph(results)
    assert "actor/idf" not in G
    assert G.nodes["actor/israel-defense-forces"]["articles"] == ("a", "b")
    assert "IDF" in G.nodes["actor/israel-defense-forces"]["aliases"]


def test_pronouns_and_standins_are_not_aliases():
    israel = mention("Israel", "GPE")
    forces = Mention("Israeli forces", "Israel", "GPE", 0, 14, via="standin")
    it = Mention("it", "Israel", "GPE", 20, 22, via="pronoun")
    G = build_graph([result("a", triple(forces, "strike", mention("Gaza", "GPE")),
                            triple(it, "strike", mention("Rafah", "GPE")),
                            mentions=[israel])])
    assert G.nodes["actor/israel"]["aliases"] == ()
