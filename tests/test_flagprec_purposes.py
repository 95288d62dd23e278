"""A purpose infinitive of protest or demand on a stated act is itself stated: the march,
rally or blockade performs it ("thousands of workers blocked a highway to demand unpaid
wages" demanded them; ``[expressive_purposes]``). Other purposes stay unasserted ("sent
troops to protect X"), and so does a protest purpose of an act that is future, modal or
negated ("will march on Brussels to protest X"; "did not march to protest X" says no one
protests at all)."""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, index of the purpose verb, hedged)
_CLAUSES = [
    ("Workers blocked roads to demand wages", """
        1 nsubj NOUN worker NNS
        1 ROOT VERB block VBD
        1 dobj NOUN road NNS
        4 aux PART to TO
        1 advcl VERB demand VB
        4 dobj NOUN wage NNS
    """, 4, False),
    ("Students rally to denounce the coup", """
        1 nsubj NOUN student NNS
        1 ROOT VERB rally VBP
        3 aux PART to TO
        1 advcl VERB denounce VB
        5 det DET the DT
        3 dobj NOUN coup NN
    """, 3, False),
    # guards: another purpose; a future act; a negated act
    ("Israel sent troops to protect Eilat", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB send VBD
        1 dobj NOUN troop NNS
        4 aux PART to TO
        1 advcl VERB protect VB
        4 dobj PROPN Eilat NNP
    """, 4, True),
    ("Farmers will march to protest the deal", """
        2 nsubj NOUN farmer NNS
        2 aux AUX will MD
        2 ROOT VERB march VB
        4 aux PART to TO
        2 advcl VERB protest VB
        6 det DET the DT
        4 dobj NOUN deal NN
    """, 4, True),
    ("Farmers did not march to protest the deal", """
        3 nsubj NOUN farmer NNS
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB march VB
        5 aux PART to TO
        3 advcl VERB protest VB
        7 det DET the DT
        5 dobj NOUN deal NN
    """, 5, True),
]


@pytest.mark.parametrize(("text", "rows", "verb", "hedged"), _CLAUSES,
                         ids=[c[0] for c in _CLAUSES])
def test_expressed_purpose(text, rows, verb, hedged):
    assert modality(parse(text, rows)[verb]).hedged is hedged


PURPOSES = {
    "a protest or demand that a stated act performs is stated": [
        ("Thousands of garment workers blocked a major highway outside Dhaka on Monday to "
         "demand unpaid wages.",
         [("garment workers", "demand", "unpaid wages", False, False)], []),
        ("Farmers marched on Brussels to protest the trade deal with Mercosur.",
         [("Farmers", "protest deal", "Mercosur", False, False)], []),
        ("Students rally in Yangon to denounce the military coup.",
         [("students", "denounce", "military coup", False, False)], []),
    ],
    "guards: another purpose, a future or negated act": [
        ("Israel sent troops to protect the embassy of Egypt.",
         [("Israel", "protect", "Egypt", False, True)], []),
        ("Farmers will march on Brussels to protest the trade deal with Mercosur.",
         [("Farmers", "protest deal", "Mercosur", False, True)], []),
        # the purpose of an act not done is no act of the subject's at all (no triple;
        # judged partly when kept hedged, wire sheet 29: tests/test_precision_purpose_doer.py)
        ("Farmers did not march on Brussels to protest the trade deal with Mercosur.",
         [], [("farmers", "Mercosur"), ("Farmers", "Mercosur")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(PURPOSES))
def test_expressed_purposes(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
