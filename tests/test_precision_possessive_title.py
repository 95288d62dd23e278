"""The possessive ending after the owner of a title is no part of the role: "Maryland's
Republican Governor Larry Hogan" is a "republican governor" of Maryland, not a "'s
republican governor"; "Trump's former National Security Adviser John Bolton" a "former
national security adviser" (not "former 's former ..."). A title without a possessive
keeps its words ("US Secretary of State Mike Pompeo"). Nor is a possessive ending part of
an object's wording in a relation: "urged Biden to reduce Smith's sentence" is "urge to
reduce sentence", not "urge to reduce 's sentence"."""

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


def all_labels(doc):
    return {(t.subject.text, t.label, t.object.text) for t in all_triples(doc)}


#: (sentence, rows, entities, the relation that must be given)
_WORDINGS = [
    ("Pelosi urged Biden to reduce Smith 's sentence", """
        1 nsubj PROPN Pelosi NNP
        1 ROOT VERB urge VBD
        1 dobj PROPN Biden NNP
        4 aux PART to TO
        1 xcomp VERB reduce VB
        7 poss PROPN Smith NNP
        5 case PART 's POS
        4 dobj NOUN sentence NN
    """, {"Pelosi": "PERSON", "Biden": "PERSON", "Smith": "PERSON"},
     ("Pelosi", "urge to reduce sentence", "Biden")),
    ("Merkel asked Putin to free Navalny 's aides", """
        1 nsubj PROPN Merkel NNP
        1 ROOT VERB ask VBD
        1 dobj PROPN Putin NNP
        4 aux PART to TO
        1 xcomp VERB free VB
        7 poss PROPN Navalny NNP
        5 case PART 's POS
        4 dobj NOUN aide NNS
    """, {"Merkel": "PERSON", "Putin": "PERSON", "Navalny": "PERSON"},
     ("Merkel", "ask to free aides", "Putin")),
    ("Macron urged Iran to release the ship 's crew", """
        1 nsubj PROPN Macron NNP
        1 ROOT VERB urge VBD
        1 dobj PROPN Iran NNP
        4 aux PART to TO
        1 xcomp VERB release VB
        7 det DET the DT
        8 poss NOUN ship NN
        6 case PART 's POS
        4 dobj NOUN crew NN
    """, {"Macron": "PERSON", "Iran": "GPE"}, ("Macron", "urge to release crew", "Iran")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "given"), _WORDINGS)
def test_a_possessive_ending_is_no_part_of_an_object_wording(sentence, rows, ents, given):
    found = all_labels(parse(sentence, rows, ents=ents))
    assert given in found
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
    "an object with a possessor in a relation": [
        ("Nancy Pelosi urged Joe Biden to reduce Smith's sentence.",
         [("Nancy Pelosi", "urge to reduce sentence", "Joe Biden")], []),
        ("Officials pressured Donald Trump not to commute Blagojevich's sentence.",
         [("officials", "pressure not to commute sentence", "Donald Trump")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
