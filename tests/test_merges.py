"""One node per real actor across articles (issue 13): acronyms, surnames, datelines,
codes and places on nodes."""

from __future__ import annotations

import pytest
from actorgraph.graph.actors import merge_actors
from actorgraph.graph.build import build_graph

from actorgraph.records import ArticleResult
from tests.records import mention, result, triple


def graph_of(*pairs: tuple[str, str, str, str], short_forms=()) -> object:
    """A graph with one article per (subject, type, object, type) pair."""
    results = []
    for i, (s, st, o, ot) in enumerate(pairs):
        r = result(f"doc-{i}", triple(mention(s, st), "criticise", mention(o, ot),
                                      doc=f"doc-{i}"))
        if i == 0 and short_forms:
            r = ArticleResult(r.article, r.sentences, r.triples, r.mentions, short_forms)
        results.append(r)
    return build_graph(results)


def labels(G) -> list[str]:
    return sorted(d["label"] for _, d in G.nodes(data=True))


# -- acronyms -----------------------------------------------------------------------------

@pytest.mark.parametrize("short,full", [
    ("SEC", "Securities and Exchange Commission"),
    ("OPEC", "Organization of Petroleum Exporting Countries"),
    ("WHO", "World Health Organization"),
    ("FBI", "Federal Bureau of Investigation"),
])
def test_an_acronym_joins_the_only_expansion_of_the_run(short, full):
    G = graph_of((short, "ORG", "Apple", "ORG"), ("Tesla", "ORG", full, "ORG"))
    assert labels(G) == sorted(["Apple", "Tesla", full])
    node = next(d for _, d in G.nodes(data=True) if d["label"] == full)
    assert node["via"] == {short: "acronym"}
    assert node["articles"] == ("doc-0", "doc-1")


def test_an_acronym_with_two_possible_expansions_stays_apart():
    G = graph_of(("SEC", "ORG", "Apple", "ORG"),
                 ("Tesla", "ORG", "Securities and Exchange Commission", "ORG"),
                 ("Venezuela", "GPE", "Supreme Electoral Council", "ORG"))
    assert "SEC" in labels(G)


def test_an_acronym_defined_in_one_article_is_expanded_in_the_others():
    G = graph_of(("Israel Defense Forces", "ORG", "Hamas", "ORG"),
                 ("Hamas", "ORG", "IDF", "ORG"),
                 short_forms=(("IDF", "Israel Defense Forces"),))
    assert labels(G) == ["Hamas", "Israel Defense Forces"]


def test_a_person_is_never_taken_for_an_expansion():
    G = graph_of(("JFK", "ORG", "Apple", "ORG"), ("John Fitzgerald Kennedy", "PERSON",
                                                  "Tesla", "ORG"))
    assert "JFK" in labels(G)


# -- surnames -----------------------------------------------------------------------------

@pytest.mark.parametrize("surname,full", [
    ("Reagan", "Ronald Reagan"), ("Merkel", "Angela Merkel"), ("Ardern", "Jacinda Ardern"),
])
def test_a_lone_surname_joins_the_only_full_name_of_the_run(surname, full):
    G = graph_of((surname, "PERSON", "Congress", "ORG"), (full, "PERSON", "Senate", "ORG"))
    node = next(d for _, d in G.nodes(data=True) if d["label"] == full)
    assert surname not in labels(G)
    assert node["via"] == {surname: "surname"}


def test_two_people_sharing_a_surname_are_never_merged():
    G = graph_of(("Biden", "PERSON", "Congress", "ORG"),
                 ("Joe Biden", "PERSON", "Senate", "ORG"),
                 ("Hunter Biden", "PERSON", "Court", "ORG"))
    assert {"Biden", "Joe Biden", "Hunter Biden"} <= set(labels(G))


@pytest.mark.parametrize("lone,full", [
    ("Netanyahu", "Sara Netanyahu"),  # the dictionaries say Netanyahu is Benjamin
    ("Jordan", "Michael Jordan"),  # and Jordan a country
    ("Khamenei", "Mojtaba Khamenei"),  # and Khamenei is Ali Khamenei
])
def test_no_surname_merge_where_the_dictionaries_give_another_reading(lone, full):
    merged = merge_actors({(lone, "PERSON"): 3, (full, "PERSON"): 1})
    assert merged[lone] == (lone, "name")


def test_a_surname_the_dictionaries_give_to_the_same_person_is_merged():
    merged = merge_actors({("Netanyahu", "PERSON"): 3, ("Benjamin Netanyahu", "PERSON"): 1})
    assert merged["Netanyahu"] == ("Benjamin Netanyahu", "surname")


# -- datelines and places -------------------------------------------------------------------

