"""Wire main triples missed (session 49): taking part in an event.

"X took part in talks with Y" says what "X participated in talks with Y" says: the
subject takes part in the event noun after "in", and its target is the other side
(a verb and its object of :data:`~extract.lexicon.PARTICIPATING_OBJECTS`, beside the
verbs of :data:`~extract.lexicon.PARTICIPATING_VERBS`, in
:func:`~extract.rules.verbal._joined_events`). Guards: "took the part of X" (sided with
X) takes part in nothing; the noun needs the verb ("played a part in" keeps its reading);
with no other side there is nothing to say.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction, check_labels

TAKING_PART = {
    "took part in talks with": [
        ("Egypt took part in the talks with Israel in Washington, officials said.",
         [("Egypt", "talk", "Israel", False, False)], []),
        ("The Philippines will take an active part in the talks with Malaysia next month.",
         [("Philippines", "talk", "Malaysia", False, True)], []),
    ],
    "took part in attacks on": [
        ("Iraqi warplanes took part in attacks on Iranian oil terminals on Tuesday, shipping "
         "sources said.",
         [("Iraq", "attack", "Iranian oil terminals", False, False)], []),
    ],
    "did not take part in": [
        ("Brazil said it would not take part in the negotiations with its creditor banks.",
         [("Brazil", "negotiate", "Brazil's creditor banks", True, True)], []),
        ("Iran said it had taken no part in the attacks on Iraqi shipping in the Gulf.",
         [("Iran", "attack", "Iraqi shipping", True, False)], []),
    ],
}

LABELS = {
    "the label says the taking part": [
        ("Egypt took part in the talks with Israel in Washington, officials said.",
         [("Egypt", "take part in talk", "Israel")], []),
    ],
    "guard: taking someone's part, no other side": [
        ("Iran took the part of Syria in the talks with Lebanon.", [],
         [("Iran", "take part in talk", "Lebanon"), ("Iran", "take part in talk", "Syria")]),
        ("France took part in the talks.", [], [("France", "talks")]),
        ("Egypt took Israel to court.", [], [("Egypt", "take part in court", "Israel")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(TAKING_PART))
def test_taking_part(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence, present, absent", cases(LABELS))
def test_taking_part_labels(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
