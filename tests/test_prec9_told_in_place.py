"""Where a hearer is told is no party to the telling: "told reporters in Miami that ..." has
no "tell reporter in" Miami triple (a verb whose object is the hearer,
:data:`~extract.lexicon.HEARER_VERBS`); a place where a thing is acted on stays ("lifted a
curfew in Montenegro")."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def objects(doc) -> set[str]:
    return {t.object.text for t in all_triples(doc)}


def _told(verb: str, lemma: str, hearer: str, hearer_pos: str, place: str) -> tuple:
    sentence = f"Calero {verb} {hearer} in {place} that rebels would fight"
    rows = f"""
        1 nsubj PROPN Calero NNP
        1 ROOT VERB {lemma} VBD
        1 dobj {hearer_pos} {hearer.lower()} NNS
        2 prep ADP in IN
        3 pobj PROPN {place} NNP
        8 mark SCONJ that IN
        8 nsubj NOUN rebel NNS
        8 aux AUX would MD
        1 ccomp VERB fight VB
    """
    return sentence, rows, place


@pytest.mark.parametrize(("sentence", "rows", "place"), [
    _told("told", "tell", "reporters", "NOUN", "Miami"),
    _told("told", "tell", "Reuters", "PROPN", "Frankfurt"),
    _told("assured", "assure", "investors", "NOUN", "Geneva"),
    _told("warned", "warn", "residents", "NOUN", "Sinaloa"),
])
def test_where_the_hearer_is_told_is_no_object(sentence, rows, place):
    doc = parse(sentence, rows, ents={"Calero": "PERSON", "Miami": "GPE", "Frankfurt": "GPE",
                                      "Geneva": "GPE", "Sinaloa": "GPE", "Reuters": "ORG"})
    assert place not in objects(doc)


def test_a_place_where_a_thing_is_acted_on_stays():
    doc = parse("Serbia lifted a curfew in Montenegro", """
        1 nsubj PROPN Serbia NNP
        1 ROOT VERB lift VBD
        3 det DET a DT
        1 dobj NOUN curfew NN
        3 prep ADP in IN
        4 pobj PROPN Montenegro NNP
    """, ents={"Serbia": "GPE", "Montenegro": "GPE"})
    assert "Montenegro" in objects(doc)


_TOLD = {
    "where the hearer was told": [
        ("Senator Maria Lopez told reporters in Miami that the rebels would fight on.",
         [("Maria Lopez", "tell", "reporters", False, False)], [("Maria Lopez", "Miami")]),
        ("Ephraim Mkandawire told reporters in Blantyre that the party would appeal.",
         [("Ephraim Mkandawire", "tell", "reporters", False, False)],
         [("Ephraim Mkandawire", "Blantyre")]),
        ("Christine Bergmann told Reuters in Frankfurt that the union would strike.",
         [("Christine Bergmann", "tell", "Reuters", False, False)],
         [("Christine Bergmann", "Frankfurt")]),
    ],
    "a place acted on stays": [
        ("Serbia lifted the curfew in Montenegro on Monday.",
         [("Serbia", "lift in", "Montenegro", False, False)], []),
        ("Israel struck a depot in Lebanon.",
         [("Israel", "strike in", "Lebanon", False, False)], []),
    ],
    # (session 45: a thing of its own raided in a town is the target, the town only
    # where it is, the ``place`` of the object triple; tests/test_patterns45_weak_patterns.py)
    "a thing of its own raided in a town": [
        ("Hezbollah fighters raided a depot in the town of Metula.",
         [("Hezbollah", "raid", "depot in town of Metula", False, False)],
         [("Hezbollah", "Metula")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TOLD))
def test_told_in_a_place_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
