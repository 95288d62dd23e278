"""What a turned-down request asks of the one who turns it down is not done (negated).

"Indonesia rejects Australia's request to extradite X": Indonesia does not extradite X.
The sentences were written for these tests (none is from an evaluation set or an audit
sheet). Each entry: a sentence, the triples it must give as (subject label, relation
lemma, object label, negated, hedged), and the (subject, object) pairs it must not give
in either reading (see ``tests/constructions.py``).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

REBUFFED = {
    "the infinitive of a rejected request, demand, call or invitation: negated, its rejecter": [
        ("The Philippines rejects China's request to extradite Alice Guo.",
         [("Philippines", "extradite", "Alice Guo", True, False)], []),
        ("Hamas rejected Israel's demand to release the hostages held in Gaza.",
         [("Hamas", "release", "hostages held in Gaza", True, False)], []),
        ("Hungary turned down Ukraine's request to supply weapons to Kyiv.",
         [("Hungary", "supply to", "Kyiv", True, False)], [("Ukraine", "Kyiv")]),
        ("Narendra Modi declined an invitation to attend the summit in Beijing.",
         [("Narendra Modi", "attend in", "Beijing", True, False)], []),
        # not rejected: nothing said of the extradition
        ("Indonesia did not reject Australia's request to extradite Darren Hollis.",
         [], [("Indonesia", "Darren Hollis")]),
        # an offer's infinitive is the offerer's; a "for" subject is asked, not the rejecter
        ("Qatar rejected Egypt's offer to mediate between Hamas and Fatah.",
         [], [("Qatar", "Hamas")]),
        ("Germany rejected calls for Israel to withdraw from Rafah.",
         [("Israel", "withdraw from", "Rafah", False, True)], [("Germany", "Rafah")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REBUFFED))
def test_rebuffed(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
