"""Who acts, and how sure, in one-sentence news (session 48, paraphrases).

* an official body's head with the kind word of a CAMEO agent phrase of a state body right
  before it is a body of that kind, which acts (:func:`~extract.vague.official_body`, through
  :func:`~extract.dictionary.official_kind` and ``[official_body_heads]``): the agent
  dictionary lists "electoral commission" and "intelligence bureau", so "the electoral
  bureau", "the electoral authority" and "the intelligence directorate" did what the
  sentence says, as "the electoral commission" does; before, such a subject was dropped as
  an anaphor that found no antecedent, or as a thing too vague to act. A bare "the
  authority" still points back, and a kind word of another sector ("news agency", "tourism
  office") makes no official body. A body's "over" phrase says why it acted, not which
  body it is, and stays out of its label (:func:`~extract.actors.concept_complement`):
  "disqualified by the electoral authority over campaign irregularities" is the
  "electoral authority" (but "sovereignty over Taiwan" keeps its complement);
* an organisation the actor dictionaries list only with its "the" ("the islamic state")
  is listed under the rest of its words too, as names are looked up without "the"
  (:func:`~extract.dictionary._actors`); and a listed organisation's name the NER cut
  after a nationality or religion word it typed NORP ("Islamic" NORP, "State" untyped) is
  one organisation (:func:`~extract.hygiene._nationality_cut_name`): "Islamic State denied
  attacking a Sufi shrine" is the group's denial, not the concept "Islamic State" dropped
  beside an unnamed object; "Islamic scholars", "Shiite Muslims" stay as they were;
* a relation through the indefinite event noun an intending verb takes, to a phrase of the
  noun's own, is as intended as the noun (:func:`~extract.pipeline._intended_event`):
  "Russia plans a fresh offensive in Zaporizhzhia region" is Russia "plan offensive in"
  Zaporizhzhia, hedged like Russia "plan" offensive; a launched offensive, or a definite one
  ("planned the raid in Jenin": it happened), is stated.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

OFFICIAL_BODIES = {
    "kind word of an official body": [
        ("Moldova's electoral bureau barred the Chance party from Sunday's election.",
         [("Moldova's electoral bureau", "bar", "Chance party", False, False)], []),
        ("The electoral authority disqualified Calin Popescu on Friday, citing irregularities "
         "in his campaign.",
         [("electoral authority", "disqualify", "Calin Popescu", False, False)], []),
        ("Protests broke out on Monday. The intelligence directorate arrested Ahmed Yusuf in "
         "Mogadishu.",
         [("intelligence directorate", "arrest", "Ahmed Yusuf", False, False)], []),
    ],
    "a body's 'over' phrase out of its label": [
        ("Calin Popescu, disqualified by the electoral authority over campaign irregularities, "
         "said he would appeal.",
         [("electoral authority", "disqualify", "Calin Popescu", False, False)], []),
        ("Ana Petrescu, barred by the election commission over forged signatures, called for "
         "protests.", [("election commission", "bar", "Petrescu", False, False)], []),
        ("China claims sovereignty over Taiwan.",
         [("China", "claim", "sovereignty over Taiwan", False, False)], []),
    ],
    "guard: a bare body or another sector's": [
        ("Prices rose on Monday. The authority fined Meridian Bank.",
         [], [("authority", "Meridian Bank")]),
        ("The news agency interviewed Ana Petrescu on Monday.",
         [], [("news agency", "Ana Petrescu")]),
        ("Markets fell on Monday. The tourism office welcomed Ana Petrescu.",
         [], [("tourism office", "Ana Petrescu")]),
    ],
}

CUT_NAMES = {
    "a listed group's name cut after a nationality word": [
        ("Islamic State denied attacking a Sufi shrine in Sehwan, the group's news agency "
         "said.", [("Islamic State", "attack", "Sufi shrine", True, False)], []),
        ("Islamic State fighters ambushed an army convoy near Palmyra on Sunday.",
         [("Islamic State", "ambush", "army convoy", False, False)], []),
        ("Islamic State militants kidnapped 20 Yazidi women near Sinjar.",
         [("Islamic State", "kidnap", "20 Yazidi women", False, False)], []),
    ],
    "guard: no organisation listed": [
        ("Islamic scholars condemned the attack on the mosque.",
         [("Islamic scholars", "condemn attack", "mosque", False, False)], []),
        ("Shiite Muslims marched to the Iraqi parliament.",
         [("Shiite Muslims", "march to", "Iraq", False, False)], []),
    ],
}

INTENDED_THROUGH_NOUN = {
    "a phrase of the intended event noun": [
        ("Russia plans a fresh offensive in Zaporizhzhia region, Ukrainian officials said.",
         [("Russia", "plan", "fresh offensive", False, True),
          ("Russia", "plan in", "Zaporizhzhia", False, True)], []),
        ("Israel is considering a ground operation in Jenin.",
         [("Israel", "consider", "ground operation", False, True),
          ("Israel", "consider in", "Jenin", False, True)], []),
        ("Israel plans a ground offensive in Rafah.",
         [("Israel", "plan in", "Rafah", False, True)], []),
    ],
    "guard: launched, or presupposed": [
        ("Russia launched a fresh offensive in Zaporizhzhia region on Monday.",
         [("Russia", "launch in", "Zaporizhzhia", False, False)], []),
        ("Israel planned the raid in Jenin for weeks.",
         [("Israel", "plan in", "Jenin", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent",
                         cases(OFFICIAL_BODIES, CUT_NAMES,
                               INTENDED_THROUGH_NOUN))
def test_bodies_names_and_intended_phrases(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


def test_a_listed_name_with_the_is_found_without_it():
    """The dictionaries' "the islamic state" is found as "Islamic State" (a one-word rest,
    "the avengers", is not listed under "avengers")."""
    from actorgraph.extract.dictionary import listed_organisation, lookup

    assert listed_organisation("Islamic State")
    assert lookup("Islamic State").canonical == "Islamic State"
    assert lookup("Avengers") is None
