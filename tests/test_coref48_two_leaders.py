""""The two leaders" are the two people named just before (session 48).

Summaries of a visit name the host and the guest, then tell the main event with a plural
description of the pair: "Ruto meets Abiy in Addis Ababa; the two leaders sign an
agreement". "Both countries", "the two companies" and "both sides" were read as the two
named before (:meth:`~extract.coref.Coreference.pair`), people were not, so the event
between them was a triple of the bare concept "leaders" and was dropped.

A plural head of :data:`~extract.lexicon.PAIR_PERSON_HEADS` (leaders, presidents,
ministers, men, ...) with "both" or "the two" now stands for the two people named in one
sentence just before, and a reciprocal act is each one's with the other (as for "both
sides"); of three people or more, which two is not said and nothing is read.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

TWO_LEADERS = {
    "the two people named just before": [
        ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis "
         "Ababa. The two leaders signed an agreement on a new railway.",
         [("William Ruto", "sign agreement", "Abiy Ahmed"),
          ("Abiy Ahmed", "sign agreement", "William Ruto")], []),
        ("Indian Prime Minister Narendra Modi hosted Japanese Prime Minister Shigeru Ishiba "
         "in New Delhi, where the two leaders held talks on defence cooperation.",
         [("Narendra Modi", "talk", "Shigeru Ishiba"),
          ("Shigeru Ishiba", "talk", "Narendra Modi")], []),
        ("Turkish President Recep Tayyip Erdogan received Iraqi Prime Minister Mohammed "
         "Shia al-Sudani in Ankara, and the two men signed a water-sharing agreement.",
         [("Recep Tayyip Erdogan", "sign agreement", "Mohammed Shia al-Sudani")], []),
    ],
    "guard: which two is not said, or no pair": [
        # three people named: no two of them
        ("Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier "
         "Milei and Chilean President Gabriel Boric in Brasilia. The two leaders signed a "
         "trade agreement.",
         [], [("Javier Milei", "Gabriel Boric"), ("Gabriel Boric", "Javier Milei"),
              ("leaders", "trade agreement")]),
        # "two leaders" with no "the" are new people
        ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis "
         "Ababa. Two opposition leaders signed a petition against the railway.",
         [], [("William Ruto", "petition"), ("Abiy Ahmed", "petition")]),
        # the countries' pair reading is unchanged
        ("Armenia and Azerbaijan held talks in Abu Dhabi, and both countries agreed to "
         "open the border.",
         [("Armenia", "agree to open", "border")], []),
    ],
}


@pytest.mark.parametrize("sentence,present,absent", cases(TWO_LEADERS))
def test_the_two_leaders(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
