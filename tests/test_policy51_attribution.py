"""Attribution, not allegation: what prosecutors and the papers of a prosecution report
(:func:`extract.context.modality`, ``alleging_sources`` in ``extract/data/words.txt``).

A plain "prosecutors said", "the prosecution told the court", "according to an
indictment" or "the charges say" attributes what it reports to an official source, as
"the ministry said" does: the act is stated (the readable paraphrase writers and wire gold
take it so). What stays hedged is a claim made as a claim: a verb of claim or belief
("prosecutors allege", "investigators believe"), a charge ("accused of embezzling"), an
unnamed source ("according to anonymous prosecutors"), a party's own suit or complaint
("in its lawsuit, X said", "the plaintiffs say", "said in a complaint"), and unconfirmed
reports.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

_OPCW = "Organization for the Prohibition of Chemical Weapons"

_TABLE = {
    "what prosecutors or an indictment report is attributed, stated": [
        ("Federal prosecutors said on Thursday that the Venezuelan businessman Alex Saab "
         "bribed Nicolas Maduro.", [("Alex Saab", "bribe", "Nicolas Maduro", False, False)], []),
        ("Prosecutors in Hamburg said Iran's Quds Force paid a Danish citizen to spy on "
         "Jewish sites.", [("Quds Force", "pay", "Danish citizen", False, False)], []),
        ("Lars Becker was recruited by Russian intelligence in 2021, according to the "
         "charging documents.", [("Russia", "recruit", "Lars Becker", False, False)], []),
        ("The former minister accepted bribes from Odebrecht, the prosecution told the court "
         "in Lima.", [("minister", "accept from", "Odebrecht", False, False)], []),
        ("The Sinaloa cartel smuggled fentanyl into Arizona through tunnels, according to an "
         "indictment unsealed in Phoenix on Monday.",
         [("Sinaloa", "smuggle into", "Arizona", False, False)], []),
        ("The charges say Hunter Biden evaded taxes on income from Burisma.",
         [("Hunter Biden", "evade", "taxes on income from Burisma", False, False)], []),
        ("Hezbollah financed the attack on the embassy in Buenos Aires, prosecutors said.",
         [("Hezbollah", "finance attack", "embassy in Buenos Aires", False, False)], []),
    ],
    "guard: a claim, a charge, an unnamed source or a party's suit stays hedged": [
        ("Prosecutors allege that Hezbollah financed the attack on the embassy in Buenos "
         "Aires.", [("Hezbollah", "finance attack", "embassy in Buenos Aires", False, True)],
         []),
        ("Dutch prosecutors say they believe Russian agents hacked the OPCW.",
         [("Russia", "hack", _OPCW, False, True)], []),
        ("Prosecutors accused the former mayor of embezzling funds from the city of Lviv.",
         [("mayor", "embezzle from", "Lviv", False, True)], []),
        ("According to anonymous prosecutors, Russian troops shelled Kharkiv.",
         [("Russia", "shell", "Kharkiv", False, True)], []),
        ("In its lawsuit, Pemex said Vitol bribed Pemex traders.",
         [("Vitol", "bribe", "Pemex traders", False, True)], []),
        ("The plaintiffs say Meta misled advertisers about its audience figures.",
         [("Meta", "mislead", "advertisers about Meta's audience figures", False, True)], []),
        ("Russian hackers breached the Pentagon, according to reports.",
         [("Russian hackers", "breach", "Pentagon", False, True)], []),
    ],
    "guard: a named source's plain report is stated, as before": [
        ("Dutch prosecutors said Russian agents hacked the OPCW.",
         [("Russia", "hack", _OPCW, False, False)], []),
        ("Police arrested the opposition leader Ali Said in Mombasa on Monday, prosecutors "
         "said.", [("police", "arrest", "Ali Said", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_attribution_and_allegation(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
