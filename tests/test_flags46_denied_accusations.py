"""Session 46: an accusation the accused denies leaves its act negated AND hedged.

An act one side alleges and the one said to have done it denies is stated as not having
happened by the accused ("negated" of the WCEP guidelines: "X denies attacking Y") and
is still only alleged ("hedged"): both flags (:func:`extract.context.accused_denial`),
when the one who denies, rejects or dismisses the accusation, claim, charge, report or
allegation is the act's own subject (by name, by a country's capital or government,
through a pronoun or a relative clause):

- "X denies / rejects / dismisses the accusation (claims, charges, reports) that X V-ed Y",
  also with the accuser's possessive ("X denies Z's accusation that it V-ed Y");
- "the accusation, which X denies, that X V-ed Y";
- "Z accuses X of V-ing Y, which X denies" / "..., a charge X denies";
- "X denies allegations (charges, accusations) of V-ing Y".

Guards: a third party's denial ("the United States denied reports that Israel had struck
Iran") reads as before (negated only); a label a third party denies stays alleged; an
accusation no one denies stays hedged; "did not deny claims that ..." leaves the act
open (hedged); "X denies V-ing Y" and "X, which denies V-ing Y" with no accusation noun
stay negated only, and so does "denied responsibility for killing X" (no accusation).

All sentences are written for these tests, not taken from any data file.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

BOTH = {
    "the accused denies the accusation that it did it": [
        ("Belarus rejected the accusation that it had trained Russian troops near the "
         "border.",
         [("Belarus", "train", "Russia", True, True)], []),
        ("Venezuela dismissed allegations that it smuggled weapons to Colombian "
         "guerrillas.",
         [("Venezuela", "smuggle", "weapons", True, True)], []),
        ("Pakistan denies charges that it sheltered Taliban commanders.",
         [("Pakistan", "shelter", "Taliban", True, True)], []),
        ("Eritrea denied reports that its troops had looted Ethiopian towns.",
         [("Eritrea", "loot", "Ethiopian towns", True, True)], []),
    ],
    "the accused denies the accuser's accusation": [
        ("Russia denies Ukraine's accusation that it shelled the Zaporizhzhia plant.",
         [("Russia", "shell", "Zaporizhzhia plant", True, True)], []),
        ("Belgrade dismissed Pristina's claim that Serbia armed the militants.",
         [("Serbia", "arm", "militants", True, True)], []),
        ("Iran rejected Washington's allegations that it supplied drones to Moscow.",
         [("Iran", "supply", "drones", True, True)], []),
    ],
    "the accusation, which the accused denies, that ...": [
        ("The accusation, which Ankara denies, that Turkey shelled Kurdish villages has "
         "angered Washington.",
         [("Turkey", "shell", "Kurdish villages", True, True)], []),
        ("The charge, which Beijing dismisses, that China hacked Taiwanese ministries was "
         "repeated on Monday.",
         [("China", "hack", "Taiwan", True, True)], []),
        ("The claim, which Moscow rejects, that Russia bombed the maternity hospital was "
         "repeated by Kyiv.",
         [("Russia", "bomb", "maternity hospital", True, True)], []),
    ],
    "Z accuses X of V-ing Y, which X denies": [
        ("Serbia accuses Kosovo of expelling Serb families, which Pristina denies.",
         [("Serbia", "accuse", "Kosovo", False, False),
          ("Kosovo", "expel", "Serb families", True, True)], []),
        ("Armenia accuses Azerbaijan of shelling Armenian villages, which Baku denies.",
         [("Azerbaijan", "shell", "Armenian villages", True, True)], []),
        ("Colombia accuses Venezuela of sheltering ELN guerrillas, which Caracas denies.",
         [("Venezuela", "shelter", "ELN guerrillas", True, True)], []),
    ],
    "Z accuses X of V-ing Y, a charge X denies": [
        ("Ukraine accuses Belarus of training Russian troops, a charge Minsk denies.",
         [("Ukraine", "accuse", "Belarus", False, False),
          ("Belarus", "train", "Russia", True, True)], []),
        ("Seoul accused Pyongyang of hacking South Korean banks, an accusation North Korea "
         "rejected.",
         [("Pyongyang", "hack", "South Korean banks", True, True)], []),
        ("India accuses Pakistan of sheltering militants, an allegation Islamabad "
         "dismisses.",
         [("Pakistan", "shelter", "militants", True, True)], []),
    ],
    "X denies allegations of V-ing Y": [
        ("Iran denies allegations of supplying drones to Russia.",
         [("Iran", "supply", "drones", True, True)], []),
        ("Venezuela rejected accusations of smuggling weapons to Colombian guerrillas.",
         [("Venezuela", "smuggle", "weapons", True, True)], []),
        ("Kosovo denied charges of expelling Serb families.",
         [("Kosovo", "expel", "Serb families", True, True)], []),
    ],
}

GUARDS = {
    "guards: a third party's denial of a report reads as before (negated)": [
        ("The United States denied reports that Israel had struck Iran.",
         [("Israel", "strike", "Iran", True, False)], []),
        ("Germany dismissed claims that Russia had hacked the Bundestag.",
         [("Russia", "hack", "Bundesrat", True, False)], []),
        ("Japan rejected reports that China had seized the fishing boat.",
         [("China", "seize", "fishing boat", True, False)], []),
        ("The court rejected claims that Google abused its dominance.",
         [("Google", "abuse", "Google's dominance", True, False)], []),
    ],
    "guards: a label a third party denies stays alleged": [
        ("India accuses Pakistan of sheltering militants, an allegation China dismisses.",
         [("Pakistan", "shelter", "militants", False, True)], []),
        ("Congo says Rwanda arms the M23 rebels, an allegation Uganda denies.",
         [("Rwanda", "arm", "M23", False, True)], []),
    ],
    "guards: an accusation no one denies stays hedged": [
        ("Armenia accuses Azerbaijan of shelling Armenian villages.",
         [("Azerbaijan", "shell", "Armenian villages", False, True)], []),
        ("Ukraine accused Belarus of training Russian troops.",
         [("Belarus", "train", "Russia", False, True)], []),
    ],
    "guards: did not deny leaves the act open": [
        ("Russia did not deny claims that it shelled the Zaporizhzhia plant.",
         [("Russia", "shell", "Zaporizhzhia plant", False, True)], []),
        ("Iran has not denied reports that it supplied drones to Moscow.",
         [("Iran", "supply", "drones", False, True)], []),
        ("Pakistan did not deny charges that it sheltered Taliban commanders.",
         [("Pakistan", "shelter", "Taliban", False, True)], []),
    ],
    "guards: a denial with no accusation noun is negated only": [
        ("Russia denies attacking the hospital.",
         [("Russia", "attack", "hospital", True, False)], []),
        ("Venezuela denied sending troops to the border.",
         [("Venezuela", "send", "troops", True, False)], []),
        ("Israel, which denies striking the hospital in Gaza, blamed Hamas for the blast.",
         [("Israel", "strike", "hospital in Gaza", True, False)], []),
        ("Hamas denied responsibility for killing the hostages.",
         [("Hamas", "kill", "hostages", True, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(BOTH, GUARDS))
def test_flags46_denied_accusations(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
