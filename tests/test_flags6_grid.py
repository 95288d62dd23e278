"""A third grid of negated and hedged event summaries, run through the model.

``tests/data/flags_grid_3.jsonl`` holds 222 one-sentence items in the style of the
Wikipedia Current Events Portal (present-tense headlines with named actors), written for
this grid (none from an evaluation set; committed before it was first run), over the
constructions where a negated or hedged triple tends to be lost, not only misflagged:
83 negated (denials of a nominal: "denies involvement / any role / complicity /
responsibility in the V-ing of Y"; "rejects / dismisses reports / claims / accusations
(that) it V-ed Y", also headline "X denies Y claims it V-ed"; gerund denials; refusals
and failures; "none of ... is V-ed by X", "neither ... nor"; negated passives; "rules
out the N of Y"; negation scoped over conjoined verbs, participial clauses "refusing /
failing to V" and relative clauses "who denies V-ing", "which X refuses to V"), 90 hedged
(threats, plans, vows; "suspected / accused of V-ing", "alleged / believed to have";
"the alleged V-ing of Y by X"; "according to" an unnamed or accusing source;
"reportedly / allegedly"; hedged passives "Y is reportedly V-ed by X"; conditionals "if X
V-s, Y will V"; hedges over conjoined verbs, participial clauses "reportedly V-ing,
threatening to V" and relative clauses "who is suspected of V-ing"), 4 where either
reading is fine ("according to" a named source) and 45 controls that must stay unflagged
(the denial, refusal, accusation or threat itself; acts confirmed or admitted; an act done
after an earlier failure, threat or refusal; a hedge or negation on a noun or in another
clause). Each record: ``id``, ``construction``, ``sentence`` and ``expected`` as in
:mod:`tests.grids` (``hedged`` null when either reading is fine).

On its first run (before any change of this session) 186 of 222 items held (by
construction: denials of a nominal 6/10, "rejects reports (that) it V-ed" 8/15, headline
denials 2/5, participial clauses 5/9, relative clauses 7/10, "rules out the N" 1/3, the
others 8/8 to 10/10 or one item short); 198 hold now. The items that do not hold yet are
listed in :data:`KNOWN_MISSES` with what goes wrong (parse shapes, NER, nouns with no event
class, arguments that are no actor); every other item must keep holding, and the grid as
a whole must hold at least 0.88 of the items.
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

ITEMS = read_grid("flags_grid_3.jsonl")

#: Items that do not hold yet: id -> what goes wrong.
KNOWN_MISSES: dict[str, str] = {
    "ft-007": "'the South Korean warship Cheonan': the warship is no participant and the "
              "name in apposition is typed a place",
    "ft-009": "'the poisoning of X': poisoning has no event class, so no triple",
    "ft-070": "'deport rejected asylum seekers' parsed with 'rejected' as the verb",
    "ft-084": "'take action against X': no triple",
    "ft-085": "'Malaysia Airlines Flight 17' is no participant: no shooting triple",
    "ft-117": "'the personal data of millions of X' is no participant",
    "ft-126": "'may have been brought down by X': no triple for the phrasal passive",
    "ft-153": "'the town' (Kobane typed an organisation) is not resolved",
    "ft-154": "headline 'The Houthis fire a missile' parsed with 'fire' as a noun",
    "ft-155": "'Al-Mourabitoun gunmen' typed a person and '170 hostages': no triple",
    "ft-158": "headline 'Iran test-fires ballistic missiles' parsed as a noun phrase",
    "ft-163": "'denies smuggling cocaine' parsed with 'smuggling' as a noun",
    "ft-166": "'which Baghdad refuses to disarm': the relative object of an infinitive is "
              "not read",
    "ft-170": "'rules out the extradition of X': an 'of' phrase that names someone keeps "
              "the event from the called-off reading (as for 'the visit of Maduro')",
    "ft-171": "'military intervention' has no event class",
    "ft-176": "'The Saudi-led coalition' becomes Saudi Arabia ('Saudi' parsed as an "
              "adverbial)",
    "ft-190": "'capture Tal Abyad': the place name is untyped, no triple",
    "ft-200": "'Police' (no nationality) is no actor",
    "ft-203": "'the Shia cleric Nimr al-Nimr, who ...': the name in apposition is not taken",
    "ft-209": "'a Buk missile' is no actor",
    "ft-217": "'The army' (no name) is no actor",
}


def test_the_grid_is_well_formed():
    assert len(ITEMS) >= 200
    check_items(ITEMS, KNOWN_MISSES, words=(6, 30))
    negated, hedged, controls = flag_counts(ITEMS)
    assert negated >= 80 and hedged >= 85 and controls >= 40


@pytest.mark.model
@pytest.mark.parametrize("item", item_params(ITEMS, KNOWN_MISSES))
def test_grid_item_holds(extractor, item):
    assert_holds(extractor, item)


@pytest.mark.model
def test_the_grid_holds_its_share(extractor):
    # the known misses included: a change that breaks items not yet listed shows here too
    count = holding(extractor, ITEMS)
    assert count / len(ITEMS) >= 0.88, (count, len(ITEMS))
