"""Flags of reported paraphrase forms (issue 12, session 34): what a named speaker says in
a report is its statement, as "according to X's report" is ("Amnesty International said
in a report that X evicted Y": stated, reported), while a bare "a report said" or
"according to reports" stays unconfirmed (hedged).

Each construction is run through the model on news-style sentences written for these
tests (none is from an evaluation set); rows as in :mod:`tests.test_forms_para`:
(sentence, present triples as (subject label, relation lemma, object label, negated,
hedged), absent (subject, object) pairs).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

CONSTRUCTIONS = {
    # "..., Amnesty International said in a report on Thursday": the report is Amnesty's
    "a named speaker's report": [
        ("Kenyan police evicted hundreds of Ogiek families from the Mau Forest in November, "
         "Amnesty International said in a report on Thursday.",
         [("Kenya", "evict", "Ogiek families from Mau Forest", False, False)], []),
        ("Russian forces deported thousands of Ukrainian children, the United Nations said "
         "in a report on Friday.", [("Russia", "deport", "Ukrainian children", False, False)],
         []),
        ("The Taliban detained three British nationals in Kabul, Human Rights Watch said in "
         "a report.", [("Taliban", "detain", "British nationals", False, False)], []),
    ],
    # guards: an unnamed report, and a lawsuit a named party says something in
    "an unconfirmed report or an allegation": [
        ("Israel's army killed 20 civilians in Rafah, according to reports.",
         [("Israel", "kill", "civilians", False, True)], []),
        ("Russian hackers breached the Pentagon, a report said.",
         [("Russian hackers", "breach", "Pentagon", False, True)], []),
        # (a named object since session 44: "its app", owner unfound, is dropped)
        ("In its lawsuit, Epic Games said Apple blocked Fortnite from the App Store.",
         [("Apple", "block", "Fortnite", False, True)], []),
    ],
}


def test_tables_have_three_rows_each():
    assert all(len(rows) >= 3 for rows in CONSTRUCTIONS.values())


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
