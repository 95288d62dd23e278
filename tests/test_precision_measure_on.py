"""A limit, levy or ban says what it bears on only with its "on" complement: "announced new
restrictions on flights to Cuba" announces restrictions on flights, and "announce
restrictions" alone loses the point (an object judged partly right on the tune-half wire
sheets, as "report drop" was before "a 14% drop in operating profit" kept its "in")."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

pytestmark = pytest.mark.model

MEASURE_ON = {
    "a measure and what it bears on": [
        ("The Transportation Department announced new restrictions on charter flights "
         "to Havana.",
         [("Transportation Department", "announce", "restrictions on charter flights")],
         [("Transportation Department", "announce", "restrictions")]),
        ("Tokyo eased restrictions on travel from mainland China on Friday.",
         [("Tokyo", "ease", "restrictions on travel from mainland China")],
         [("Tokyo", "ease", "restrictions")]),
        ("The Reserve Bank of India removed the cap on cash withdrawals last month.",
         [("Reserve Bank of India", "remove", "cap on cash withdrawals")],
         [("Reserve Bank of India", "remove", "cap")]),
    ],
    "guards: a measure on a named target is the support-verb event": [
        ("The EU imposed sanctions on Russia over the invasion.",
         [("European Union", "impose sanction", "Russia")], []),
        ("Washington imposed tariffs on Chinese steel last year.",
         [("Washington", "impose tariff", "Chinese steel")], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(MEASURE_ON))
def test_measure_keeps_on(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
