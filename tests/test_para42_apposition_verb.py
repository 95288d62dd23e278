"""A subject's apposition closed by a comma, then a past verb and its object: "Hamas, the
Palestinian militant group, kidnapped Israeli soldier X near Y". The parser often reads
the whole sentence as one noun phrase (the verb an adjective of the object, the object a
second apposition of the subject, no verb at all); :func:`extract.hygiene.
_verb_after_apposition` makes the verb the clause's again, the name before the apposition
its subject (session 42). Guards: lists of people with a participle adjective ("Winners:
X, a doctor, and retired engineer Y") and a coordinated subject keep their readings."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

_VERB_AFTER_APPOSITION = {
    "verb after apposition": [
        ("Hamas, the Palestinian militant group, kidnapped Israeli soldier Gilad Shalit near "
         "Kerem Shalom.",
         [("Hamas", "kidnap", "Gilad Shalit", False, False)], []),
        ("Wagner, the Russian mercenary group, captured Malian activist Oumar Diallo near "
         "Timbuktu.",
         [("Wagner", "capture", "Oumar Diallo", False, False)], []),
        ("The Taliban, the Islamist movement, kidnapped American contractor Mark Frerichs "
         "in Kabul.",
         [("Taliban", "kidnap", "Mark Frerichs", False, False)], []),
        ("Boko Haram, the Islamist group, kidnapped British engineer John Smith near "
         "Maiduguri, police said.",
         [("Boko Haram", "kidnap", "John Smith", False, False)], []),
    ],
    "guard: no clause of its own": [
        ("Winners: Omar Haddad, a doctor, and retired engineer Sami Nasser.",
         [], [("Omar Haddad", "Sami Nasser")]),
        ("Pictured: Anna Berg, the chair, and elected mayor Tom Hanks.",
         [], [("Anna Berg", "Tom Hanks")]),
        # a verb the parser read right keeps both subjects
        ("Hamas, the Palestinian militant group, and Islamic Jihad kidnapped Israeli "
         "soldier Gilad Shalit.",
         [("Hamas", "kidnap", "Gilad Shalit", False, False),
          ("Islamic Jihad", "kidnap", "Gilad Shalit", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_VERB_AFTER_APPOSITION))
def test_a_past_verb_after_an_apposition_is_the_clause(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
