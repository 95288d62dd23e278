"""A name the model does not know, read as the object it is (session 51).

An unknown proper noun straight after a verb with no object of its own is often hung on
the verb as an adverb, an adverbial noun or an interjection ("had not shelled Kupiansk":
"Kupiansk" an advmod, typed ORG; "will fine Moldovagaz": an intj), and the event is lost
in every form. :func:`~extract.hygiene._object_name_read_as_modifier` makes it the
verb's object. A date after the verb is no object ("said Tuesday", "expire April 6",
"closed Friday"), nor is a name after which the verb has a noun object of its own.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_construction

UNKNOWN_OBJECT = {
    "unknown name read as an adverb or interjection": [
        ("Russian artillery units had not shelled Kupiansk.",
         [("Russian artillery units", "shell", "Kupiansk", True, False)], []),
        ("Separatist gunmen shelled Toretsk before dawn.",
         [("separatist gunmen", "shell", "Toretsk", False, False)], []),
        ("Jets bombed Menaka.",
         [("Jets", "bomb", "Menaka", False, False)], []),
        ("Militants have seized Toretsk.",
         [("militants", "seize", "Toretsk", False, False)], []),
    ],
    "guard: a name parsed as the object keeps its reading": [
        ("The regulator will fine Moldovagaz next month.",
         [("regulator", "fine", "Moldovagaz", False, True)], []),
        ("Wagner mercenaries stormed Kidal in November.",
         [("Wagner mercenaries", "storm", "Kidal", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(UNKNOWN_OBJECT))
def test_unknown_name_is_the_object(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence, date", [
    ("The ministry said Tuesday that talks would resume.", "Tuesday"),
    ("The licences expire April 6.", "April 6"),
    ("Markets closed Friday at a record.", "Friday"),
    ("The union struck Monday across the region.", "Monday"),
    ("The company will report earnings Thursday.", "Thursday"),
])
def test_a_date_after_the_verb_is_no_object(extractor, sentence, date):
    (result,) = extractor.extract([Article("t", sentence)])
    assert not any(date in t.object.text or date in t.object.label
                   for t in result.triples), [(t.subject.label, t.object.label)
                                              for t in result.triples]
