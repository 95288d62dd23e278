"""A grid of negated and hedged renderings of news events, run through the model.

``tests/data/flags_grid.jsonl`` holds 228 one-sentence news items written for this grid
(none from an evaluation set; committed before it was first run), in war, diplomacy,
politics, crime, courts, business, disasters and sport governance: 87 negated ("did not",
"never", "no" on an argument, "neither ... nor", "denied V-ing / that", "refused /
declined / failed to", "rejected claims that", "without V-ing", "stopped short of", "ruled
out", "was unable to / could not", "called off / cancelled / fell through", "has yet to",
"no longer", acquittals, foiled and failed events, "barred from", "did not allow",
"instead of", abandoned plans), 88 hedged (modals, the future, "is expected / likely / set /
poised / scheduled to", "plans / intends / aims / seeks / threatens / vows / pledges /
promises / proposes / offers to", "considering / weighing", "allegedly / reportedly",
"accused / suspected of", "alleged / said / believed to have", unconfirmed and anonymous
sources, "could face", appeals and orders, conditionals, questions of fact with "whether",
nominal hedges, claims, feared events, headline infinitives, "wants to", attempts) and 53
controls that must stay unflagged (realised acts reported with "said", "confirmed",
"announced"; implicatives; "not only"; "no sooner"; a negation or hedge in another clause or
on another noun; "not until"; "did not hesitate"; admissions; "despite"; "without" a noun;
the accusation, refusal or threat itself). Each record: ``id``, ``construction``,
``sentence`` and ``expected`` in the format of the held-out paraphrases (acceptable subject
names, relation words, object names; ``negated``; ``hedged``, or null when either reading
is fine: an attempt, "did not deny").

An item holds when a triple has an acceptable subject, relation and object, the right way
round, with the expected flags (as ``benchmarks/heldout.py`` scores a paraphrase: a negated
item needs a negated triple; any other a triple not negated, hedged as expected). The items
that do not hold yet are listed in :data:`KNOWN_MISSES` with what goes wrong (they are not
run one by one); every other item must keep holding, and the grid as a whole must hold at
least 0.89 of the items (205 of 228 hold; nine in ten was reached with a rule on a low-hung
"until" that was dropped for precision).
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

ITEMS = read_grid("flags_grid.jsonl")

#: Items that do not hold yet: id -> what goes wrong.
KNOWN_MISSES = {
    "fl-005": "'Ukrainian forces ... recapture Bakhmut': no triple",
    "fl-012": "'charges were filed against X by Y': the charges, not X, as object",
    "fl-040": "'its coast guard had rammed a Philippine supply vessel': no triple",
    "fl-043": "'it had hijacked a Ryanair flight': the flight is no participant",
    "fl-052": "'a coalition with X' names no partner",
    "fl-060": "'fell through' after a merger noun of two names: no triple",
    "fl-061": "'trip' is no event noun: only 'postpone trip to'",
    "fl-063": "'collapsed without an agreement': no agreement relation",
    "fl-074": "'army officers' is no actor",
    "fl-083": "'rather than negotiating': no subject for the gerund",
    "fl-087": "'wants ... but has refused to': the conjunct keeps no subject",
    "fl-094": "'interfered in the presidential election in Moldova': no triple",
    "fl-105": "'an arrest warrant for X': no arrest of X",
    "fl-135": "'his uncle Jang Song-thaek' is not resolved to the name",
    "fl-144": "'federal prosecutors' is no actor",
    "fl-161": "'The planned visit of X to Y' as a subject: no triple",
    "fl-167": "'they had shot down an American drone': the drone is no participant",
    "fl-172": "'Emmanuel Macron to visit Algeria, Elysee says' parsed as a relative clause",
    "fl-184": "'the Russian football union' is no participant",
    "fl-189": "'the report found' makes a report the source of an allegation",
    "fl-201": "'until Saturday' hung on the infinitive after the object: the 'not' reads as "
              "denying the opening (a low 'until' was tried and dropped: 'did not deliver "
              "the tanks, citing delays until March' lost its negation)",
}


def test_the_grid_is_well_formed():
    assert len(ITEMS) >= 200
    check_items(ITEMS, KNOWN_MISSES, words=(8, 40))
    negated, hedged, controls = flag_counts(ITEMS)
    assert negated >= 80 and hedged >= 80 and controls >= 50


@pytest.mark.model
@pytest.mark.parametrize("item", item_params(ITEMS, KNOWN_MISSES))
def test_grid_item_holds(extractor, item):
    assert_holds(extractor, item)


@pytest.mark.model
def test_the_grid_holds_at_least_089(extractor):
    # the known misses included: a change that breaks items not yet listed shows here too
    count = holding(extractor, ITEMS)
    assert count / len(ITEMS) >= 0.89, (count, len(ITEMS))
