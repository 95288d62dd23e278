"""Paraphrase forms that still failed (session 48).

* a speaker named in apposition to its description speaks in its own report: "the Dutch
  intelligence service AIVD said in its annual report that ...", "the rights group Amnesty
  said in a report that ..." state what the named body says, as "Amnesty International
  said in a report" does (:func:`~extract.context._in_allegation`, the names of
  :func:`~extract.context._named_author`); an unnamed speaker ("sources", "officials")
  and a medium that is itself an allegation ("said in its lawsuit that ...") stay hedged.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

NAMED_IN_APPOSITION = {
    "a speaker named in apposition, in its own report": [
        ("The Swedish security service Sapo said in its yearly assessment report that "
         "Russian agents tried to recruit Swedish officials.",
         [("Russia", "try to recruit", "Sweden", False, False)], []),
        ("The rights group Amnesty said in a report on Tuesday that Sudanese paramilitaries "
         "looted the hospital in El Fasher.",
         [("Sudanese paramilitaries", "loot", "hospital in El Fasher", False, False)], []),
        ("The Czech counter-intelligence agency BIS said in its annual report that Chinese "
         "hackers targeted the foreign ministry.",
         [("Chinese hackers", "target", "foreign ministry", False, False)], []),
    ],
    "guard: an unnamed speaker or an alleging medium stays hedged": [
        ("Sources said in a report that Wagner fighters looted the gold mine.",
         [("Wagner", "loot", "gold mine", False, True)], []),
        ("Officials said in their report that Eritrean troops looted the town of Adwa.",
         [("Eritrea", "loot", "Adwa", False, True)], []),
        ("The logistics firm Harcourt said in its lawsuit that Meridian Foods breached the "
         "supply contract.",
         [("Meridian Foods", "breach", "supply contract", False, True)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(NAMED_IN_APPOSITION))
def test_named_in_apposition(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
