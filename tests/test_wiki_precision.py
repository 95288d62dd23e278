"""Precision rules for Wikinews-style news through the real model.

The sentences were written for these tests (none is from an evaluation set or an
audited sheet). Each case: a text, the triples it must give as (subject label,
relation label, object label, hedged) and those it must not give as (subject label,
relation label, object label).
"""

from __future__ import annotations

import pytest

from tests.constructions import check_precision

pytestmark = pytest.mark.model

CASES = {
    "a head whose point is in its complement is no argument without it": [
        ("The Liberal Democrats now hold a narrow majority in the regional assembly.", [],
         [("Liberal Democrats", "hold", "narrow majority"),
          ("Democrats", "hold", "narrow majority"),
          ("Liberal Democrats", "hold", "majority"), ("Democrats", "hold", "majority")]),
        ("Barclays analyst Tom Reed discussed the prospects for the merger with Vodafone.", [],
         [("Tom Reed", "discuss", "prospects")]),
        ("The Financial Times drew comparisons between the two banking scandals.", [],
         [("Financial Times", "draw", "comparisons")]),
        ("The Kremlin cited its support for the separatists in Donetsk.", [],
         [("Kremlin", "cite", "support")]),
    ],
    "such a head with a name, a noun or its complement in the phrase is kept": [
        ("Labour won the Hartlepool seat in the by-election.",
         [("Labour", "win", "Hartlepool seat", False)], []),
        ("A majority of the senators rejected the nomination of Judge Harlan Cole.",
         [("senators", "reject nomination of", "Harlan Cole", False)], []),
        ("Chancellor Olaf Scholz pledged support for Ukraine.",
         [("Olaf Scholz", "pledge support", "Ukraine", True)], []),
    ],
    "a capitalised verb after a name is its predicate, no part of the name": [
        ("When Prime Minister Boris Johnson Announced a national lockdown in March, shops "
         "closed.", [("Boris Johnson", "announce", "national lockdown", False)],
         [("Boris Johnson Announced", "announce", "national lockdown")]),
        ("When President Emmanuel Macron Declared a state of emergency, Paris was quiet.",
         [("Emmanuel Macron", "declare", "state of emergency", False)],
         [("Emmanuel Macron Declared", "declare", "state of emergency")]),
        ("When Kenyan President William Ruto Signed the finance bill, protesters stormed "
         "parliament.", [("William Ruto", "sign", "finance bill", False)],
         [("William Ruto Signed", "sign", "finance bill")]),
        # a name with a verb of its own stays whole
        ("Police arrested three leaders of Black Lives Matter in Louisville.",
         [("police", "arrest", "Black Lives Matter", False)], []),
        ("The Seattle police cleared the Capitol Hill Occupied Protest zone on Wednesday.", [],
         [("Capitol Hill", "occupy", "Protest zone"), ("Capitol Hill", "occupy", "protests")]),
    ],
    "'time' alone is no participant": [
        ("The API is changing all the time.", [], [("API", "change", "time")]),
        ("Microsoft is changing all the time.", [], [("Microsoft", "change", "time")]),
        ("The Kremlin is buying time.", [], [("Kremlin", "buy", "time")]),
        ("Hamas wanted more time.", [], [("Hamas", "want", "time")]),
        ("Tesla is updating its software all the time.",
         [("Tesla", "update", "Tesla's software", False)], []),
        ("Verizon hit a record high for the third time.",
         [("Verizon", "hit", "record high", False)], []),
    ],
    "people of a nation counted by a number are no state": [
        ("30 Israelis were killed by Hamas gunmen.", [("Hamas", "kill", "Israelis", False)],
         [("Hamas", "kill", "Israel")]),
        ("Two Americans sued the Chinese government.", [("Americans", "sue", "China", False)],
         [("United States", "sue", "China")]),
        ("Gunmen kidnapped 12 Nigerians near Kano.", [("gunmen", "kidnap", "Nigerians", False)],
         [("gunmen", "kidnap", "Nigeria")]),
        # uncounted, the nation acts as its state
        ("The Israelis attacked Gaza.", [("Israel", "attack", "Gaza", False)], []),
    ],
    "people 'at' a named place or body are those people, not any": [
        ("Workers at BHP's Escondida mine rejected the company's final wage offer.",
         [("workers at BHP's Escondida mine", "reject", "BHP's final wage offer", False)],
         [("workers", "reject", "BHP's final wage offer")]),
        ("Doctors at Al-Shifa hospital accused Israeli troops of firing on patients.",
         [("doctors at Al-Shifa hospital", "accuse", "Israel", False)],
         [("doctors", "accuse", "Israel")]),
        ("Students at Columbia University occupied Hamilton Hall on Tuesday.",
         [("students at Columbia University", "occupy", "Hamilton Hall", False)], []),
        # with no "at" phrase, or not people, nothing changes
        ("The workers demanded higher pay.", [("workers", "demand", "higher pay", False)], []),
    ],
}


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         [case for cases in CASES.values() for case in cases],
                         ids=[f"{name}-{i}" for name, cases in CASES.items()
                              for i in range(len(cases))])
def test_wiki_precision_rule(extractor, text, wanted, unwanted):
    check_precision(extractor, text, wanted, unwanted)
