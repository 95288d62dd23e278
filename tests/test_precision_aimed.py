"""What was fired at someone is named in the "at" triple, whole (session 22).

"Kenyan police fired tear gas and live rounds at protesters" gave "fire | tear gas"
beside "fire gas at | protesters" (judged *partly* on audit sheet 12: the object is the
weapon, not the target), and "Chinese coast guard ships fired water cannon at two
Philippine supply boats" gave "fire cannon at" (sheets 9 and 10: "cannon" alone reads
as artillery). After a verb of aiming (``[aim_verbs]``) with an unnamed weapon and a
target after "at" that is no place, the "at" triple says what was fired and at whom,
so the weapon alone gives no triple; a noun compound names the weapon whole ("fire
water cannon at"). A place aimed at keeps the weapon's triple ("launched missiles at
Ukraine").
"""

from __future__ import annotations

import pytest

from tests.constructions import check_precision

CASES = {
    "the weapon aimed at someone is no second object": [
        ("Chinese coast guard ships fired water cannon at two Philippine supply boats.",
         [("Chinese coast guard ships", "fire water cannon at", "Philippine supply boats",
           False)],
         [("Chinese coast guard ships", "fire", "water cannon"),
          ("Chinese coast guard ships", "fire cannon at", "Philippine supply boats")]),
        ("Soldiers fired live rounds at stone-throwing youths in Hebron.",
         [("soldiers", "fire round at", "stone-throwing youths", False)],
         [("soldiers", "fire", "live rounds")]),
        ("Belarusian border guards fired water cannon at migrants on Monday.",
         [("Belarusian border guards", "fire water cannon at", "migrants", False)],
         [("Belarusian border guards", "fire", "water cannon")]),
    ],
    "guards: no target, or a place, keeps what was fired": [
        ("North Korea fired two ballistic missiles into the sea on Sunday.",
         [("North Korea", "fire", "ballistic missiles", False)], []),
        ("Iran launched missiles at Israel on Tuesday.",
         [("Iran", "launch", "missiles", False)], []),
        ("Serbia lifted a night curfew in Montenegro.",
         [("Serbia", "lift curfew in", "Montenegro", False)], []),
    ],
}


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         [case for cases in CASES.values() for case in cases],
                         ids=[f"{name}-{i}" for name, cases in CASES.items()
                              for i in range(len(cases))])
def test_aimed(extractor, text, wanted, unwanted):
    check_precision(extractor, text, wanted, unwanted)
