"""A nationality before a firm says where the firm comes from; it does not make the country
the owner whom a reaction is aimed at: "accused Japanese competitors of dumping" gave
"accuse competitor -> Japan" (a reaction to Japan). As for a private person ("a British
tourist"), only a noun that stands for the country ("the French proposal", "Syrian
troops") keeps its nationality as the owner."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_labels
from tests.docs import parse


def triples(doc):
    return {(t.subject.text, t.lemma, t.object.text, t.pattern) for t in all_triples(doc)}


#: (sentence, rows, entities, the nationality that must not be the owner)
_FIRMS = [
    ("Chrysler accused Japanese competitors", """
        1 nsubj PROPN Chrysler NNP
        1 ROOT VERB accuse VBD
        3 amod ADJ japanese JJ
        1 dobj NOUN competitor NNS
    """, {"Chrysler": "ORG", "Japanese": "NORP"}, "Japanese"),
    ("Ford criticised Korean exporters", """
        1 nsubj PROPN Ford NNP
        1 ROOT VERB criticise VBD
        3 amod ADJ korean JJ
        1 dobj NOUN exporter NNS
    """, {"Ford": "ORG", "Korean": "NORP"}, "Korean"),
    ("Paris condemned the German bank", """
        1 nsubj PROPN Paris NNP
        1 ROOT VERB condemn VBD
        4 det DET the DT
        4 amod ADJ german JJ
        1 dobj NOUN bank NN
    """, {"Paris": "GPE", "German": "NORP"}, "German"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "nationality"), _FIRMS)
def test_a_firms_nationality_is_not_reacted_to(sentence, rows, ents, nationality):
    found = triples(parse(sentence, rows, ents=ents))
    assert not any(p == "reaction" and o == nationality for _, _, o, p in found), found
    assert any(p == "svo" for *_, p in found), found


#: guards: the country stands behind the noun (sentence, rows, entities, owner)
_COUNTRY_NOUNS = [
    ("Britain rejected the French proposal", """
        1 nsubj PROPN Britain NNP
        1 ROOT VERB reject VBD
        4 det DET the DT
        4 amod ADJ french JJ
        1 dobj NOUN proposal NN
    """, {"Britain": "GPE", "French": "NORP"}, "French"),
    ("Turkey condemned Syrian troops", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB condemn VBD
        3 amod ADJ syrian JJ
        1 dobj NOUN troop NNS
    """, {"Turkey": "GPE", "Syrian": "NORP"}, "Syrian"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "owner"), _COUNTRY_NOUNS)
def test_a_country_noun_keeps_its_owner(sentence, rows, ents, owner):
    found = triples(parse(sentence, rows, ents=ents))
    assert any(p == "reaction" and o == owner for _, _, o, p in found), found


FOREIGN_FIRMS = {
    "a nationality before a firm is no owner reacted to": [
        ("Chrysler accused Japanese competitors of dumping cars in the United States.",
         [("Chrysler", "accuse", "Japanese competitors")], [("Chrysler", "Japan")]),
        ("Boeing blamed French competitors for the lost contract.",
         [("Boeing", "blame", "French competitors")], [("Boeing", "France")]),
        ("The AFL-CIO criticised Japanese rivals for cutting prices.",
         [("AFL-CIO", "criticise", "Japanese rivals")], [("AFL-CIO", "Japan")]),
        ("The European Commission condemned the Italian manufacturer over the emissions "
         "scandal.", [("European Commission", "condemn", "Italian manufacturer")],
         [("European Commission", "Italy")]),
    ],
    "guards: a noun that stands for its country": [
        ("Britain rejected the French proposal on fishing quotas.",
         [("United Kingdom", "reject proposal", "France")], []),
        # (the troops stand for Syria: "condemn" Syria says it; no "condemn troop" twin)
        ("Turkey condemned the Syrian troops after the shelling.",
         [("Turkey", "condemn", "Syria")], [("Turkey", "condemn troop", "Syria")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(FOREIGN_FIRMS))
def test_foreign_firms_on_the_model(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
