"""Two readings of who a participle's participants are.

- A personal pronoun object of an -ing adjunct, or of a verb coordinated with the clause
  whose subject it shares, is not that subject: "Reagan met Gorbachev in Reykjavik,
  urging *him* to accept cuts" urges Gorbachev (a pronoun cannot be its own verb's
  subject, and the adjunct's subject is the clause's).
- "him" or "her" as the object of an -ing adjunct, or of a gerund after a preposition on
  the act ("without charging him", "after questioning him"), is the person the act was
  done to: "released a Romanian suspect without charging him" (not charged), "fired
  Comey, replacing him with Wray".
- A fronted perfect participle before a passive clause is said of the clause's subject as
  written, not of its agent: "Having criticised the Kremlin for years, Sakharov was freed
  by Gorbachev" (Sakharov criticised it).

The sentences were written for these tests (none is from an evaluation set or an audit
sheet).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import extract_doc
from actorgraph.extract.triples import all_triples

from actorgraph.records import Article
from tests.constructions import cases, check_construction
from tests.docs import parse

_PEOPLE = {"Reagan": "PERSON", "Gorbachev": "PERSON", "Thatcher": "PERSON",
           "Mubarak": "PERSON", "Arafat": "PERSON", "Sakharov": "PERSON", "Chirac": "PERSON",
           "Kohl": "PERSON", "Marcos": "PERSON", "Aquino": "PERSON", "Cairo": "GPE"}


def _triples(doc):
    result = extract_doc(doc, Article("t", doc.text))
    return {(t.subject.label, t.relation.lemma, t.object.label) for t in result.triples}


# ---- the pronoun object of an adjunct ------------------------------------------------

_ADJUNCT_PRONOUNS = [
    # (sentence, rows, the one urged/asked/praised)
    ("Reagan met Gorbachev , urging him to leave", """
        1 nsubj PROPN Reagan NNP
        1 ROOT VERB meet VBD
        1 dobj PROPN Gorbachev NNP
        1 punct PUNCT , ,
        1 advcl VERB urge VBG
        4 dobj PRON he PRP
        7 aux PART to TO
        4 xcomp VERB leave VB
    """, ("Reagan", "urge", "Gorbachev")),
    ("Thatcher telephoned Kohl , asking him to veto it", """
        1 nsubj PROPN Thatcher NNP
        1 ROOT VERB telephone VBD
        1 dobj PROPN Kohl NNP
        1 punct PUNCT , ,
        1 advcl VERB ask VBG
        4 dobj PRON he PRP
        7 aux PART to TO
        4 xcomp VERB veto VB
        7 dobj PRON it PRP
    """, ("Thatcher", "ask", "Kohl")),
    ("Mubarak received Arafat in Cairo and praised him", """
        1 nsubj PROPN Mubarak NNP
        1 ROOT VERB receive VBD
        1 dobj PROPN Arafat NNP
        1 prep ADP in IN
        3 pobj PROPN Cairo NNP
        1 cc CCONJ and CC
        1 conj VERB praise VBD
        6 dobj PRON he PRP
    """, ("Mubarak", "praise", "Arafat")),
]


@pytest.mark.parametrize(("sentence", "rows", "wanted"), _ADJUNCT_PRONOUNS,
                         ids=[r[0][:24] for r in _ADJUNCT_PRONOUNS])
def test_an_adjunct_pronoun_object_is_not_the_clause_subject(sentence, rows, wanted):
    found = _triples(parse(sentence, rows, ents=_PEOPLE))
    assert wanted in found, sorted(found)
    subject, verb, _ = wanted
    assert (subject, verb, subject) not in found
    # the pronoun is not the subject's either way round: no reading of it as the doer
    assert not any(s == subject and v != "meet" and o == subject for s, v, o in found)


def test_a_pronoun_of_an_adjunct_with_a_subject_of_its_own_is_left_alone():
    # "..., with Kohl urging him": the adjunct has its own subject; "him" may be Reagan
    doc = parse("Reagan met Thatcher , Kohl urging him to leave", """
        1 nsubj PROPN Reagan NNP
        1 ROOT VERB meet VBD
        1 dobj PROPN Thatcher NNP
        1 punct PUNCT , ,
        5 nsubj PROPN Kohl NNP
        1 advcl VERB urge VBG
        5 dobj PRON he PRP
        8 aux PART to TO
        5 xcomp VERB leave VB
    """, ents=_PEOPLE)
    assert ("Kohl", "urge", "Reagan") in _triples(doc)


# ---- "him" / "her" of an adjunct: the person the act was done to ----------------------

_ACTED_ON = [
    ("Police released a suspect without charging him", """
        1 nsubj NOUN police NNS
        1 ROOT VERB release VBD
        3 det DET a DT
        1 dobj NOUN suspect NN
        1 prep ADP without IN
        4 pcomp VERB charge VBG
        5 dobj PRON he PRP
    """, ("police", "charge", "suspect")),
    ("Chirac fired Kohl , replacing him", """
        1 nsubj PROPN Chirac NNP
        1 ROOT VERB fire VBD
        1 dobj PROPN Kohl NNP
        1 punct PUNCT , ,
        1 advcl VERB replace VBG
        4 dobj PRON he PRP
    """, ("Chirac", "replace", "Kohl")),
    ("Police detained Kohl after questioning him", """
        1 nsubj NOUN police NNS
        1 ROOT VERB detain VBD
        1 dobj PROPN Kohl NNP
        1 prep ADP after IN
        3 pcomp VERB question VBG
        4 dobj PRON he PRP
    """, ("police", "question", "Kohl")),
]


@pytest.mark.parametrize(("sentence", "rows", "wanted"), _ACTED_ON,
                         ids=[r[0][:24] for r in _ACTED_ON])
def test_him_of_an_adjunct_is_whom_the_act_was_done_to(sentence, rows, wanted):
    found = _triples(parse(sentence, rows, ents=_PEOPLE))
    assert wanted in found, sorted(found)


def test_guard_her_is_not_a_man_the_act_was_done_to():
    # "Helmut" says a man: no "her"
    doc = parse("Mubarak received Helmut Kohl , praising her", """
        1 nsubj PROPN Mubarak NNP
        1 ROOT VERB receive VBD
        3 compound PROPN Helmut NNP
        1 dobj PROPN Kohl NNP
        1 punct PUNCT , ,
        1 advcl VERB praise VBG
        5 dobj PRON she PRP
    """, ents={"Mubarak": "PERSON", "Helmut Kohl": "PERSON"})
    assert not any(t.relation.lemma == "praise" and t.object.label == "Helmut Kohl"
                   for t in extract_doc(doc, Article("t", doc.text)).triples)


def test_guard_a_thing_is_not_them():
    # "fired tear gas at protesters, dispersing them": not the gas
    doc = parse("Police fired gas at protesters , dispersing them", """
        1 nsubj NOUN police NNS
        1 ROOT VERB fire VBD
        1 dobj NOUN gas NN
        1 prep ADP at IN
        3 pobj NOUN protester NNS
        1 punct PUNCT , ,
        1 advcl VERB disperse VBG
        6 dobj PRON they PRP
    """)
    assert not any(t.object.label == "gas" for t in
                   extract_doc(doc, Article("t", doc.text)).triples)


# ---- a fronted perfect participle before a passive -------------------------------------

_PERFECT_BEFORE_PASSIVE = [
    ("Having criticised Gorbachev , Sakharov was freed by Chirac", """
        1 aux AUX have VBG
        6 advcl VERB criticise VBN
        1 dobj PROPN Gorbachev NNP
        6 punct PUNCT , ,
        6 nsubjpass PROPN Sakharov NNP
        6 auxpass AUX be VBD
        6 ROOT VERB free VBN
        6 agent ADP by IN
        7 pobj PROPN Chirac NNP
    """, ("Sakharov", "Gorbachev"), ("Chirac", "Gorbachev")),
    ("Having fled Manila , Marcos was charged by Aquino", """
        1 aux AUX have VBG
        6 advcl VERB flee VBN
        1 dobj PROPN Manila NNP
        6 punct PUNCT , ,
        6 nsubjpass PROPN Marcos NNP
        6 auxpass AUX be VBD
        6 ROOT VERB charge VBN
        6 agent ADP by IN
        7 pobj PROPN Aquino NNP
    """, ("Marcos", "Manila"), ("Aquino", "Manila")),
    ("Having attacked Arafat , Kohl was criticised by Thatcher", """
        1 aux AUX have VBG
        6 advcl VERB attack VBN
        1 dobj PROPN Arafat NNP
        6 punct PUNCT , ,
        6 nsubjpass PROPN Kohl NNP
        6 auxpass AUX be VBD
        6 ROOT VERB criticise VBN
        6 agent ADP by IN
        7 pobj PROPN Thatcher NNP
    """, ("Kohl", "Arafat"), ("Thatcher", "Arafat")),
]


@pytest.mark.parametrize(("sentence", "rows", "wanted", "unwanted"), _PERFECT_BEFORE_PASSIVE,
                         ids=[r[0][:24] for r in _PERFECT_BEFORE_PASSIVE])
def test_a_fronted_perfect_participle_before_a_passive_is_its_written_subject(
        sentence, rows, wanted, unwanted):
    doc = parse(sentence, rows, ents={**_PEOPLE, "Manila": "GPE"})
    found = {(t.subject.text, t.object.text) for t in all_triples(doc)
             if t.predicate.i == 1}
    assert wanted in found and unwanted not in found, found


def test_guard_a_fronted_perfect_participle_before_an_active_clause():
    doc = parse("Having invaded Kuwait , Iraq annexed it", """
        1 aux AUX have VBG
        5 advcl VERB invade VBN
        1 dobj PROPN Kuwait NNP
        5 punct PUNCT , ,
        5 nsubj PROPN Iraq NNP
        5 ROOT VERB annex VBD
        5 dobj PRON it PRP
    """, ents={"Kuwait": "GPE", "Iraq": "GPE"})
    assert ("Iraq", "Kuwait") in {(t.subject.text, t.object.text) for t in all_triples(doc)
                                  if t.predicate.i == 1}


# ---- through the model ---------------------------------------------------------------

TABLE = {
    "an adjunct's pronoun object is not the clause's subject": [
        ("Reagan met Gorbachev in Reykjavik, urging him to accept deep cuts in missiles.",
         [("Reagan", "urge", "Gorbachev", False, False)], [("Reagan", "Reagan")]),
        ("Thatcher telephoned Reagan on Monday, asking him to veto the trade bill.",
         [("Thatcher", "ask", "Reagan", False, False),
          ("Reagan", "veto", "trade bill", False, True)], [("Thatcher", "trade bill")]),
        ("Reagan met Gorbachev and urged him to accept deep cuts.",
         [("Reagan", "urge", "Gorbachev", False, False)], [("Reagan", "deep cuts")]),
    ],
    "guard: a pronoun the clause's subject may be": [
        ("Britain expelled the Libyan envoy, saying he had spied on exiles.",
         [], []),
        ("Gorbachev met Reagan in Geneva, bringing his wife Raisa.",
         [("Gorbachev", "meet", "Reagan", False, False)], []),
    ],
    "him or her of an adjunct is whom the act was done to": [
        ("Italian police arrest two Albanian nationals suspected of stealing a painting, but "
         "release a Romanian suspect without charging him.",
         [("Italy", "charge", "Romanian suspect", True, False)], []),
        ("Britain expelled the Soviet envoy after questioning him about the spy ring.",
         [("United Kingdom", "question", "Soviet envoy", False, False)], []),
        ("Biden spoke on Tuesday. Trump fired Comey, replacing him with Wray.",
         [("Trump", "replace", "Comey", False, False)], [("Trump", "Joe Biden")]),
    ],
    "a fronted perfect participle before a passive is its subject's": [
        ("Having criticized the Kremlin for years, Sakharov was freed by Gorbachev in 1986.",
         [("Sakharov", "criticize", "Kremlin", False, False)], [("Gorbachev", "Kremlin")]),
        ("Having fled to Hawaii, Marcos was indicted by a New York court for racketeering.",
         [("Marcos", "flee to", "Hawaii", False, False)], [("New York court", "Hawaii")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(TABLE))
def test_participle_participants_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
