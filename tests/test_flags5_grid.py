"""A grid of negated and hedged event summaries, run through the model.

``tests/data/flags_grid_2.jsonl`` holds 199 one- and two-sentence items in the style of
the Wikipedia Current Events Portal (present-tense headlines), written for this grid (none
from an evaluation set; committed before it was first run): 92 hedged (appeals "calls on /
urges / asks / requests / appeals to Y to V", "demands that", proposals and offers,
warnings "that X will / could", ultimatums, votes "to", bills and laws "that would",
agreements "to" do something, "is expected to", "seeks / aims to", "vows / pledges /
promises to", "considers / mulls / weighs", "prepares / moves to", "threatens to", the
future and headline infinitives, "plans / intends to", "accused / suspected of",
"allegedly / reportedly", claims of responsibility, "says X is planning / may", a hedge in
a second sentence, and nested hedges: "does not rule out", "refuses to rule out",
"threatens to stop"), 52 negated ("denies V-ing / that / reports that / plans to / it will",
"rejects claims / accusations / allegations that", "no" on the subject, "fails to",
"without V-ing", "refuses / declines to", "rules out", "calls off / cancels", acquittals,
"has not / did not / never", "says it will not", a denial in a second sentence, "fails to
agree to") and 51 controls that must stay unflagged (the appeal, demand, warning,
accusation, threat or rejection itself; suspensions, halts and closures, which are events;
acquittals, convictions and sentences themselves; realised acts reported, admitted or
confirmed; "without" a noun; a negation on another clause; "not only"; realised plans;
plain headline events). Each record: ``id``, ``construction``, ``sentence`` and
``expected`` as in :mod:`tests.grids` (``hedged`` null when either reading is fine).

On its first run 156 of 199 items held; 163 hold now. The items that do not hold yet are
listed in :data:`KNOWN_MISSES` with what goes wrong (most are a side that is no actor or
no triple at all; five are readings the project states by its own convention: "agree to",
"vote to", a claim of responsibility); every other item must keep holding, and the grid as
a whole must hold at least 0.80 of the items.

Session 44: item fs-074 read "violating its airspace"; a bare object owned by an unfound
"its" is now dropped (:func:`extract.vague.unowned`), so it reads "Turkish airspace" and the
hedge of "accused of" is still tested.
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

ITEMS = read_grid("flags_grid_2.jsonl")

#: Items that do not hold yet: id -> what goes wrong.
KNOWN_MISSES: dict[str, str] = {
    "fs-008": "'interfering in the affairs of Bahrain': the affairs are no participant",
    "fs-014": "'help it register migrants': the pronoun's help gives Greece, not the EU",
    "fs-016": "'the government' (no name) is no actor",
    "fs-018": "'demands Croatia reopen' (no 'that'): no triple",
    "fs-020": "'lift the blockade of fuel shipments': no participant",
    "fs-034": "'votes to allow troops to fight abroad': no participant",
    "fs-035": "'vote to withdraw' is stated by the project's convention ([realized_verbs]: "
              "'voted to remove him')",
    "fs-039": "'agree to coordinate' is stated by the project's convention ([agreeing_verbs], "
              "judged on the audited wire sheets)",
    "fs-041": "'agree to restore' is stated by the project's convention ([agreeing_verbs])",
    "fs-069": "'Narendra Modi to visit Britain ..., Downing Street says': no triple",
    "fs-071": "'rejected asylum seekers' parsed with 'rejected' as the verb",
    "fs-076": "'a man' is no actor",
    "fs-083": "headline 'claims responsibility for the bombing of a Russian airliner': no "
              "triple (the airliner is no participant)",
    "fs-084": "'Al-Shabaab claims responsibility' parsed as a noun phrase; a responsibility "
              "claim is stated by the project's convention",
    "fs-085": "'claims the kidnapping of X' is stated ('claim kidnapping')",
    "fs-091": "'lawyers will appeal the verdict': appealing a ruling has no event class "
              "(classes branch) and neither side is named, so no triple is kept",
    "fs-098": "'tear gas' is no participant",
    "fs-103": "'its executives' is no actor",
    "fs-104": "'denies reports that its troops are fighting in Syria': no triple",
    "fs-110": "'No agreement is reached between X and its creditors': no triple",
    "fs-111": "'No country' is no actor",
    "fs-112": "'No Western leader' is no actor",
    "fs-116": "'quotas' is no participant",
    "fs-120": "'without the Syrian opposition agreeing to a ceasefire': no triple",
    "fs-130": "'joint naval exercises with the Philippines': no exercise relation",
    "fs-135": "'the Metrojet airliner' is no participant",
    "fs-143": "'the warplane' is not resolved to the Russian warplane",
    "fs-144": "'the city' is not resolved to Donetsk",
    "fs-164": "'the creditors' is no actor",
    "fs-168": "headline 'admits shooting down a Syrian helicopter': the helicopter is no "
              "participant",
    "fs-174": "'six world powers' is no actor: no deal triple",
    "fs-194": "'controls on its border with Austria': no participant",
    "fs-195": "'the yuan' is no participant",
}


def test_the_grid_is_well_formed():
    assert len(ITEMS) >= 160
    check_items(ITEMS, KNOWN_MISSES, words=(6, 40))
    negated, hedged, controls = flag_counts(ITEMS)
    assert negated >= 50 and hedged >= 90 and controls >= 50


@pytest.mark.model
@pytest.mark.parametrize("item", item_params(ITEMS, KNOWN_MISSES))
def test_grid_item_holds(extractor, item):
    assert_holds(extractor, item)


@pytest.mark.model
def test_the_grid_holds_its_share(extractor):
    # the known misses included: a change that breaks items not yet listed shows here too
    count = holding(extractor, ITEMS)
    assert count / len(ITEMS) >= 0.80, (count, len(ITEMS))
