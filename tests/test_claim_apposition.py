"""'X accuses Y of V-ing Z, a charge Y denies': the claim noun after the comma names the
statement before it; its denial disputes the claim (the act alleged stays hedged, not
negated, as the annotated summaries list it: tests/test_denied_claim_labels.py), never the
accusation, and the noun is no object of the accusation (tests/constructions.py harness)."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

CLAIM_AFTER_COMMA = {
    # the parser made the denial the sentence's root and the accusation its complement
    "a claim noun with its denier after the statement": [
        ('Lithuania accuses Minsk of using the balloons in a "hybrid attack", a charge '
         "Belarus denies.",
         [("Lithuania", "accuse", "Minsk", False, False),
          ("Minsk", "use", "balloons", True, True)], []),
        ("The EU accused China of dumping steel, a charge Beijing has repeatedly denied.",
         [("European Union", "accuse", "China", False, False),
          ("China", "dump", "steel", True, True)], []),
        ("Turkey accused Greece of harbouring coup plotters, a charge Athens has denied.",
         [("Turkey", "accuse", "Greece", False, False)], []),
    ],
    # the parser made the claim noun an object or an object's apposition
    "a claim noun is no object": [
        ('Israel accuses Hamas of hiding weapons in "civilian areas", a claim the group '
         "rejects.",
         [("Israel", "accuse", "Hamas", False, False)], [("Israel", "claim")]),
        ("The United States accuses Iran of arming the Houthis, a claim Tehran denies.",
         [("Iran", "arm", "Houthis", True, True)], [("Tehran", "Houthis")]),
        ("Pakistan accused India of backing the BLA, an accusation New Delhi rejects.",
         [("India", "back", "BLA", False, True)], [("India", "New Delhi")]),
    ],
    "guards": [
        ("Moscow denies that its forces shelled Kharkiv.",
         [("Moscow", "shell", "Kharkiv", True, False)], []),
        ("Azerbaijan denies shelling Stepanakert.",
         [("Azerbaijan", "shell", "Stepanakert", True, False)], []),
        ("Kenya made an allegation against Somalia.",
         [("Kenya", "make allegation", "Somalia", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CLAIM_AFTER_COMMA))
def test_a_claim_after_the_comma(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
