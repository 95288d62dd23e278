"""Talks the clause's subject takes part in, named by the phrase they sit in (session 42).

A reciprocal noun with a "with" partner ("talks with X", "a meeting with X") after a
preposition of attendance (``[attendance_preps]``: "at", "during", "in", "after",
"following") on a clause is the subject's: "Acme Corp said it was in talks with Globex
Inc", "After talks with Li Qiang, Albanese said ..." (:func:`~extract.rules.nominal.
_attendees`); with no subject of its own, a participle's subject ("Arias, speaking after
talks with Jose Azcona, said ..."). "is not in talks with" denies the talks; a verb's
own negation does not ("did not raise Taiwan during talks with Xi": they met). Guards: a
security is no party ("shares of Globex rose after talks with Acme Corp").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

TALKS = {
    "in talks with": [
        ("Acme Corp said it was in talks with Globex Inc about a merger.",
         [("Acme Corp", "talk", "Globex Inc", False, False)], []),
        ("Ankara is not in talks with Damascus, the minister said.",
         [("Ankara", "talk", "Damascus", True, False)], []),
    ],
    "after talks with, the clause's or the participle's subject": [
        ("After talks with Chinese Premier Li Qiang, Albanese said trade would improve.",
         [("Albanese", "talk", "Li Qiang", False, False)], []),
("Mitsotakis, speaking after talks with Turkish President Tayyip Erdogan, said "
         "relations would improve.",
         [("Mitsotakis", "talk", "Tayyip Erdogan", False, False)], []),
        ("Japan's central bank, speaking after a meeting with the Federal Reserve, said "
         "rates would hold.",
         [("Japan's central bank", "meet", "Federal Reserve", False, False)], []),
    ],
    "during talks with: the verb's negation is not the talks'": [
        ("Biden did not raise Taiwan during talks with Xi Jinping.",
         [("Biden", "talk", "Xi Jinping", False, False)], []),
    ],
    "guards: a security is no party": [
        ("Shares of Globex rose after talks with Acme Corp.",
         [], [("shares of Globex", "Acme Corp")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(TALKS))
def test_talks(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
