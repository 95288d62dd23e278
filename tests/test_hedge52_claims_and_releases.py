"""Who a claim is about, and whom a release is asked for (session 52).

- the subject pronoun of the "that" clause of a claim noun ([claim_nouns]: "allegations",
  "claims", "reports") hung by a preposition of [grounds_preps] ("over", "amid", "after")
  on an act with one named direct object that agrees with it stands for that object, not
  for the act's subject: "Ramaphosa dismissed Ngcobo over allegations that *he* shielded a
  drug syndicate" is Ngcobo shielding it, hedged (:meth:`extract.coref.Coreference.
  _claimed_of`). Guards: an act on a thing leaves the pronoun to the subject ("Ruto
  cancelled the Adani contract amid claims that he had snubbed Odinga"); the act itself
  stays stated.
- a release asked for or brought about with a possessive pronoun is done to whom the
  pronoun stands for: the possessive of a noun of [release_nouns] is, as an object pronoun
  of [releasing_verbs] already was, what a verb of [seizing_verbs] took just before (also
  people of a named nation with no name of their own: "detained 17 Indian fishermen ...
  secure their release"; the one urging is no rival reading) (:meth:`extract.coref.
  Coreference._held`), and a verb of [securing_verbs] ("secure", "negotiate", "win") takes
  the possessor of its event noun as the one the event is done to, as "demand his release"
  already did (:mod:`extract.rules.verbal`): hedged when only urged, stated when done.
  Guards: a possessive of a noun that is no release ("secured his party's nomination")
  gives nothing to the one detained; "demanded his release" is as before.
- the charge or suspicion a sought or done act rests on is no one it is done to: a noun of
  [suspicion_nouns] after a preposition of [grounds_preps] on an event noun ("the
  extradition of X *on fentanyl charges*", "an investigation into Y *on money laundering
  charges*") is no target (:func:`extract.rules.base._grounds`), so "seeks the extradition of
  X on drug charges" is only sought of X, never of "drug charges". Guards: targets after
  "on" ("strikes on Hezbollah", "sanctions on Russia") and the one extradited stay.

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


RELEASE_OF_THE_HELD = {
    "a release urged or secured for the one taken": [
        ("Sri Lanka's navy detained 17 Indian fishermen near Jaffna on Tuesday. The Tamil "
         "Nadu government urged New Delhi to secure their release.",
         [("New Delhi", "release", "Indian fishermen", False, True)], []),
        ("Russia detained American journalist Evan Gershkovich in Yekaterinburg. The Wall "
         "Street Journal urged Washington to secure his release.",
         [("Washington", "release", "Evan Gershkovich", False, True)],
         [("Washington", "Wall Street Journal")]),
        ("Israel arrested Marwan Barghouti in Ramallah. Hamas called on Egypt to negotiate "
         "his release.",
         [("Egypt", "negotiate release", "Marwan Barghouti", False, True)], []),
        ("Russia detained Evan Gershkovich in March 2023. The United States secured his "
         "release in a prisoner swap.",
         [("United States", "release", "Evan Gershkovich", False, False)], []),
    ],
    "guard: no release, or one asked for as before": [
        ("Russia detained Evan Gershkovich in March 2023. President Joe Biden secured his "
         "party's nomination in June.",
         [("Russia", "detain", "Evan Gershkovich", False, False)],
         [("Joe Biden", "Evan Gershkovich")]),
        ("Israel arrested Marwan Barghouti in Ramallah. Hamas demanded his release.",
         [("Hamas", "demand release", "Marwan Barghouti", False, True)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(RELEASE_OF_THE_HELD))
def test_a_release_is_of_the_one_taken(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


GROUNDS_ARE_NO_TARGET = {
    "a charge the act rests on": [
        ("The United States will seek the extradition of Ovidio Guzmán on fentanyl charges.",
         [("United States", "seek extradition", "Ovidio Guzmán", False, True)],
         [("United States", "fentanyl charges")]),
        ("Mexico requested the extradition of Rafael Caro Quintero on murder charges.",
         [("Mexico", "request extradition", "Rafael Caro Quintero", False, True)],
         [("Mexico", "murder charges")]),
        ("Washington demands Assange's extradition on espionage charges.",
         [("Washington", "demand extradition", "Assange", False, True)],
         [("Washington", "espionage charges")]),
        ("The Justice Department launched an investigation into Binance on money laundering "
         "charges.",
         [], [("Justice Department", "money laundering charges")]),
    ],
    "guard: a target after 'on'": [
        ("Israel launched strikes on Hezbollah positions in the Bekaa Valley.",
         [("Israel", "strike", "Hezbollah positions", False, False)], []),
        ("The EU imposed sanctions on Russia over its invasion of Ukraine.",
         [("European Union", "impose sanction", "Russia", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(GROUNDS_ARE_NO_TARGET))
def test_a_charge_is_no_target(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
