"""A "neither ... nor" coordination of verbs negates every member.

"India neither condemned nor supported the invasion", "Turkey neither condemned Russia nor
supported Ukraine", "Russia did not attack Kyiv, nor did it shell Kharkiv": none was done
(:func:`extract.rules.base._neither_nor`, read by :func:`extract.rules.base.is_negated`).
"Neither Russia nor Ukraine signed it" (the nouns) is read as before; what "neither
confirmed nor denied" leaves open stays hedged.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.rules.base import is_negated

from tests.constructions import cases, check_construction
from tests.docs import parse


def test_neither_and_nor_verbs_are_negated():
    doc = parse("Turkey neither condemned Russia nor supported Ukraine", """
        2 nsubj PROPN Turkey NNP
        2 preconj CCONJ neither CC
        2 ROOT VERB condemn VBD
        2 dobj PROPN Russia NNP
        2 cc CCONJ nor CC
        2 conj VERB support VBD
        5 dobj PROPN Ukraine NNP
    """)
    assert is_negated(doc[2])
    assert is_negated(doc[5])


def test_nor_with_its_own_clause():
    doc = parse("Russia did not attack , nor did it shell Kharkiv", """
        3 nsubj PROPN Russia NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB attack VB
        3 punct PUNCT , ,
        3 cc CCONJ nor CC
        8 aux AUX do VBD
        8 nsubj PRON it PRP
        3 conj VERB shell VB
        8 dobj PROPN Kharkiv NNP
    """)
    assert is_negated(doc[8])


def test_guard_and_or_but_do_not_negate():
    doc = parse("Turkey condemned Russia and supported Ukraine", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB condemn VBD
        1 dobj PROPN Russia NNP
        1 cc CCONJ and CC
        1 conj VERB support VBD
        4 dobj PROPN Ukraine NNP
    """)
    assert not is_negated(doc[1])
    assert not is_negated(doc[4])


_NEITHER_NOR = {
    "neither V nor V": [
        ("Turkey neither condemned Russia nor supported Ukraine.",
         [("Turkey", "condemn", "Russia", True, False),
          ("Turkey", "support", "Ukraine", True, False)], []),
        ("India neither condemned nor supported Russia's invasion of Ukraine.",
         [("India", "support", "Russia's invasion of Ukraine", True, False)], []),
        ("Russia did not attack Kyiv, nor did it shell Kharkiv.",
         [("Russia", "shell", "Kharkiv", True, False)], []),
    ],
    "guard: left open, or nouns": [
        ("Moscow neither confirmed nor denied that its jets bombed the hospital.",
         [("Moscow", "bomb", "hospital", False, True)], []),
        ("Neither Russia nor Ukraine signed the agreement.",
         [("Russia", "sign", "agreement", True, False)], []),
        ("Turkey condemned Russia and supported Ukraine.",
         [("Turkey", "support", "Ukraine", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_NEITHER_NOR))
def test_neither_nor_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
