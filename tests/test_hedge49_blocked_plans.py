"""Session 49's flags: the act of a plan or decision that was blocked stays a plan.

- the infinitive of a decision, move, deal or plan ([intention_nouns], [plan_nouns]) that
  is the object of a verb that stops a measure from being adopted ([text_killing_verbs]:
  "block", "veto", "reject", "vote down", "withdraw") is hedged, as "vetoed the planned
  takeover of X" already is (:func:`extract.context.blocked_plan`): "Greece blocked an EU
  decision to lift sanctions on Turkey" does not say the sanctions were lifted, only that
  the EU meant to (before, "decision to lift" was stated; the annotated event summaries
  list such an act as hedged). Not negated: a blocked plan may pass later. Guards: a
  decision not blocked ("did not block the EU decision to impose tariffs", "welcomed the
  EU decision to impose sanctions") stays stated, and the blocking itself is stated.

All sentences are written for these tests, not taken from any data file.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

BLOCKED = {
    "the infinitive of a blocked decision or move is hedged": [
        ("Greece blocked an EU decision to lift sanctions on Turkey.",
         [("Greece", "block", "European Union decision", False, False),
          ("European Union", "decision to lift", "sanctions", False, True),
          ("European Union", "decision to lift on", "Turkey", False, True)], []),
        ("Israel's Supreme Court blocked the government's decision to deport Eritrean "
         "migrants to Rwanda.",
         [("Israel", "decision to deport", "Eritrean migrants", False, True),
          ("Israel", "decision to deport to", "Rwanda", False, True)], []),
        ("Slovakia rejected a NATO move to station troops in Hungary.",
         [("Slovakia", "reject", "NATO move", False, False),
          ("NATO", "move to station", "troops", False, True),
          ("NATO", "move to station in", "Hungary", False, True)], []),
    ],
    "guard: a decision not blocked stays stated": [
        ("France did not block the EU decision to impose tariffs on China.",
         [("France", "block", "European Union decision", True, False),
          ("European Union", "decision to impose on", "China", False, False)], []),
        ("Washington welcomed the EU decision to impose sanctions on Iran.",
         [("Washington", "welcome", "European Union decision", False, False),
          ("European Union", "decision to impose on", "Iran", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(BLOCKED))
def test_blocked_plans(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
