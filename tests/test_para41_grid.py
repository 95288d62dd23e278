"""A stress grid of one-sentence paraphrases (session 41): 20 news events in six forms.

``tests/data/para41_grid.jsonl`` holds 120 wire-style items (18-40 words) written for
this grid before it was first run (none from an evaluation set): 20 events across 10
domains (war, diplomacy, courts, business, sport governance, health, cyber, migration,
politics, labour), each in the six forms of the held-out paraphrases, with the verbs
besiege, raid, sanction, ban, pardon, convict, acquire, fine, suspend, sack, sue,
criticise, hack, target, deport, detain, impeach, appoint, blockade and endorse; titles,
appositions, attributions, time and place phrases; nominal forms ("X's N of Y", "X's N
on / against Y", "the N of Y by X", "the N on Y by X"), participles (", V-ing Y" after a
main clause with its own object, fronted "Having V-ed Y," and "V-ing Y,", reduced
relatives "Y, V-ed by X,"), negations ("did not", "refused / declined / failed to",
"has not", "never", "will no longer", "denied V-ing", "denied that they had V-ed") and
hedges.

An item holds as in the other grids (:func:`tests.grids.held`). On its first run 113 of
120 held (active 19, passive 19, nominal 19, participle 18, negated 19, hedged 19; none
reversed); 114 after the rules of tests/test_para41_forms.py (negated 20). The items that
do not hold yet are listed in :data:`KNOWN_MISSES`; every other item must keep holding.
"""

from __future__ import annotations

import pytest

from tests.grids import (
    assert_holds,
    check_items,
    check_six_forms,
    holding,
    item_params,
    read_grid,
)

ITEMS = read_grid("para41_grid.jsonl")

_CAMPAIGN = ("'targeted Donald Trump's presidential campaign': a campaign is no person or "
             "group, so 'target' (FIGHT) has no class and the unnamed object is dropped")

#: Items that do not hold yet: id -> what goes wrong.
KNOWN_MISSES = {
    "p41-064": "'Suing Pfizer in federal court ..., Moderna said': 'Suing' tagged a proper "
               "noun compound of 'Pfizer', the phrase an unlabelled dependent of 'said'",
    "p41-079": _CAMPAIGN,
    "p41-080": _CAMPAIGN,
    "p41-081": _CAMPAIGN,
    "p41-082": _CAMPAIGN,
    "p41-084": _CAMPAIGN,
}
#: Items the grid holds.
HOLDING = 114


def test_the_grid_is_well_formed():
    assert len(ITEMS) == 120
    check_items(ITEMS, KNOWN_MISSES, words=(18, 40))
    check_six_forms(ITEMS, events=20)
    assert len({item["domain"] for item in ITEMS}) >= 10
    assert len(ITEMS) - len(KNOWN_MISSES) == HOLDING


@pytest.mark.model
@pytest.mark.parametrize("item", item_params(ITEMS, KNOWN_MISSES))
def test_grid_item_holds(extractor, item):
    assert_holds(extractor, item)


@pytest.mark.model
def test_the_grid_holds_as_many_as_when_written(extractor):
    count = holding(extractor, ITEMS)
    assert count >= HOLDING, (count, len(ITEMS))
