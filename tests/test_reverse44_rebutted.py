"""An act rebutted by the one it was done to, told the right way round (session 44).

A verb of denying or contesting (``[denial_verbs]``, ``[appealing_verbs]``) whose object
is a noun of an act done to someone (``[rebutted_nouns]``: an accusation, a charge, an
allegation, a fine, a lawsuit, a case) gave the reaction "Turkey -reject charge-> Greece",
which reads as Turkey charging Greece: the reversal of "Greece charged Turkey". The act is
now given the right way round, its author to the one who rebuts it, and the rebuttal by
its verb alone (:func:`~extract.rules.verbal._rebutted_act`): "Turkey rejected the charge"
(Greece's) is Greece -charge-> Turkey and Turkey -reject-> Greece. A noun that names whom
it is aimed at, another ("the charges against Navalny"), keeps the old reaction; so do a
court that dismisses charges, and a plural subject when the "that" clause accuses "it"; an
offer or a proposal is no act done to the one who rejects it, but one made to it
(tests/test_offers44_proposed.py: Egypt -proposal-> Hamas). The subject of a
"that" clause of accusing is the nominal rule's ("Colombia's accusation that Venezuela
...": Colombia accuse Venezuela), as is an accusation with an author the denier answers
("Ankara rejected accusations by Athens"); settling is done with the other side and keeps
its reaction ("settle lawsuit" -> the plaintiff).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

REBUTTED = {
    "a charge, allegation or fine rebutted by the one it is done to": [
        ("Greece accused Turkey of violating its airspace. Turkey rejected the charge on "
         "Tuesday.",
         [("Greece", "charge", "Turkey"), ("Turkey", "reject", "Greece")],
         [("Turkey", "reject charge", "Greece")]),
        ("Kraken denied the SEC's allegations.",
         [("SEC", "allegation", "Kraken"), ("Kraken", "deny", "SEC")],
         [("Kraken", "deny allegation", "SEC")]),
        ("Meta will contest the Irish regulator's fine.",
         [("Irish regulator", "fine", "Meta"), ("Meta", "contest", "Irish regulator")],
         [("Meta", "contest fine", "Irish regulator")]),
    ],
    "the accused named in a 'that' clause, or an author answered: the nominal rule's": [
        ("Caracas dismissed Colombia's accusation that Venezuela was harbouring guerrillas.",
         [("Colombia", "accusation", "Venezuela"), ("Caracas", "dismiss", "Colombia")],
         [("Caracas", "dismiss accusation", "Colombia")]),
        ("Ankara rejected accusations by Athens.",
         [("Athens", "accusation", "Ankara"), ("Ankara", "reject", "Athens")],
         [("Ankara", "reject accusation", "Athens")]),
    ],
    "guard: aimed at another, not the accused, or no act done to the rebutter": [
        ("Moscow rejected the charges by Washington against Navalny.",
         [("Washington", "charge", "Navalny"), ("Moscow", "reject charge", "Washington")],
         [("Washington", "charge", "Moscow")]),
        ("Hamas rejected the proposal by Egypt.",
         [("Egypt", "proposal", "Hamas"), ("Hamas", "reject", "Egypt")],
         [("Egypt", "charge", "Hamas"), ("Hamas", "reject proposal", "Egypt")]),
        ("A federal judge dismissed the charges by prosecutors.",
         [], [("prosecutors", "federal judge")]),
        ("Western allies rejected accusations by Moscow that it had shelled the dam.",
         [], [("Moscow", "Western allies")]),
        ("Boeing agreed to pay $2.5 billion to settle the lawsuit, which the Justice "
         "Department had filed in 2021.",
         [], [("Justice Department", "Boeing")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(REBUTTED))
def test_rebutted_act_the_right_way_round(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
