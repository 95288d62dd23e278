"""Acronyms that name no actor (session 50, round 2).

An acronym in capitals that the tagger took for a common noun, that no dictionary lists
and no English word spells, is an organisation's name (:func:`~extract.actors._unknown_acronym`:
"ISWAP is suspected of kidnapping ..."). A disease or pathogen (WHO, ICD-11), a currency
code (ISO 4217), a fuel or unit, or a file format (IANA media types) is no organisation,
though no actor dictionary lists it either (:data:`~extract.lexicon.NON_ACTOR_ACRONYMS`):
"MERS had infected 40 health workers" gives no triple with MERS as its doer. The armed
groups and agencies the rule is for keep their names.
"""

from __future__ import annotations

import pytest
import spacy
from actorgraph.extract.actors import _unknown_acronym
from actorgraph.extract.lexicon import NON_ACTOR_ACRONYMS
from spacy.tokens import Doc

from tests.constructions import cases, check_construction, check_verbs

NO_ACTOR = [
    # a disease read as a common noun is no doer of what it does to people
    ("The WHO said MERS had infected 40 health workers at two hospitals in Riyadh.",
     [], ["MERS", "mers"]),
    ("Doctors said MERS had killed 12 patients in the eastern province since May.",
     [], ["MERS", "mers"]),
    ("MERS infected two nurses at a hospital in Jeddah, the ministry said.",
     [], ["MERS", "mers"]),
]

STILL_ACTORS = {
    "guard: the armed groups and agencies the rule is for": [
        ("ISWAP is suspected of abducting three aid workers near Monguno, the army said.",
         [("ISWAP", "abduct", "aid workers", False, True)], []),
        ("ONLF is accused of ambushing a police patrol near Degehabur, officials said.",
         [("ONLF", "ambush", "police patrol", False, True)], []),
    ],
}


@pytest.mark.parametrize("sentence, wanted, unwanted", NO_ACTOR)
def test_a_disease_acronym_is_no_actor(extractor, sentence, wanted, unwanted):
    check_verbs(extractor, sentence, wanted, unwanted)


@pytest.mark.parametrize("sentence, present, absent", cases(STILL_ACTORS))
def test_a_group_acronym_is_still_a_name(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize("word, unknown", [
    ("MERS", False), ("SARS", False), ("HIV", False), ("ISK", False), ("NGN", False),
    ("LNG", False), ("LPG", False), ("PDF", False),
    ("ISWAP", True), ("JNIM", True), ("ONLF", True), ("DGDSE", True),
])
def test_listed_non_actor_acronyms(word, unknown):
    doc = Doc(spacy.blank("en").vocab, words=["Officials", "said", word, "rose"])
    assert _unknown_acronym(doc[2]) is unknown


def test_the_list_is_lower_case_and_names_no_group():
    assert all(w == w.lower() and w.isalnum() for w in NON_ACTOR_ACRONYMS)
    assert not {"iswap", "jnim", "onlf", "dgdse", "who", "opec"} & NON_ACTOR_ACRONYMS
