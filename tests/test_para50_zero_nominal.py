"""A noun spelt as its verb with a named "of" side and a named "by" side (session 48, para50).

* "the launch of X by SpaceX", "the purchase of Twitter by Elon Musk": a noun that is a
  verb of the vocabulary (:func:`~extract.derivation.verb_vocabulary`) with no ending of
  a verb's noun is the act of its "by" side on its "of" side, as "the impeachment of X
  by Y" already is (:func:`~extract.rules.nominal.unclassed_nominal`); only with both
  sides said, the "of" side named and the "by" side a person, organisation, country or
  people;
* guards: such a noun without a "by" side ("the launch of the campaign in Texas"), with
  an "of" side that names nothing, or a noun of a record of what is seen
  (:data:`~extract.lexicon.PERCEPTION_VERBS`: "a photograph of Putin by Reuters",
  "a film of Navalny by the BBC") gives no triple between the two sides.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

ZERO_DERIVED = {
    "a noun spelt as its verb, of and by sides named": [
        ("The purchase of Twitter by Elon Musk closed in October after months of litigation.",
         [("Elon Musk", "purchase", "Twitter")], [("Twitter", "Elon Musk")]),
        ("The launch of the Starliner capsule by Boeing was watched by thousands in Florida.",
         [("Boeing", "launch", "Starliner capsule")], [("Starliner capsule", "Boeing")]),
        ("The study of the Kakhovka dam collapse by the World Bank put the damage at "
         "14 billion dollars.",
         [("World Bank", "study", "Kakhovka dam collapse")], []),
    ],
    "guard: no by side, nothing named, a record of what is seen": [
        ("The launch of the campaign in Texas drew thousands of supporters.",
         [], [("campaign", "Texas")]),
        ("The visit of Narendra Modi to Moscow angered officials in Kyiv.",
         [], [("Narendra Modi", "Moscow"), ("Moscow", "Narendra Modi")]),
        ("A photograph of Vladimir Putin by Reuters was published on Monday.",
         [], [("Reuters", "Vladimir Putin")]),
        ("A film of Alexei Navalny by the BBC won an award in London.",
         [], [("BBC", "Alexei Navalny")]),
    ],
    "guard: a classed event noun keeps its class": [
        ("The arrest of Imran Khan by Pakistani police sparked protests in Lahore.",
         [("Pakistan", "arrest", "Imran Khan")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(ZERO_DERIVED))
def test_a_noun_spelt_as_its_verb(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
