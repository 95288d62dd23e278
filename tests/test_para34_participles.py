"""Participle forms the parser read with the wrong subject (issue 12, session 34): the
clause's subject set in apposition to the agent of a fronted participle ("Rebuffed by
Brussels, Hungary's Viktor Orban turned to China"), and a reduced relative taken for the
verb with the real verb an unlabelled dependent of it ("Hackers linked to North Korea
breached X, the company said").

Each construction is run through the model on news-style sentences written for these
tests (none is from an evaluation set); rows as in :mod:`tests.test_forms_para`:
(sentence, present triples as (subject label, relation lemma, object label, negated,
hedged), absent (subject, object) pairs).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

CONSTRUCTIONS = {
    # "Rebuffed by Brussels, Hungary's Viktor Orban turned to China": "Orban" parsed as an
    # apposition of "Brussels", "turned" left without a subject
    "the subject read as an apposition of a fronted participle's agent": [
        ("Rebuffed by Brussels, Hungary's Viktor Orban turned to China for loans, "
         "officials said.", [("Brussels", "rebuff", "Viktor Orban", False, False),
                             ("Viktor Orban", "turn to", "China", False, False)], []),
        ("Courted by Beijing, Brazil's President Lula visited Shanghai in April.",
         [("Beijing", "court", "Lula", False, False),
          ("Lula", "visit", "Shanghai", False, False)], []),
        ("Shunned by the West, Iran's President Ebrahim Raisi visited Caracas in June.",
         [("West", "shun", "Ebrahim Raisi", False, False),
          ("Ebrahim Raisi", "visit", "Caracas", False, False)], []),
        ("Rejected by Brussels, Serbia's President Aleksandar Vucic turned to Moscow.",
         [("Brussels", "reject", "Aleksandar Vucic", False, False)], []),
    ],
    # guards: parsed right already, the agent stays the participle's
    "a fronted participle with its clause's own subject": [
        ("Backed by Iran, Yemen's Houthis attacked ships in the Red Sea.",
         [("Iran", "back", "Houthis", False, False),
          ("Houthis", "attack", "ships", False, False)], [("Iran", "ships")]),
        ("Sanctioned by the EU, Belarus's leader Alexander Lukashenko sought help from "
         "Moscow.", [("European Union", "sanction", "Alexander Lukashenko", False, False)],
         [("European Union", "Moscow")]),
    ],
    # "Hackers linked to North Korea breached X": "breached" an unlabelled dependent of
    # "linked", which the parser made the verb
    "a reduced relative read as the verb, the verb its dependent": [
        ("Hackers linked to North Korea breached the crypto exchange Bybit on Friday, the "
         "company said.", [("North Korea", "breach", "Bybit", False, False)], []),
        # (Islamic State is a listed group, read as one since session 48: as al-Qaeda below)
        ("Gunmen linked to the Islamic State attacked a church in Mozambique, police said.",
         [("Islamic State", "attack", "church in Mozambique", False, False)], []),
        ("Fighters linked to al-Qaeda kidnapped two Italian aid workers in Mali, officials "
         "said.", [("al-Qaeda", "kidnap", "Italian aid workers", False, False)], []),
    ],
}


def test_tables_have_three_rows_each():
    wanted = [rows for rows in CONSTRUCTIONS.values() if all(r[1] for r in rows)
              and not any(r[2] for r in rows)]
    assert wanted and all(len(rows) >= 3 for rows in wanted)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
