"""A summary's present-tense verb parsed as a plural noun at the root, with the subject a
compound before it and the object in apposition after it, is the verb even when a verb
follows later in the sentence (a clause of its own): "Argentine President Javier Milei
fires Economy Minister Luis Caputo amid a currency crisis and names X to replace him"
(before, only a sentence with no verb at all was re-read). A verb before the root says the
root is no such verb."""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import repair_verbs

from tests.constructions import cases, check_construction
from tests.docs import parse

_ROWS = """
    1 compound PROPN Milei NNP
    1 ROOT NOUN fire NNS
    3 compound PROPN Minister NNP
    1 appos PROPN Caputo NNP
    1 prep ADP amid IN
    4 pobj NOUN crisis NN
    5 cc CCONJ and CC
    5 conj NOUN name NNS
    5 conj PROPN Bausili NNP
    10 aux PART to TO
    1 advcl VERB replace VB
    10 dobj PRON him PRP
"""


def test_a_root_noun_with_a_later_verb_is_the_summarys_verb():
    doc = parse("Milei fires Minister Caputo amid crisis and names Bausili to replace him", _ROWS,
                ents={"Milei": "PERSON", "Caputo": "PERSON", "Bausili": "PERSON"})
    repair_verbs(doc)
    assert (doc[1].pos_, doc[1].tag_) == ("VERB", "VBZ")
    assert (doc[0].dep_, doc[3].dep_) == ("nsubj", "dobj")


def test_without_a_later_verb_as_before():
    doc = parse("Ruto sacks Minister Kindiki", """
        1 compound PROPN Ruto NNP
        1 ROOT NOUN sack NNS
        3 compound PROPN Minister NNP
        1 appos PROPN Kindiki NNP
    """, ents={"Ruto": "PERSON", "Kindiki": "PERSON"})
    repair_verbs(doc)
    assert doc[1].pos_ == "VERB" and doc[3].dep_ == "dobj"


def test_a_verb_before_the_root_leaves_it_a_noun():
    doc = parse("Smith said Milei fires Minister Caputo", """
        3 nsubj PROPN Smith NNP
        3 parataxis VERB say VBD
        3 compound PROPN Milei NNP
        3 ROOT NOUN fire NNS
        5 compound PROPN Minister NNP
        3 appos PROPN Caputo NNP
    """, ents={"Smith": "PERSON", "Milei": "PERSON", "Caputo": "PERSON"})
    repair_verbs(doc)
    assert doc[3].pos_ == "NOUN" and doc[5].dep_ == "appos"


_SENTENCES = {
    "a summary's present verb read as a root noun, a verb later": [
        ("Argentine President Javier Milei fires Economy Minister Luis Caputo amid a currency "
         "crisis and names central bank governor Santiago Bausili to replace him.",
         [("Javier Milei", "fire", "Luis Caputo", False, False)], []),
        ("Peruvian President Dina Boluarte fires Interior Minister Victor Torres amid protests "
         "and names a police general to replace him.",
         [("Dina Boluarte", "fire", "Victor Torres", False, False)], []),
        ("A Cairo court sentences former President Mohamed Morsi to death.",
         [("Cairo court", "sentence", "Mohamed Morsi", False, False)], []),
        ("Opposition protests that began on Monday spread to three cities.", [], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
