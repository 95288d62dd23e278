"""One-sentence paraphrase forms whose sides the parse puts in the wrong place (issue 12,
session 45).

* a "by" phrase the parser hung on the active gerund after a passive verb with no agent of
  its own (or on the gerund's object) is the passive verb's agent, also when the NER left
  the name untyped ("was stripped of hosting rights by Concacaf"), and no owner of the
  gerund's object: "Chelsea were barred from signing new players by FIFA" is FIFA's ban,
  not a "sign player" aimed at FIFA (:func:`~extract.rules.base.passive_gerund`); a "by"
  phrase after the object of an active verb keeps its reading ("to protest the arrest of X
  by police").

Each construction is run through the model on news-style sentences written for these
tests (none is from an evaluation set); rows as in :mod:`tests.test_forms_para`:
(sentence, present triples as (subject label, relation lemma, object label, negated,
hedged), absent (subject, object) pairs).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

CONSTRUCTIONS = {
    "a by agent hung on the gerund after a passive verb": [
        ("Chelsea were barred from signing new players by FIFA for two transfer windows.",
         [("FIFA", "bar", "Chelsea", False, False)], [("Chelsea", "FIFA")]),
        ("Mexico was stripped of hosting rights for the Gold Cup by Concacaf on Friday.",
         [("Concacaf", "strip", "Mexico", False, False)], [("Mexico", "Concacaf")]),
        ("Belarus was barred from sending athletes to the Olympics by the IOC on Thursday.",
         [("IOC", "bar", "Belarus", False, False)], [("Belarus", "IOC")]),
        ("Lufthansa was banned from flying over Russian territory by Moscow in 2022.",
         [("Moscow", "ban", "Lufthansa", False, False)], [("Lufthansa", "Moscow")]),
    ],
    "guard: a by agent after the object of an active verb": [
        ("Opposition parties boycotted parliament to protest the arrest of Imran Khan by "
         "Pakistani police.", [("Pakistan", "arrest", "Imran Khan", False, False)], []),
        ("Thousands of students marched in Dhaka to protest the detention of Omar Khalid by "
         "Bangladeshi police.",
         [("Bangladeshi police", "detain", "Omar Khalid", False, False)], []),
        ("Sweden rejected calls by Ankara to extradite the journalist.", [],
         [("Ankara", "Sweden")]),
    ],
}


def test_tables_have_rows_each():
    assert all(len(rows) >= 3 for rows in CONSTRUCTIONS.values())


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
