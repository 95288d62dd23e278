"""An act rebutted by the one it was done to, told the right way round (session 44).

A verb of denying, contesting or settling (``[denial_verbs]``, ``[appealing_verbs]``,
``[settling_verbs]``) whose object is a noun of an act done to someone
(``[rebutted_nouns]``: an accusation, a charge, an allegation, a fine, a lawsuit, a case)
gave the reaction "Turkey -reject charge-> Greece", which reads as Turkey charging
Greece: the reversal of "Greece charged Turkey". The act is now given the right way round,
its author to the one who rebuts it (:func:`~extract.rules.verbal._rebutted_act`):
"Turkey rejected the charge" (Greece's) is Greece charge Turkey. A noun that names whom it
is aimed at, another ("the charges against Navalny") or the subject of its "that" clause
(which the nominal rule relates), keeps no such reading; a court that dismisses charges is
not accused; an offer or a proposal is no act done to the one who rejects it.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

REBUTTED = {
    "a charge, allegation or fine rebutted by the one it is done to": [
        ("Greece accused Turkey of violating its airspace. Turkey rejected the charge on "
         "Tuesday.",
         [("Greece", "charge", "Turkey", False, False)], [("Turkey", "Greece")]),
        ("Kraken denied the SEC's allegations.",
         [("SEC", "allege", "Kraken", False, False)], [("Kraken", "SEC")]),
        ("Meta will contest the Irish regulator's fine.",
         [("Irish regulator", "fine", "Meta", False, True)], [("Meta", "Irish regulator")]),
    ],
    "the accused named in a 'that' clause: the nominal rule's": [
        ("Caracas dismissed Colombia's accusation that Venezuela was harbouring guerrillas.",
         [("Colombia", "accuse", "Venezuela", False, False)], [("Caracas", "Colombia")]),
    ],
    "guard: aimed at another, or no act done to the rebutter": [
        ("Moscow rejected the charges by Washington against Navalny.",
         [("Washington", "charge", "Navalny", False, False),
          ("Moscow", "reject charge", "Washington", False, False)], [("Washington", "Moscow")]),
        ("Hamas rejected the proposal by Egypt.",
         [("Hamas", "reject proposal", "Egypt", False, False)], [("Egypt", "Hamas")]),
        ("A federal judge dismissed the charges by prosecutors.",
         [], [("prosecutors", "federal judge"), ("federal judge", "prosecutors")]),
        ("Ankara rejected accusations by Athens.",
         [("Athens", "accuse", "Ankara", False, False)], [("Ankara", "Athens")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(REBUTTED))
def test_rebutted_act_the_right_way_round(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
