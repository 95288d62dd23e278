"""A group owned by a possessive pronoun acts for the body it points to (session 22).

"Russia's defence ministry said its forces had hit military targets" gave the
subject "forces" (judged *partly* by both annotators of audit sheet 13, a tune-half
wire row: whose forces is lost). "its forces", "their fighters" act for their owner
as "Russian forces" or "Hamas fighters" do: the body that reports the group's deed
("Ukraine said its forces ..."), or the state of a state institution that reports it
("the Israeli military said its troops ..."), or else the pronoun's antecedent. A
state owns no armed group outside it ("Colombia said its rebels" stay rebels).
"""

from __future__ import annotations

import pytest

from tests.constructions import check_precision

CASES = {
    "a reported group's possessive points to the reporting body": [
        ("Ukraine said its forces had shot down 20 drones overnight.",
         [("Ukraine", "shoot", "drones", False)], [("forces", "shoot", "drones")]),
        ("Hamas said its fighters had ambushed an Israeli patrol near Khan Younis.",
         [("Hamas", "ambush", "Israeli patrol", False)],
         [("fighters", "ambush", "Israeli patrol")]),
        ("Acme Corp said its board had approved the sale of the Zenith unit.",
         [("Acme Corp", "approve", "sale of Zenith unit", False)],
         [("board", "approve", "sale of Zenith unit")]),
    ],
    "a state institution reports for its state": [
        ("Russia's defence ministry said its forces had captured two villages in the east.",
         [("Russia", "capture", "villages", False)], [("forces", "capture", "villages")]),
        ("The Israeli military said its troops killed five militants in Jenin.",
         [("Israel", "kill", "militants", False)], [("troops", "kill", "militants")]),
        ("The Sudanese army said its soldiers had retaken the Khartoum airport.",
         [("Sudan", "retake", "Khartoum airport", False)], []),
    ],
    "guards: a state owns no rebels; a person's troops are not a body's": [
        ("Colombia said its rebels freed six soldiers.", [],
         [("Colombia", "free", "soldiers")]),
        ("President Ruto said his troops had crossed into Somalia.", [],
         [("Kenya", "cross into", "Somalia")]),
        # a group acted on is those people, not their state
        ("Lithuania said it had expelled two of its diplomats after Belarus sent balloons.",
         [], [("Lithuania", "expel", "Belarus")]),
    ],
}


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         [case for cases in CASES.values() for case in cases],
                         ids=[f"{name}-{i}" for name, cases in CASES.items()
                              for i in range(len(cases))])
def test_pronoun_owner(extractor, text, wanted, unwanted):
    check_precision(extractor, text, wanted, unwanted)
