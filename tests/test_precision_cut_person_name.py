"""A person's name the NER cut before its surname ("Maria Corina" of "Maria Corina
Machado") runs on to the untyped capitalised word its words modify: otherwise the role
before it swallows the name into a concept ("opposition leader Maria Corina Machado") or the
owner of the role stands for the person ("Venezuela's opposition leader" -> Venezuela, a
wrong scope of a name)."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

CUT_NAME = {
    "a person's name cut before its surname": [
        ("Opposition leader Maria Corina Machado called for protests in Caracas.",
         [("Maria Corina Machado", "call for", "protests", False, False)],
         [("opposition leader Maria Corina Machado", "protests")]),
        ("Colombian senator Maria Fernanda Cabal accused Gustavo Petro of lying.",
         [("Maria Fernanda Cabal", "accuse", "Gustavo Petro", False, False)],
         [("Colombian senator Maria Fernanda Cabal", "Gustavo Petro")]),
        ("Venezuela's opposition leader Maria Corina Machado accused Maduro of fraud.",
         [("Maria Corina Machado", "accuse", "Maduro", False, False)],
         [("Venezuela", "Maduro")]),
    ],
    "guards: whole names stay as they are": [
        ("Prosecutors charged Maria Corina Machado with treason.",
         [("prosecutors", "charge", "Maria Corina Machado", False, False)], []),
        ("Labour leader Keir Starmer criticised Rishi Sunak.",
         [("Keir Starmer", "criticise", "Rishi Sunak", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CUT_NAME))
def test_cut_person_name(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
