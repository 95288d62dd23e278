"""A denied intent (session 46).

* A gerund of :data:`~extract.lexicon.INTENT_VERBS` under a verb of
  :data:`~extract.lexicon.DENIAL_VERBS` ("Moscow denied planning to attack Kyiv", "Minsk
  denies preparing to attack Lithuania", "denied plotting to kill X"; the parse often makes
  the gerund the denial's object) gave no triple: the chain from the infinitive up to the
  denial passes through a verb of intent, which is no verb an act passes through
  (:func:`~extract.rules.complements._plain_complement`). The intent is now the
  relation's matrix and its subject the denier's: a negated, hedged "plan to attack"
  (:func:`~extract.rules.complements._denied_intent`), as "denied that it was planning
  to attack X" already gave. A denial that is negated or left open denies nothing.
* "Venezuela denied having plans to invade Guyana", "denies having any intention of
  V-ing" were hedged only: a gerund holding an intention noun under a denial is denied
  (:func:`~extract.rules.complements._denial_of_holding`); "did not deny having plans to"
  and "neither confirmed nor denied having plans to" leave the plans open (hedged; the
  first was negated before), and "denied having no plans to" is a double negation.
Guards: a stated plan, a denied attempt ("denied trying to kill X": the killing,
negated), "has no plans to", "denied any plans to".
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

DENIED_INTENT = {
    "'X denied planning / preparing / plotting to V Y'": [
        ("Moscow denied planning to attack Kyiv.",
         [("Moscow", "plan to attack", "Kyiv", True, True)], []),
        ("Minsk denied preparing to attack Lithuania.",
         [("Minsk", "prepare to attack", "Lithuania", True, True)], []),
        ("Iran denied plotting to kill Donald Trump.",
         [("Iran", "plot to kill", "Donald Trump", True, True)], []),
        ("Venezuela denied intending to invade Guyana.",
         [("Venezuela", "intend to invade", "Guyana", True, True)], []),
    ],
    "'X denied having plans / any intention to V Y'": [
        ("Venezuela denied having plans to invade Guyana.",
         [("Venezuela", "plan to invade", "Guyana", True, False)], []),
        ("Caracas denied having any intention of invading Guyana.",
         [("Caracas", "intention to invade", "Guyana", True, False)], []),
        ("Turkey has denied having plans to attack Kurdish forces in Kobane.",
         [("Turkey", "plan to attack", "Kurdish forces", True, False)], []),
    ],
    "guard: a denial negated or left open denies nothing": [
        ("Venezuela did not deny having plans to invade Guyana.",
         [("Venezuela", "plan to invade", "Guyana", False, True)], []),
        ("Venezuela neither confirmed nor denied having plans to invade Guyana.",
         [("Venezuela", "plan to invade", "Guyana", False, True)], []),
        ("Venezuela denied having no plans to invade Guyana.",
         [("Venezuela", "plan to invade", "Guyana", False, True)], []),
        ("Moscow did not deny planning to attack Kyiv.", [], [("Moscow", "Kyiv")]),
    ],
    "guard: stated plans, a denied attempt, 'no plans', 'denied any plans'": [
        ("Russia planned to attack Kyiv.",
         [("Russia", "plan to attack", "Kyiv", False, True)], []),
        ("Venezuela has plans to invade Guyana.",
         [("Venezuela", "plan to invade", "Guyana", False, True)], []),
        ("Russia denied trying to kill Zelensky.",
         [("Russia", "kill", "Zelensky", True, False)], []),
        ("Apple has no plans to acquire Perplexity.",
         [("Apple", "plan to acquire", "Perplexity", True, False)], []),
        ("Venezuela denied any plans to invade Guyana.",
         [("Venezuela", "plan to invade", "Guyana", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(DENIED_INTENT))
def test_denied_intent(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
