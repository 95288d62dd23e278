"""Acts only moved or campaigned for (session 48).

* a motion is its movers' bid and a campaign its campaigners' (``motion``, ``campaign``
  among :data:`~extract.lexicon.INTENTION_NOUNS`): "the opposition will file a motion to
  impeach X" is the opposition "impeach" X, hedged, as "launched a bid to oust X" is; the
  verbs that put a motion forward ("file", "lodge", "introduce", "move") hold it, as
  "table" and "submit" do (:data:`~extract.lexicon.HOLDING_VERBS`); the relation is
  "motion to impeach", "campaign to discredit" (the intention noun kept, as in "bid to
  oust");
* not a petition, which asks someone else to act ("filed a petition to ban the party":
  the court would ban it); an act stated in the same frame stays stated ("Parliament
  impeached X after a motion by Y"), and a motion that failed did not do its act.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

MOTIONS = {
    "a motion filed, lodged or introduced": [
        ("Opposition lawmakers in Nairobi will file a motion to impeach President William "
         "Ruto next week.",
         [("opposition lawmakers in Nairobi", "motion to impeach", "William Ruto", False,
           True)], []),
        ("The Liberal Democrats lodged a motion to censure Prime Minister Rishi Sunak on "
         "Tuesday.",
         [("Liberal Democrats", "motion to censure", "Rishi Sunak", False, True)], []),
        ("Senator Elena Ruiz introduced a motion to expel Senator Marco Diaz from the "
         "chamber.",
         [("Elena Ruiz", "motion to expel", "Marco Diaz", False, True)], []),
    ],
    "a campaign launched": [
        ("The Kremlin launched a campaign to discredit Alexei Navalny before the vote.",
         [("Kremlin", "campaign to discredit", "Alexei Navalny", False, True)], []),
        ("The Iraqi army launched a campaign to retake Mosul from the Islamic State.",
         [("Iraq", "campaign to retake", "Mosul", False, True)], []),
    ],
}

GUARDS = {
    "guard: an act stated in the same frame stays stated": [
        ("The Kenyan parliament impeached President William Ruto after a motion by the "
         "opposition.",
         [("Kenya", "impeach", "William Ruto", False, False)], []),
        ("The Liberal Democrats censured Prime Minister Rishi Sunak on Tuesday.",
         [("Liberal Democrats", "censure", "Rishi Sunak", False, False)], []),
    ],
    "guard: a petition asks someone else": [
        ("Lawmakers filed a petition to ban the Alternative for Germany party.",
         [], [("lawmakers", "Alternative for Germany")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(MOTIONS, GUARDS))
def test_motion_and_campaign_acts_are_hedged(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
