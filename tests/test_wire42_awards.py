"""Business won from a buyer: the buyer awarded it (session 42).

A verb of winning (``[contract_winning_verbs]``: win, receive, secure, land ...) whose
object is an award noun (``[award_nouns]``: order, contract) with a named "from" phrase
(on the verb, on the noun, or inside the amount the noun is worth) says the "from" party
gave the winner the business: "Siemens won a contract from Deutsche Bahn" -> Deutsche
Bahn —award→ Siemens ("award contract", pattern ``converse``), with the winner's flags
(:func:`~extract.rules.verbal._awarded`); the winner's own "win contract from" Deutsche
Bahn stays beside it. Guards: a "from" that names no one ("an order
from abroad"), another noun ("received a letter from the Pentagon").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

pytestmark = pytest.mark.model

AWARDS = {
    "won / received / secured an order or a contract from a named buyer": [
        ("Siemens won a contract from Deutsche Bahn to build 50 trains.",
         [("Deutsche Bahn", "award contract", "Siemens")], []),
        ("Lockheed received a 2 billion dlr order from the Pentagon for transport planes.",
         [("Pentagon", "award order", "Lockheed")], []),
        ("Alstom secured a contract from the French government.",
         [("France", "award contract", "Alstom")], []),
    ],
    "the 'from' inside the amount the order is worth": [
        ("Skoda Transportation said it won an order worth 900 million crowns from Czech "
         "Railways to supply trams.",
         [("Czech Railways", "award order", "Skoda Transportation")], []),
    ],
    "guards: no named buyer, no award noun": [
        ("Fokker received an order from abroad for 12 jets.", [], [("abroad", "Fokker")]),
        ("Acme received a letter from the Pentagon.", [], [("Pentagon", "Acme")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(AWARDS))
def test_awards(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
