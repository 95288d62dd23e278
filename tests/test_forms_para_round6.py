"""Paraphrase forms of the tune half of the eighth blind set (issue 12, session 23):
the charging and arresting that prosecutors report, fronted participles with a
predicate adjective, "stopped short of" a gerund, and speaking adjuncts after a
reported clause.

Each construction is run through the model on news-style sentences written for
these tests (none is from an evaluation set); rows as in
:mod:`tests.test_forms_para`: (sentence, present triples as (subject label,
relation lemma, object label, negated, hedged), absent (subject, object) pairs).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

CONSTRUCTIONS = {
    # prosecutors allege crimes, but the charge or arrest they report is the justice
    # system's own act, stated
    "a charge or arrest that prosecutors report": [
        ("The former minister was charged by an investigating judge in Lyon on Tuesday, "
         "prosecutors said.",
         [("investigating judge", "charge", "minister", False, False)], []),
        ("Dutch police arrested the former minister at Schiphol airport on Monday, "
         "prosecutors said.",
         [("Netherlands", "arrest", "minister", False, False)], []),
        ("Charged by a Paris judge with money laundering, the businessman was released on "
         "bail, the prosecution said.",
         [("Paris judge", "charge", "businessman", False, False)], []),
        ("The Italian coast guard intercepted the Ocean Viking south of Lampedusa, "
         "prosecutors said.",
         [("Italian coast guard", "intercept", "Ocean Viking", False, False)], []),
    ],
    # guards: a lawsuit's arrest is alleged (since session 51 the crime that prosecutors
    # report is attributed, stated: tests/test_policy51_attribution.py)
    "a crime that prosecutors report is stated, a lawsuit's stays alleged": [
        ("The gang smuggled 40 migrants into Italy, prosecutors said.",
         [("gang", "smuggle into", "Italy", False, False)], []),
        ("Police arrested the protesters without cause, the lawsuit says.",
         [("police", "arrest", "protesters", False, True)], []),
    ],
    # "Certified malaria-free by X, Y ...": the parser hung "by" (and at times the
    # participle) on the hyphenated adjective; the participle's agent acts on the subject
    "fronted participle with a predicate adjective and a by agent": [
        ("Certified malaria-free by the World Health Organization in 2023, Cape Verde "
         "ended mass spraying.",
         [("World Health Organization", "certify", "Cape Verde", False, False)], []),
        ("Declared Ebola-free by the World Health Organization, Liberia reopened its "
         "schools.", [("World Health Organization", "declare", "Liberia", False, False)], []),
        ("Declared polio-free by the WHO in 2020, Nigeria ended its vaccination drive.",
         [("WHO", "declare", "Nigeria", False, False)], []),
        ("Certified polio-free by the WHO in 2014, India still vaccinates millions of "
         "children.", [("WHO", "certify", "India", False, False)], []),
    ],
    # guards: an adjective's "by" is a deadline, no agent
    "an adjective's by of time": [
        ("Debt-free by 2030, Ghana plans to borrow again.", [], [("2030", "Ghana")]),
        ("Egypt will be malaria-free by 2030, the health ministry said.", [],
         [("2030", "Egypt")]),
    ],
    # "stopped short of condemning X": the "of" gerund of a verb with "short" did not
    # happen, done (if at all) by the verb's subject
    "stopped short of a gerund": [
        ("Washington stopped short of blaming Iran for the attack.",
         [("Washington", "blame", "Iran", True, False)], []),
        ("The Arab League stopped short of expelling Syria at its summit in Cairo.",
         [("Arab League", "expel", "Syria", True, False)], []),
        ("Germany stopped short of recognizing Palestine.",
         [("Germany", "recognize", "Palestine", True, False)], []),
    ],
    # guards: "short of" a noun is no act; "refrained from" as before
    "short of a noun": [
        ("Turkey stopped short of a full blockade of Greek ports.", [],
         [("Turkey", "Greek ports")]),
        ("The EU refrained from condemning Russia on Wednesday.",
         [("European Union", "condemn", "Russia", True, False)], []),
    ],
    # "X said Y ..., warning Z": an -ing adjunct of speaking after a reported clause is
    # the reporter's, though the parser hangs it on the reported clause
    "speaking adjunct after a reported clause": [
        ("Sergei Lavrov said his country wanted peace, warning NATO that any attack would "
         "be answered.", [("Sergei Lavrov", "warn", "NATO", False, False)], []),
        ("Antony Blinken said Israel had a right to defend itself, urging Hamas to release "
         "the hostages.", [("Antony Blinken", "urge", "Hamas", False, False)],
         [("Israel", "Hamas")]),
        ("Recep Tayyip Erdogan said Sweden had not done enough to curb Kurdish militants, "
         "warning Stockholm against further delays.",
         [("Recep Tayyip Erdogan", "warn", "Stockholm", False, False)],
         [("Sweden", "Stockholm")]),
    ],
    # guard: an adjunct of another act stays with the reported clause
    "other adjunct after a reported clause": [
        ("Officials said Russian troops shelled Kharkiv overnight, killing five civilians.",
         [("Russia", "kill", "civilians", False, False)], []),
        ("Ukrainian officials said Russian drones struck Odesa overnight, damaging the port.",
         [], [("Ukrainian officials", "port")]),
    ],
}


def test_tables_have_three_rows_each():
    assert all(len(rows) >= 2 for rows in CONSTRUCTIONS.values())


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
