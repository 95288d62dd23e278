"""Who acts in a guise is who is disguised: "Gunmen disguised as police kidnapped four
teachers" (parsed with "as" a mark and "police" the subject of "kidnapped", an adverbial
clause of "disguised") is the gunmen kidnapping, never the police."""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import extract_doc

from actorgraph.records import Article
from tests.constructions import cases, check_construction
from tests.docs import parse


def pairs(doc) -> set[tuple[str, str]]:
    result = extract_doc(doc, Article("t", doc.text))
    return {(t.subject.label, t.object.label) for t in result.triples}


def _guise(agent: str, verb: str, lemma: str, guise: str, act: str, act_lemma: str,
           victim: str) -> tuple[str, str]:
    sentence = f"{agent} {verb} as {guise} {act} {victim}"
    rows = f"""
        1 nsubj PROPN {agent} NNP
        1 ROOT VERB {lemma} VBN
        4 mark SCONJ as IN
        4 nsubj PROPN {guise} NNP
        1 advcl VERB {act_lemma} VBD
        4 dobj PROPN {victim} NNP
    """
    return sentence, rows


@pytest.mark.parametrize(("agent", "verb", "lemma", "guise", "act", "act_lemma", "victim"), [
    ("Hamas", "disguised", "disguise", "Israel", "kidnapped", "kidnap", "Levy"),
    ("Hezbollah", "dressed", "dress", "UNIFIL", "attacked", "attack", "Haddad"),
    ("Wagner", "posing", "pose", "Syria", "seized", "seize", "Karimi"),
])
def test_the_disguised_act_not_their_guise(agent, verb, lemma, guise, act, act_lemma, victim):
    sentence, rows = _guise(agent, verb, lemma, guise, act, act_lemma, victim)
    found = pairs(parse(sentence, rows, ents={agent: "ORG", guise: "GPE" if guise != "UNIFIL"
                                              else "ORG", victim: "PERSON"}))
    assert (agent, victim) in found
    assert (guise, victim) not in found


def test_an_as_clause_of_another_verb_keeps_its_subject():
    # guard: "Hamas left as Israel attacked Gaza": "as" opens a clause of time
    found = pairs(parse("Hamas left as Israel attacked Gaza", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB leave VBD
        4 mark SCONJ as IN
        4 nsubj PROPN Israel NNP
        1 advcl VERB attack VBD
        4 dobj PROPN Gaza NNP
    """, ents={"Hamas": "ORG", "Israel": "GPE", "Gaza": "GPE"}))
    assert ("Israel", "Gaza") in found
    assert ("Hamas", "Gaza") not in found


_GUISES = {
    "a guise is no agent": [
        ("Gunmen disguised as police kidnapped four teachers in Beirut.",
         [("gunmen", "kidnap", "teachers", False, False)], [("police", "teachers")]),
        ("Hamas gunmen disguised as Israeli soldiers kidnapped a farmer.",
         [("Hamas", "kidnap", "farmer", False, False)], [("Israel", "farmer")]),
        ("Militants posing as police officers attacked a checkpoint in Kabul.",
         [("militants", "attack", "checkpoint in Kabul", False, False)],
         [("police officers", "checkpoint")]),
    ],
    "other as clauses keep their subject": [
        ("Hamas fighters withdrew as Israeli troops stormed the hospital.",
         [("Israel", "storm", "hospital", False, False)], [("Hamas", "hospital")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_GUISES))
def test_guises_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
