"""A demand made of someone says what is asked, as "call on Israel to halt construction"
gives "call on to halt construction": "demanded that the United States cancel the arms
sale" is "demand cancel arms sale" (of the United States), "called for Moscow to reduce
its missiles" is "call for to reduce missile" (of Moscow), "not to" kept; the relation's
lemma stays the demand's own ("demand", "call for"), so its event class does not move
(:func:`extract.rules.complements._demanded_wording`)."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction, check_labels

_LABELS = {
    "a demand that someone act": [
        ("China demanded that the United States cancel the arms sale to Taiwan.",
         [("China", "demand cancel arms sale", "United States")],
         [("China", "demand", "United States")]),
        ("Iran demanded that Britain release the seized tanker immediately.",
         [("Iran", "demand release seized tanker", "United Kingdom")], []),
        ("The Arab League demanded that Israel withdraw its forces from Lebanon.",
         [("Arab League", "demand withdraw forces", "Israel")], []),
    ],
    "a call for someone to act": [
        ("NATO called for Moscow to reduce its short-range missiles in Europe.",
         [("NATO", "call for to reduce short-range missiles", "Moscow")],
         [("NATO", "call for", "Moscow")]),
        ("Human Rights Watch called for Israel not to demolish the village school.",
         [("Human Rights Watch", "call for not to demolish village school", "Israel")], []),
        ("Amnesty International called for Egypt to free the jailed journalists.",
         [("Amnesty International", "call for to free jailed journalists", "Egypt")], []),
    ],
    # "stop V-ing": what is to stop is said ("insist stop" alone loses it; act_wording)
    "a demand that someone stop doing something": [
        ("China insisted that Japan stop releasing the water into the sea.",
         [("China", "insist stop releasing water", "Japan")], [("China", "insist stop", "Japan")]),
        ("Iran demanded that the United States stop seizing its oil tankers.",
         [("Iran", "demand stop seizing oil tankers", "United States")], []),
        ("Beijing demanded that Washington stop selling weapons to Taiwan.",
         [("Beijing", "demand stop selling weapons", "Washington")], []),
    ],
}

# a present state after "insist" is a claim of what is so, asked of no one
# (complements._stated_fact): no demand of its subject
_CLAIMS = {
    "a claim that something is so": [
        ("China insisted that Taiwan is part of its territory.", [], [("China", "Taiwan")]),
        ("Vietnam insists that the islands are Vietnamese territory.", [],
         [("Vietnam", "islands")]),
        ("Serbia insists that Kosovo is still its southern province.", [],
         [("Serbia", "Kosovo")]),
    ],
}

# the lemma, and so the class and the scorers' matching, is the demand's own
_LEMMAS = {
    "a demand keeps its lemma": [
        ("China demanded that the United States cancel the arms sale to Taiwan.",
         [("China", "demand", "United States", False, False)], []),
        ("NATO called for Moscow to reduce its short-range missiles in Europe.",
         [("NATO", "call for", "Moscow", False, False)], []),
        # guard: a stated fact is no demand ("insisted that Moscow had violated")
        ("Washington insisted that Moscow had violated the treaty.",
         [], [("Washington", "Moscow")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_LABELS))
def test_demand_labels_say_what_is_asked(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_LEMMAS))
def test_demand_lemma_unchanged(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_CLAIMS))
def test_present_state_is_a_claim(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
