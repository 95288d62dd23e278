"""The possessive ending after the owner of a title is no part of the role: "Maryland's
Republican Governor Larry Hogan" is a "republican governor" of Maryland, not a "'s
republican governor"; "Trump's former National Security Adviser John Bolton" a "former
national security adviser" (not "former 's former ..."). A title without a possessive
keeps its words ("US Secretary of State Mike Pompeo")."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_labels
from tests.docs import parse


def labels(doc):
    return {(t.subject.text, t.label, t.object.text) for t in all_triples(doc)
            if t.pattern == "title"}


#: (sentence, rows, entities, the title triple)
_TITLES = [
    ("Maryland 's Republican Governor Hogan spoke", """
        4 poss PROPN Maryland NNP
        0 case PART 's POS
        3 amod ADJ Republican JJ
        4 compound PROPN Governor NNP
        5 nsubj PROPN Hogan NNP
        5 ROOT VERB speak VBD
    """, {"Maryland": "GPE", "Hogan": "PERSON"}, ("Hogan", "republican governor", "Maryland")),
    ("Iran 's Supreme Leader Khamenei spoke", """
        4 poss PROPN Iran NNP
        0 case PART 's POS
        3 compound PROPN Supreme NNP
        4 compound PROPN Leader NNP
        5 nsubj PROPN Khamenei NNP
        5 ROOT VERB speak VBD
    """, {"Iran": "GPE", "Khamenei": "PERSON"}, ("Khamenei", "supreme leader", "Iran")),
    ("Russia 's former Ambassador Kislyak spoke", """
        4 poss PROPN Russia NNP
        0 case PART 's POS
        3 amod ADJ former JJ
        4 compound PROPN Ambassador NNP
        5 nsubj PROPN Kislyak NNP
        5 ROOT VERB speak VBD
    """, {"Russia": "GPE", "Kislyak": "PERSON"}, ("Kislyak", "former ambassador", "Russia")),
    # guard: no possessive
    ("US Senator Sanders spoke", """
        2 compound PROPN US NNP
        2 compound PROPN Senator NNP
        3 nsubj PROPN Sanders NNP
        3 ROOT VERB speak VBD
    """, {"US": "GPE", "Sanders": "PERSON"}, ("Sanders", "senator", "US")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "title"), _TITLES)
def test_a_possessive_ending_is_no_part_of_a_title(sentence, rows, ents, title):
    found = labels(parse(sentence, rows, ents=ents))
    assert title in found
    assert not any("'s" in label for _, label, _ in found)


REAL_SENTENCES = {
    "a title after a possessive owner": [
        ("Maryland's Republican Governor Larry Hogan spoke on Monday.",
         [("Larry Hogan", "republican governor", "Maryland")], []),
        ("Iran's Supreme Leader Ali Khamenei spoke on Monday.",
         [("Ali Khamenei", "supreme leader", "Iran")], []),
        ("Mexico's Foreign Secretary Marcelo Ebrard said the talks would continue.",
         [("Marcelo Ebrard", "foreign secretary", "Mexico")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
