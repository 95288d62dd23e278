"""A name the model does not know, read as the object it is (session 51).

An unknown proper noun straight after a verb with no object of its own is often hung on
the verb as an adverb, an adverbial noun or an interjection ("had not shelled Kupiansk":
"Kupiansk" an advmod, typed ORG; "will fine Moldovagaz": an intj), and the event is lost
in every form. :func:`~extract.hygiene._object_name_read_as_modifier` makes it the
verb's object. A date after the verb is no object ("said Tuesday", "expire April 6",
"closed Friday"), nor is a name after which the verb has a noun object of its own.

An unknown name before the verb may be tagged an adverb ("Toretsk could sue Kia",
"Novocherkassk has not sued Kia": "Toretsk" an RB, the verb's subject or its advmod) and
dropped as a subject; :func:`~extract.hygiene._unknown_name_read_as_adverb` makes it a
proper noun (and the subject of a finite verb with none). A word of the lemmatizer's
English stays an adverb ("Meanwhile", "Separately").
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


UNKNOWN_SUBJECT = {
    "unknown name tagged an adverb before the verb": [
        ("Toretsk could sue the carmakers over the thefts.",
         [("Toretsk", "sue", "carmakers", False, True)], []),
        ("Novocherkassk has not sued Rosneft.",
         [("Novocherkassk", "sue", "Rosneft", True, False)], []),
        ("Novocherkassk will buy the refinery from Lukoil.",
         [("Novocherkassk", "buy", "refinery", False, True)], []),
    ],
    "guard: an English adverb stays one": [
        ("Meanwhile, police arrested two men in Kharkiv.",
         [("police", "arrest", "men", False, False)], [("Meanwhile", "men")]),
        ("Separately, the army shelled Marib.",
         [("army", "shell", "Marib", False, False)], [("Separately", "Marib")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(UNKNOWN_SUBJECT))
def test_unknown_name_is_the_subject(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
