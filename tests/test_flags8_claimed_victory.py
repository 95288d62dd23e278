"""A claimed victory is only a claimed win: "Maduro claimed victory in the presidential
election" gives a hedged Maduro -win-> presidential election (the claim itself stays
stated: "claim victory"); so does "declared victory in". Not a victory "in" a place ("claimed
victory in Gaza"), nor a claim denied (extract/rules/verbal.py ``_claimed_victory``)."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def flags(doc):
    return {(t.subject.text, t.lemma, t.object.text, t.negated, t.hedged)
            for t in all_triples(doc)}


_ENTS = {"Maduro": "PERSON", "Gaza": "GPE", "Likud": "ORG"}


def test_a_claimed_victory_in_an_election_is_a_hedged_win():
    doc = parse("Maduro claimed victory in the election", """
        1 nsubj PROPN Maduro NNP
        1 ROOT VERB claim VBD
        1 dobj NOUN victory NN
        2 prep ADP in IN
        5 det DET the DT
        3 pobj NOUN election NN
    """, ents=_ENTS)
    assert ("Maduro", "win", "election", False, True) in flags(doc)


def test_the_in_phrase_hung_on_the_verb():
    doc = parse("Likud declared victory in the vote", """
        1 nsubj PROPN Likud NNP
        1 ROOT VERB declare VBD
        1 dobj NOUN victory NN
        1 prep ADP in IN
        5 det DET the DT
        3 pobj NOUN vote NN
    """, ents=_ENTS)
    assert ("Likud", "win", "vote", False, True) in flags(doc)


def test_a_victory_in_a_place_is_no_contest():
    doc = parse("Maduro claimed victory in Gaza", """
        1 nsubj PROPN Maduro NNP
        1 ROOT VERB claim VBD
        1 dobj NOUN victory NN
        2 prep ADP in IN
        3 pobj PROPN Gaza NNP
    """, ents=_ENTS)
    assert not any(lemma == "win" for _, lemma, *_ in flags(doc))


def test_a_denied_claim_claims_nothing():
    doc = parse("Maduro did not claim victory in the election", """
        3 nsubj PROPN Maduro NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB claim VB
        3 dobj NOUN victory NN
        4 prep ADP in IN
        7 det DET the DT
        5 pobj NOUN election NN
    """, ents=_ENTS)
    assert not any(lemma == "win" for _, lemma, *_ in flags(doc))


REAL_SENTENCES = {
    "a claimed victory": [
        ("Nicolas Maduro claimed victory in the presidential election.",
         [("Nicolas Maduro", "win", "presidential election", False, True),
          ("Nicolas Maduro", "claim", "victory", False, False)], []),
        ("The Georgian Dream party claims victory in Georgia's municipal elections.",
         [("Georgian Dream party", "win", "Georgia's municipal elections", False, True)], []),
    ],
    "guards": [
        ("Maduro did not claim victory in the election.", [], [("Maduro", "election")]),
        ("Maduro won the presidential election.",
         [("Maduro", "win", "presidential election", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
