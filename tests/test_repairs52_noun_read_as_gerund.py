"""A noun in "-ing" the parser read as a gerund while it is a verb's object with a
determiner and a noun before it (:func:`extract.hygiene._noun_read_as_gerund`): "storming
the parliament building and chanting slogans", parsed with "building" a verb (lemma
"build") and "chanting" its conjunct, is "storming | the parliament building", the
conjoined "-ing" verb the participle's own conjunct, as "stormed the parliament building
and set fire to it" is parsed.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_TABLE = {
    "noun read as a gerund": [
        ("Demonstrators clashed with police in Nairobi, storming the parliament building and "
         "setting part of it alight.",
         [("demonstrators", "storm", "parliament building", False, False)], []),
        ("Hundreds of protesters pushed past soldiers in Kathmandu on Friday, storming the "
         "parliament building and chanting slogans against corruption.",
         [("protesters", "storm", "parliament building", False, False)], []),
        ("Crowds of angry farmers pushed past police lines on Monday, storming the ministry "
         "building and chanting slogans against imports.",
         [("angry farmers", "storm", "ministry building", False, False)], []),
        # guards: parsed as a noun already
        ("Protesters stormed the parliament building and set fire to part of it.",
         [("protesters", "storm", "parliament building", False, False)], []),
        ("Rioters pushed past police in Brasilia, storming the congress building and "
         "smashing windows.",
         [("rioters", "storm", "congress building", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_noun_read_as_gerund(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
