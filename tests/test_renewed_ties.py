"""A light verb that changes a standing tie keeps its place in the relation: "did not
renew its defence pact with France" was "Chad -pact-> France" negated, as if there had
never been a pact; now "renew pact" (negated). "launched / renewed attacks on X" still
names the attack alone (an action noun, no standing tie)."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from actorgraph.records import Article
from tests.constructions import cases, check_construction
from tests.docs import parse


def labels(doc):
    return {(t.subject.text, t.label, t.object.text, t.negated) for t in all_triples(doc)}


def test_not_renewed_pact_keeps_the_verb():
    doc = parse("Chad did not renew its pact with France", """
        3 nsubj PROPN Chad NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB renew VB
        5 poss PRON its PRP$
        3 dobj NOUN pact NN
        5 prep ADP with IN
        6 pobj PROPN France NNP
    """, ents={"Chad": "GPE", "France": "GPE"})
    found = labels(doc)
    assert ("Chad", "renew pact", "France", True) in found
    assert not any(label == "pact" for _, label, _, _ in found)


def test_deepened_alliance_keeps_the_verb():
    doc = parse("Poland deepened its alliance with Japan", """
        1 nsubj PROPN Poland NNP
        1 ROOT VERB deepen VBD
        3 poss PRON its PRP$
        1 dobj NOUN alliance NN
        3 prep ADP with IN
        4 pobj PROPN Japan NNP
    """, ents={"Poland": "GPE", "Japan": "GPE"})
    assert ("Poland", "deepen alliance", "Japan", False) in labels(doc)


def test_renewed_attacks_stay_the_attack():
    doc = parse("Hamas renewed attacks on Israel", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB renew VBD
        1 dobj NOUN attack NNS
        2 prep ADP on IN
        3 pobj PROPN Israel NNP
    """, ents={"Hamas": "ORG", "Israel": "GPE"})
    assert ("Hamas", "attack", "Israel", False) in labels(doc)


_TIES = {
    "renewed tie": [
        ("Chad's government does not renew its defence pact with France.",
         [("Chad", "pact", "France", True, False)], []),
        ("Japan renewed its trade agreement with Australia last year.",
         [("Japan", "agree", "Australia", False, False)], []),
        ("India strengthened its partnership with Brazil.",
         [("India", "partnership", "Brazil", False, False)], []),
    ],
}


def _labels(extractor, sentence):
    (result,) = extractor.extract([Article("t", sentence)])
    return {t.relation.label for t in result.triples}


@pytest.mark.model
@pytest.mark.parametrize("sentence, present, absent", cases(_TIES))
def test_renewed_ties_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
    verb = {"Chad's": "renew", "Japan": "renew", "India": "strengthen"}[sentence.split()[0]]
    assert any(label.startswith(verb) for label in _labels(extractor, sentence))


@pytest.mark.model
def test_guard_have_treaty_on_the_model(extractor):
    assert "treaty" in _labels(extractor, "Egypt has a peace treaty with Israel.")
