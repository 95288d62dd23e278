"""A fourth grid of flags: accused, claimed, believed, planned, conditional and threatened
acts, run through the model.

``tests/data/flags_grid_4.jsonl`` holds 170 one-sentence items written for this grid (none
from an evaluation set; committed before it was first run), over the constructions by which
a sentence puts an act forward as someone's claim or as still to come, and their controls:
"accuses / blames Y of / for V-ing" (the accusation stated, its content hedged), "alleges /
claims / charges / asserts / contends that", a lawsuit, complaint or indictment as source,
claim nouns with a clause ("allegations / reports / claims / rumours that"), nouns of
suspicion or fear, "reportedly / allegedly / purportedly / apparently", "is believed /
thought / said / alleged / reported / understood to have", "is expected / likely / set /
due / scheduled / poised to", futures and plans in reported or relative clauses, planned
or proposed nouns, conditionals ("if / unless / should"), threats, vows and pledges,
unverified claims ("a claim AFP could not verify"), denials (negated, not hedged, as
``benchmarks/README.md`` decides), questions ("whether", "unclear"), modals, aims and
deliberations; 10 negated, 111 hedged, 8 where either reading is fine and 51 controls that
must stay unflagged (the accusation, threat, pledge or demand itself; an overturning or a
ruling that happened; a named source's reported speech, which the conventions take as
stated; acts admitted or confirmed; a realised event under a hedge; a stated act beside a
hedged one; headlines). Each record: ``id``, ``construction``, ``sentence`` and
``expected`` as in :mod:`tests.grids` (``hedged`` null when either reading is fine).

On its first run (before any change of this session) 151 of 170 items held; 153 hold now
(the claim label after a report, "a claim AFP could not verify"; the event a vow to avenge
answers). The items that do not hold yet are listed in :data:`KNOWN_MISSES` with what goes
wrong; every other item must keep holding, and the grid as a whole at least 0.88 of them.
"""

from __future__ import annotations

import pytest

from tests.grids import (
    assert_holds,
    check_items,
    flag_counts,
    holding,
    item_params,
    read_grid,
)

ITEMS = read_grid("flags_grid_4.jsonl")

#: Items that do not hold yet: id -> what goes wrong.
KNOWN_MISSES: dict[str, str] = {
    "fg4-025": "'the ruling party' (no name) is no actor: no triple",
    "fg4-030": "the object is 'features' (copied from Snapchat), not Snapchat; hedged right",
    "fg4-039": "'Washington dismissed suggestions that the CIA funded ...' is read as the "
               "accused side's denial, so negated (the conventions' reading of a denial); "
               "the item expected hedged",
    "fg4-041": "'Accusations that Qatar bribed FIFA officials have dogged ...': the clause "
               "on a sentence-initial claim noun is not parsed as its content; no triple",
    "fg4-047": "sentence-initial 'Suspicion' tagged a proper noun, so not read as a belief "
               "noun: the supply is not hedged",
    "fg4-061": "'suspected of having attacked the tanker Marlin Luanda': no triple (the "
               "perfect gerund, and the ship's name)",
    "fg4-073": "the object is Israel and Hamas ('host talks between'), not 'talks'; hedged "
               "right",
    "fg4-078": "'a planned rally in Kampala': no triple for the rally",
    "fg4-079": "'the proposed sale of F-35 jets to the UAE': no seller named, no triple",
    "fg4-106": "the relation is 'overturn ban' with Marine Le Pen as object; stated right",
    "fg4-126": "'the army, which shelled Sake': no triple from the relative clause on the "
               "object of 'reach'",
    "fg4-138": "a denial gives the negated act only, no 'deny' triple",
    "fg4-142": "'asked whether Beijing had armed Russia': no triple",
    "fg4-154": "'held talks on restoring relations': no triple for the restoring",
    "fg4-167": "the object is 'cargo ship', not its name Galaxy Leader",
    "fg4-170": "'plotted to kill journalists' gives Iran 'plot to kill' hedged (the plot is "
               "the named source's statement; the relation keeps the intent verb)",
}


def test_the_grid_is_well_formed():
    assert len(ITEMS) == 170
    check_items(ITEMS, KNOWN_MISSES, words=(5, 30))
    negated, hedged, controls = flag_counts(ITEMS)
    # (fg4-032, "the indictment says", stated since session 51: prosecution papers attribute)
    assert (negated, hedged, controls) == (10, 110, 51)


@pytest.mark.model
@pytest.mark.parametrize("item", item_params(ITEMS, KNOWN_MISSES))
def test_grid_item_holds(extractor, item):
    assert_holds(extractor, item)


@pytest.mark.model
def test_the_grid_holds_its_share(extractor):
    # the known misses included: a change that breaks items not yet listed shows here too
    count = holding(extractor, ITEMS)
    assert count / len(ITEMS) >= 0.88, (count, len(ITEMS))
