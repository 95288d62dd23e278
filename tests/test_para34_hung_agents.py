"""Paraphrase forms whose doer or target the parser hung on the wrong word (issue 12,
session 34): a "by" agent after the amount a participle names ("Fined 1.2 billion euros
by X, Y ..."), a "by" agent after the predicate of a passive verb of naming ("Y was
declared a global health emergency by X"), a "by" agent of a passive verb of making or
asking hung on its infinitive ("Y was forced to resign by X"), and an event noun's target
hung on the amount of its "of" phrase ("X's fine of 1.2 billion euros on Y").

Each construction is run through the model on news-style sentences written for these
tests (none is from an evaluation set); rows as in :mod:`tests.test_forms_para`:
(sentence, present triples as (subject label, relation lemma, object label, negated,
hedged), absent (subject, object) pairs).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

CONSTRUCTIONS = {
    # "Fined 400 million euros by X, Y ...": the parser hangs "by" on the amount (or makes
    # the participle the verb of the noun before it); the amount is no object, the "by"
    # phrase the participle's agent
    "a by agent after the amount a participle names": [
        ("Fined 400 million euros by the French competition authority, Google said it "
         "would not appeal.", [("France", "fine", "Google", False, False)], []),
        ("Amazon, fined 746 million euros by Luxembourg's data regulator in 2021, won a "
         "partial reprieve.",
         [("Luxembourg's data regulator", "fine", "Amazon", False, False)], []),
        ("Meta, fined 1.2 billion euros by the Irish regulator in May, said on Tuesday it "
         "would appeal the decision.", [("Irish regulator", "fine", "Meta", False, False)],
         []),
        ("Awarded $10 million by a Texas jury, the families of the victims sued again.",
         [("Texas jury", "award", "families of victims", False, False)], []),
    ],
    # guard: a "by" of time after an amount names no doer
    "a by of time after an amount": [
        ("Germany cut emissions 40 percent by 2030, the government said.",
         [("Germany", "cut", "emissions", False, False)], [("2030", "Germany")]),
        ("Fined 5 million euros by Friday's deadline, the club paid.", [],
         [("Friday", "club")]),
    ],
    # "Y was forced to resign by X": an active infinitive takes no agent; the "by" phrase
    # the parser hung on it (or on its object) is the passive verb's
    "a by agent hung on the infinitive of a passive verb": [
        ("Sam Altman was forced to resign by OpenAI's board.",
         [("OpenAI", "force", "Sam Altman", False, False)], []),
        ("Alex Jones was ordered to pay $1.4 billion by a Texas jury.",
         [("Texas jury", "order", "Alex Jones", False, False)], []),
        ("Ordered to leave Russia by the Kremlin, the British diplomats departed on Friday.",
         [("Kremlin", "order", "United Kingdom", False, False)], []),
        ("Asked to mediate by Washington, Qatar hosted the talks.",
         [("Washington", "ask", "Qatar", False, False)], []),
        ("Alex Jones, ordered to pay $1.4 billion by a Texas jury, filed for bankruptcy.",
         [("Texas jury", "order", "Alex Jones", False, False)], []),
    ],
    # guards: the infinitive's event noun keeps its own agent, and a "by" of means stays
    "a by phrase of the infinitive's own": [
        ("Britain was asked to investigate the killing by police of Chris Kaba.", [],
         [("police", "United Kingdom")]),
        ("Told to pay by credit card, the tourists refused.", [],
         [("credit card", "tourists")]),
    ],
    # "Mpox was declared a global health emergency by the WHO": the parser hangs "by" on
    # the predicate a passive verb of naming gives its subject
    "a by agent after the predicate of a passive verb of naming": [
        ("Mpox was declared a global health emergency by the World Health Organization on "
         "Wednesday.", [("World Health Organization", "declare", "Mpox", False, False)], []),
        ("The Houthis were designated a terrorist organisation by the United States in "
         "January.", [("United States", "designate", "Houthis", False, False)], []),
        ("Designated a terrorist group by Washington in January, the Houthis vowed to keep "
         "attacking ships.", [("Washington", "designate", "Houthis", False, False)], []),
        ("The Moscow Times was declared an undesirable organisation by Russia on Friday.",
         [("Russia", "declare", "Moscow Times", False, False)], []),
    ],
    # guard: a "by" of time after the predicate
    "a by of time after a predicate": [
        ("Liberia was declared Ebola-free by May, the health ministry said.", [],
         [("May", "Liberia")]),
        ("The region was declared a disaster zone by Friday evening.", [],
         [("Friday evening", "region")]),
    ],
    # "X's fine of 1.2 billion euros on Y": the parser hangs "on Y" on the euros; the
    # target is the fine's
    "an event noun's target hung on its amount": [
        ("The Irish Data Protection Commission's fine of 1.2 billion euros on Meta was "
         "upheld by a court in Dublin.",
         [("Irish Data Protection Commission", "fine", "Meta", False, False)], []),
        ("The Competition Commission's penalty of 2 billion rupees against Google was cut "
         "on appeal.", [("Competition Commission", "penalty", "Google", False, False)], []),
        ("Italy's antitrust authority's fine of 10 million euros on TikTok angered "
         "ByteDance.", [("Italy", "fine", "TikTok", False, False)], []),
    ],
    # guards: a time or a thing after the amount is no target
    "a time or a thing after an event noun's amount": [
        ("The Fed's cut of 50 basis points on Wednesday surprised markets.", [],
         [("Fed", "Wednesday")]),
        ("Siemens reported a gain of 500 million euros on the sale of its stake in Siemens "
         "Energy.", [], [("Siemens", "sale")]),
    ],
}


def test_tables_have_rows_each():
    wanted = [rows for rows in CONSTRUCTIONS.values() if all(r[1] for r in rows)]
    assert all(len(rows) >= 3 for rows in wanted)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
