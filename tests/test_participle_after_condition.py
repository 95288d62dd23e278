"""An -ing adjunct after a clause of condition ("unless X did Y, raising fears") says
what the whole did, not what the condition's subject did: "Iran threatened to close the
strait unless Washington lifted sanctions, raising fears of war" raises no fears of
Washington's. A clause of time keeps its reading ("after Israel rejected the proposal,
prompting Egypt to recall its envoy": the rejection prompted it).

The sentences were written for these tests (none is from an evaluation set or an audit
sheet).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

_ENTS = {"Iran": "GPE", "Washington": "GPE", "Israel": "GPE", "Egypt": "GPE",
         "Kohl": "PERSON", "Bonn": "GPE", "Moscow": "GPE", "Kabul": "GPE"}

_ROWS = """
    1 nsubj PROPN {subj} NNP
    1 ROOT VERB threaten VBD
    3 aux PART to TO
    1 xcomp VERB {verb} VB
    3 dobj NOUN {obj} NN
    7 mark SCONJ {mark} IN
    7 nsubj PROPN {other} NNP
    3 advcl VERB {cond} VBD
    7 dobj NOUN {thing} NNS
    7 punct PUNCT , ,
    7 advcl VERB {adj} VBG
    10 dobj NOUN {result} NNS
"""

_CONDITIONS = [
    ("Iran", "close", "strait", "unless", "Washington", "lift", "sanctions", "raise", "fears"),
    ("Kohl", "quit", "coalition", "unless", "Bonn", "cut", "taxes", "anger", "allies"),
    ("Moscow", "halt", "talk", "if", "Kabul", "expel", "envoys", "deepen", "rifts"),
]


@pytest.mark.parametrize("words", _CONDITIONS, ids=[c[0] for c in _CONDITIONS])
def test_an_adjunct_after_a_condition_is_not_the_conditions_subjects(words):
    subj, verb, obj, mark, other, cond, thing, adj, result = words
    text = f"{subj} threatened to {verb} {obj} {mark} {other} {cond} {thing} , {adj}ing {result}"
    rows = _ROWS.format(subj=subj, verb=verb, obj=obj, mark=mark, other=other, cond=cond,
                        thing=thing, adj=adj, result=result)
    doc = parse(text, rows, ents=_ENTS)
    assert not any(t.subject.text == other and t.lemma == adj for t in all_triples(doc))


def test_guard_an_adjunct_after_a_clause_of_time():
    doc = parse("talks collapsed after Israel rejected plan , prompting Egypt", """
        1 nsubj NOUN talk NNS
        1 ROOT VERB collapse VBD
        4 mark SCONJ after IN
        4 nsubj PROPN Israel NNP
        1 advcl VERB reject VBD
        4 dobj NOUN plan NN
        4 punct PUNCT , ,
        4 advcl VERB prompt VBG
        7 dobj PROPN Egypt NNP
    """, ents=_ENTS)
    assert any(t.subject.text == "Israel" and t.lemma == "prompt" for t in all_triples(doc))


TABLE = {
    "an adjunct after a condition": [
        ("Iran threatened to close the strait unless Washington lifted sanctions, raising "
         "fears of war.", [], [("Washington", "fears of war")]),
    ],
    "guard: an adjunct after a clause of time": [
        ("The talks collapsed after Israel rejected the proposal, prompting Egypt to recall "
         "its envoy.", [("Israel", "prompt", "Egypt", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(TABLE))
def test_after_condition_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
