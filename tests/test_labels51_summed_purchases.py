"""A bare definite purchase or investment points back to the buying an earlier sentence
told (session 51).

"Standard Packaging Corp said it bought the plastic container division of Borg Industries
... Standard Packaging financed *the purchase* with a bank credit line": judges marked the
bare "purchase" partly right ("which not named", "Borg division"); so was "Westrock welcomed
*the investment*" after "Kawahara said it had bought a 19.9 pct stake in Westrock".
``[summed_acts]`` now sums up buying with "investment" and "purchase" (buy, invest), so the
noun is the buyer's (:meth:`~extract.actors.ActorResolver._summed_act`). When the buyer
itself acts on it ("financed the purchase", its own act, no news in the buyer's name), a
"purchase" ("noun:of") is labelled with the bought thing's own words instead, never a name,
number or complement (:func:`~extract.actors._own_act_of`); a "with" phrase of means the
parse hung on the noun ("with a bank loan") no longer keeps it bare
(:func:`~extract.actors._means_with`). A hedged or listed buying, a named or counted object
("Suzuki's truck business", "3 mln tonnes of soybeans"), or "with" a name keep the noun.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

CHANGED = [
    ("Harlan Foods Inc said it bought the frozen vegetable business of Del Norte Corp for 40 "
     "mln dlrs. Harlan financed the purchase with a bank loan.",
     ("Harlan", "finance", "purchase of frozen vegetable business")),
    ("General Electric Co bought the medical unit of Siemens AG for 1.2 billion dlrs. "
     "General Electric financed the purchase with bonds.",
     ("General Electric Co", "finance", "purchase of medical unit")),
    ("Toyota Motor Corp bought a 5 pct stake in Suzuki Motor Corp on Tuesday. Suzuki "
     "welcomed the investment.",
     ("Suzuki", "welcome", "Toyota Motor Corp's investment")),
    ("China bought 3 mln tonnes of U.S. soybeans last month. Brazil criticised the purchase.",
     ("Brazil", "criticise", "China's purchase")),
    ("Qatar Investment Authority invested 500 mln dlrs in Barclays Plc in 2008. British "
     "prosecutors later investigated the investment.",
     ("British prosecutors", "investigate", "Qatar Investment Authority's investment")),
]

UNCHANGED = [
    # a hedged buying told no purchase
    ("Traders said Japan may have bought 200,000 tonnes of wheat. Australia welcomed the "
     "purchase.",
     ("Australia", "welcome", "purchase")),
    # several buyers: whose is not said
    ("India and China bought Russian oil in March. Washington criticised the purchase.",
     ("Washington", "criticise", "purchase")),
    # its own purchase of a named owner's business: no name put in the label
    ("Toyota bought Suzuki's truck business. Toyota financed the purchase with debt.",
     ("Toyota", "finance", "purchase")),
    # its own purchase of a quantity: no "purchase of tonnes"
    ("China bought 3 mln tonnes of U.S. soybeans last month. China defended the purchase.",
     ("China", "defend", "purchase")),
    # "with" a name is no means: the purchase with Unilever stays as read
    ("Nestle SA bought the chocolate business of Ferrero. Nestle completed the purchase "
     "with Unilever.",
     ("Nestle", "complete purchase with", "Unilever")),
    # another verb's investment: no buying told
    ("Analysts said the fund might buy shares in Tesla. Tesla welcomed the investment.",
     ("Tesla", "welcome", "investment")),
]

SENTENCES = list(dict.fromkeys(s for s, _ in CHANGED + UNCHANGED))


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, set[tuple[str, str, str]]]:
    results = extractor.extract([Article(f"o{i}", s) for i, s in enumerate(SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label) for t in r.triples}
            for s, r in zip(SENTENCES, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple"), CHANGED + UNCHANGED)
def test_purchase_points_back_to_the_buying(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])

