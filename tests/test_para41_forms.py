"""One-sentence forms that still failed (session 41), found with the stress grid of
:mod:`tests.test_para41_grid`.

* a people or movement named in the plural after "the" that the NER typed as a person
  ("The Houthis denied that they had attacked ...") is a people, typed NORP as "the
  Kurds" is (:func:`~extract.hygiene._people_typed_person`), so "they" in the clause a
  verb of denial or saying reports stands for it and the negated triple is found.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_PEOPLES = {
    "a people named in the plural after 'the', typed as a person": [
        ("The Houthis denied on Tuesday that they had attacked the Galaxy Leader, saying "
         "the ship had been escorted away.",
         [("Houthis", "attack", "Galaxy Leader", True, False)], []),
        ("The Peshmergas said on Monday that they had captured Sinjar from the Islamic "
         "State.", [("Peshmergas", "capture", "Sinjar", False, False)], []),
        ("The Baluchis denied that they had kidnapped the Chinese engineers in Gwadar.",
         [("Baluchis", "kidnap", "Chinese engineers", True, False)], []),
        ("The Oromos denied that they had blocked the highway to Addis Ababa, blaming "
         "government troops.", [("Oromos", "block", "highway", True, False)], []),
        # guards: a person's name is no "they"; a plural name with no article is left
        ("Jim Adams denied that they had attacked Kidal.", [], [("Jim Adams", "Kidal")]),
        ("Mapuches denied that they had burned the trucks.", [], [("Mapuches", "trucks")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_PEOPLES))
def test_para41_forms(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
