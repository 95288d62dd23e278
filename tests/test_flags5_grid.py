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

The items that do not hold yet are listed in :data:`KNOWN_MISSES` with what goes wrong;
every other item must keep holding, and the grid as a whole must hold at least the share
in :func:`test_the_grid_holds_its_share`.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.grids import found, held, holding, item_params, read_grid

ITEMS = read_grid("flags_grid_2.jsonl")

#: Items that do not hold yet: id -> what goes wrong.
KNOWN_MISSES: dict[str, str] = {}


def test_the_grid_is_well_formed():
    assert len(ITEMS) >= 160
    assert len({item["id"] for item in ITEMS}) == len(ITEMS)
    assert set(KNOWN_MISSES) <= {item["id"] for item in ITEMS}
    for item in ITEMS:
        words = len(item["sentence"].split())
        assert 6 <= words <= 40, item["id"]
        assert set(item["expected"]) == {"subject", "relation", "object", "negated", "hedged"}
        assert isinstance(item["expected"]["negated"], bool), item["id"]
    negated = sum(item["expected"]["negated"] for item in ITEMS)
    hedged = sum(bool(item["expected"]["hedged"]) for item in ITEMS)
    controls = sum(item["construction"].startswith("control") for item in ITEMS)
    assert negated >= 50 and hedged >= 90 and controls >= 50


@pytest.mark.model
@pytest.mark.parametrize("item", item_params(ITEMS, KNOWN_MISSES))
def test_grid_item_holds(extractor, item):
    (result,) = extractor.extract([Article("t", item["sentence"])])
    assert held(result.triples, item["expected"]), found(result.triples)


@pytest.mark.model
def test_the_grid_holds_its_share(extractor):
    # the known misses included: a change that breaks items not yet listed shows here too
    count = holding(extractor, ITEMS)
    assert count / len(ITEMS) >= 0.0, (count, len(ITEMS))
