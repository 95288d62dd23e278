"""Acting bodies and names a one-sentence paraphrase loses (session 50, round 2).

* an official body's head with the kind word of a CAMEO agent phrase before it
  (:func:`~extract.vague.official_body`: "the electoral bureau", as "electoral commission")
  names a body of people who act (:func:`~extract.rules.base.actor_noun`), so the "by"
  phrase of an event noun names its doer when the NER typed no organisation: "the
  suspension of X by the electoral bureau" is the bureau's suspension of X, as "by the
  electoral commission" already was; a bare "by the bureau", or a head whose modifier is
  no kind word of the dictionary ("the travel bureau"), names no one;
* an acronym in capitals that the tagger took for a common noun, that no dictionary lists
  and no English word of the lemmatizer's tables spells, is an organisation's name
  (:func:`~extract.actors._unknown_acronym`), as the NER types it in other sentences:
  "ISWAP is suspected of kidnapping ..., police said" keeps ISWAP as its doer where the
  lower-cased common noun "iswap" was dropped; a word ("GDP", "CEO") or a run of capitals
  (a headline's "URGENT ALERT") is no name.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction, check_verbs

BODIES_BY = {
    "an official body as the 'by' agent of an event noun": [
        ("The suspension of Dimitrov by the electoral bureau angered his supporters on Tuesday.",
         [("electoral bureau", "suspend", "Dimitrov", False, False)], []),
        ("The arrest of Petrov by the intelligence directorate drew an angry response from "
         "Moscow.",
         [("intelligence directorate", "arrest", "Petrov", False, False)], []),
        ("Opposition parties condemned the expulsion of Markovic by the election bureau.",
         [("election bureau", "expel", "Markovic", False, False)], []),
        ("The detention of Haddad by the military directorate was criticised by rights groups.",
         [("military directorate", "detain", "Haddad", False, False)], []),
    ],
    "guard: no kind of body, or the verb's own subject": [
        ("The suspension of Dimitrov by the bureau angered his supporters on Tuesday.",
         [], [("bureau", "Dimitrov")]),
        ("The booking of Dimitrov by the travel bureau angered his supporters on Tuesday.",
         [], [("travel bureau", "Dimitrov")]),
        ("The electoral bureau suspended Dimitrov on Tuesday.",
         [("electoral bureau", "suspend", "Dimitrov", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(BODIES_BY))
def test_an_official_body_acts(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


ACRONYMS = {
    "an unlisted acronym the tagger read as a common noun": [
        ("ISWAP is suspected of kidnapping two nurses near Dikwa on Friday, Nigerian police "
         "said.",
         [("ISWAP", "kidnap", "nurses", False, True)], []),
        ("ONLF is accused of attacking an oil field near Jijiga, officials said.",
         [("ONLF", "attack", "oil field", False, True)], []),
        ("ISWAP is suspected of seizing a lorry near Baga, although no group has claimed "
         "responsibility, officials said.",
         [("ISWAP", "seize", "lorry", False, True)], []),
    ],
}

NO_ACRONYM = [
    # an English word in capitals, or a run of capitals, is no organisation
    ("GDP shrank 1.2 percent in the second quarter, officials said.", [], ["GDP"]),
    ("The CEO resigned on Monday after the audit, the company said.", [], ["CEO"]),
    ("URGENT ALERT: gunmen attacked a bus near Kano, officials said.",
     [("gunmen", "attack", "bus")], ["URGENT", "ALERT"]),
]


@pytest.mark.parametrize("sentence, present, absent", cases(ACRONYMS))
def test_an_unlisted_acronym_is_a_name(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence, wanted, unwanted", NO_ACRONYM)
def test_a_word_in_capitals_is_no_name(extractor, sentence, wanted, unwanted):
    check_verbs(extractor, sentence, wanted, unwanted)
