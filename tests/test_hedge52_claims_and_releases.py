"""Who a claim is about, and whom a release is asked for (session 52).

- the subject pronoun of the "that" clause of a claim noun ([claim_nouns]: "allegations",
  "claims", "reports") hung by a preposition of [grounds_preps] ("over", "amid", "after")
  on an act with one named direct object that agrees with it stands for that object, not
  for the act's subject: "Ramaphosa dismissed Ngcobo over allegations that *he* shielded a
  drug syndicate" is Ngcobo shielding it, hedged (:meth:`extract.coref.Coreference.
  _claimed_of`). Guards: an act on a thing leaves the pronoun to the subject ("Ruto
  cancelled the Adani contract amid claims that he had snubbed Odinga"); the act itself
  stays stated.

All sentences are written for these tests, not taken from any data file.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

CLAIMED_OF = {
    "the one acted on is who the claim is about": [
        ("South African President Cyril Ramaphosa dismissed Police Minister Thabo Ngcobo "
         "over allegations that he shielded a Durban drug syndicate.",
         [("Thabo Ngcobo", "shield", "Durban drug syndicate", False, True),
          ("Cyril Ramaphosa", "dismiss", "Thabo Ngcobo", False, False)],
         [("Cyril Ramaphosa", "Durban drug syndicate")]),
        ("Peruvian President José Jerí fired Interior Minister Carlos Malaver amid claims "
         "that he protected the Tren de Aragua gang.",
         [("Carlos Malaver", "protect", "Tren de Aragua", False, True)],
         [("José Jerí", "Tren de Aragua")]),
        ("Nigerian President Bola Tinubu suspended Defence Minister Aliyu Musa after reports "
         "that he had armed the Ansaru militia.",
         [("Aliyu Musa", "arm", "Ansaru", False, True)],
         [("Bola Tinubu", "Ansaru")]),
        ("Lula said he fired General Augusto Heleno after reports that he had met Jair "
         "Bolsonaro.",
         [("Augusto Heleno", "meet", "Jair Bolsonaro", False, True)],
         [("Lula", "Jair Bolsonaro")]),
    ],
    "guard: an act on a thing": [
        ("President William Ruto cancelled the Adani contract amid claims that he had "
         "snubbed Raila Odinga.",
         [("William Ruto", "snub", "Raila Odinga", False, True)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(CLAIMED_OF))
def test_a_claim_is_about_the_one_acted_on(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