@pytest.mark.parametrize("dateline,place,geonames", [
    ("BONN", "Bonn", 2946447), ("RIO DE JANEIRO", "Rio de Janeiro", 3451190),
    ("NAIROBI", "Nairobi", 184745),
])
def test_a_dateline_city_typed_org_is_a_place(dateline, place, geonames):
    G = graph_of((dateline, "ORG", "Apple", "ORG"))
    node = next(d for _, d in G.nodes(data=True) if d["label"] == place)
    assert node["type"] == "GPE"
    assert node["geonames"] == geonames
    assert dateline in node["aliases"]


def test_a_dateline_more_frequent_than_the_name_does_not_name_the_place():
    G = graph_of(("BEIRUT", "GPE", "Apple", "ORG"), ("BEIRUT", "GPE", "Tesla", "ORG"),
                 ("Beirut", "GPE", "Google", "ORG"))
    assert "Beirut" in labels(G) and "BEIRUT" not in labels(G)


def test_an_all_caps_organisation_stays_an_organisation():
    G = graph_of(("NATO", "ORG", "Russia", "GPE"), ("OPEC", "ORG", "Saudi Arabia", "GPE"))
    assert {d["type"] for _, d in G.nodes(data=True) if d["label"] in ("NATO", "OPEC")} == \
        {"ORG"}


def test_nodes_carry_codes_country_iso_and_coordinates():
    israel = mention("Israel", "GPE", code="ISR")
    forces = mention("Israel", "GPE", text="Israeli forces", code="ISRMIL")
    hezbollah = mention("Hezbollah", "ORG", code="LBNREB")
    town = mention("Majdal Shams", "GPE")
    G = build_graph([result("a", triple(forces, "strike", hezbollah),
                            triple(hezbollah, "attack", town),
                            triple(israel, "blame", hezbollah))])
    node = G.nodes["actor/israel"]
    assert node["codes"] == ["ISR", "ISRMIL"]
    assert (node["country"], node["iso"], node["geonames"]) == ("ISR", "IL", 294640)
    assert G.nodes["actor/hezbollah"]["country"] == "LBN"
    assert "iso" not in G.nodes["actor/hezbollah"] and "lat" not in G.nodes["actor/hezbollah"]
    majdal = G.nodes["actor/majdal-shams"]
    assert (majdal["geonames"], majdal["lat"], majdal["lon"]) == (167444, 33.27029, 35.7716)
    edge = next(d for *_, d in G.edges(data=True) if d["relation"] == "strike")
    assert (edge["subject_code"], edge["object_code"]) == ("ISRMIL", "LBNREB")


def test_an_ambiguous_town_is_resolved_by_the_countries_of_its_article():
    lebanon = mention("Lebanon", "GPE", code="LBN")
    libya = mention("Libya", "GPE", code="LBY")
    tripoli = mention("Tripoli", "GPE")
    G = build_graph([result("a", triple(lebanon, "protect", tripoli))])
    assert G.nodes["actor/tripoli"]["country"] == "LBN"
    G = build_graph([result("b", triple(libya, "protect", tripoli))])
    assert G.nodes["actor/tripoli"]["country"] == "LBY"


def test_a_region_typed_loc_is_not_linked_to_a_small_namesake():
    # "Middle East" is also a neighbourhood of Baltimore (1,872 people)
    G = graph_of(("Middle East", "LOC", "United States", "GPE"))
    assert "geonames" not in G.nodes["actor/middle-east"]
    assert G.nodes["actor/united-states"]["iso"] == "US"


@pytest.mark.parametrize("short,full,full_type", [
    ("CIA", "Calicut International Airport", "FAC"),  # the dictionaries know the CIA
    ("WN", "Women in Nevada", "ORG"),  # two letters: too short to guess
    ("STD", "Star Trek Discovery", "WORK_OF_ART"),  # not an organisation or place
])
def test_acronyms_the_run_cannot_vouch_for_stay_apart(short, full, full_type):
    merged = merge_actors({(short, "ORG"): 2, (full, full_type): 1})
    assert merged[short] == (short, "name")


def test_a_lone_name_that_is_also_a_first_name_is_not_a_surname():
    merged = merge_actors({("Hunter", "PERSON"): 2, ("Robert Hunter", "PERSON"): 1,
                           ("Hunter Biden", "PERSON"): 1})
    assert merged["Hunter"] == ("Hunter", "name")


@pytest.mark.parametrize("one,other", [
    ("Organisation of the Petroleum Exporting Countries",
     "Organization of Petroleum Exporting Countries"),
    ("World Health Organisation", "World Health Organization"),
    ("Centre for Disease Control", "Center for Disease Control"),
])
def test_british_and_american_spellings_of_an_organisation_are_one(one, other):
    merged = merge_actors({(one, "ORG"): 1, (other, "ORG"): 2})
    assert merged[one] == (other, "spelling")


def test_people_are_not_merged_by_loose_spelling():
    merged = merge_actors({("Anne of Cleves", "PERSON"): 1, ("Anne Cleves", "PERSON"): 1})
    assert merged["Anne of Cleves"] == ("Anne of Cleves", "name")
