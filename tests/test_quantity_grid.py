"""The quantity grid: 200 wire-style sentences with amounts in or next to the arguments.

``tests/data/quantity_grid.jsonl`` holds 200 one-sentence items (7-21 words) written for
this grid before it was first run (committed before its first run; none from an
evaluation set), 1987 Reuters style and modern: results and table talk ("Net rose to 45
cts", "Sales totalled 1.2 billion dlrs", "Shr 22 cts vs 18 cts"), stakes ("The stake,
14.5 pct of ..."), fractions ("two-thirds of the shares", "a third of its workforce",
"half the board", "1/3 of a share"), counted people ("Dozens were wounded", "Tens of
thousands marched", "three soldiers"), amounts modifying nouns ("a 300 mln dlr
facility"), approximations and units (tonnes, barrels, bushels, ounces, marks, pesos,
francs, lire, stg, ecus, kg, megawatts), 1987 fractions ("12-1/2 pct", "5-3/8 points"),
changes ("up 1.7 pct from"), amount nouns ("a total of", "the figure", "a record", "the
majority", "the balance"), written numbers ("Four million", "Three were charged"),
ranges, per-share prices ("60 dlrs a share"), tickers ("<TEX>", "<X>"), years, seasons
and times ("1987 was", "the 1986/87 season", "at 1000 GMT"), and actor relations with
money talk ("The SEC fined Ivan Boesky 100 mln dlrs").

Each record: ``id``, ``construction``, ``sentence``, ``quantities`` (the amounts an
annotator of the held-out wire sets would list for it, as written) and ``expected``:
None, or the actor relation that must still be extracted beside the amount, in the
format of the other grids (``hedged`` None: either reading). An item *holds* when no
side of its triples is a quantity as ``benchmarks/heldout.py`` scores wire articles
(:func:`benchmarks.heldout.is_quantity_side` with the item's quantities, the noun a
number counts included, as the scorer counted it up to session 31), and its
expected relation, if any, is found (:func:`tests.grids.held`).

First run (before any rule of this session): 195 of 200 held; two items had a quantity
side ("200 mln ecus", "80 mln ecus": the currency was no unit) and three expected
relations were missed. 197 after the currencies of tests/test_quant_currencies.py, 198
after the per-share "for" of tests/test_quant_per_share.py. The items that do not hold
yet are listed in :data:`KNOWN_MISSES`.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from benchmarks.heldout import is_quantity_side, side_names
from tests.grids import EXPECTED_FIELDS, found, held, read_grid

ITEMS = read_grid("quantity_grid.jsonl")

#: Items that do not hold yet: id -> what goes wrong.
KNOWN_MISSES = {
    "qg-084": "'Police seized ... cocaine': a bare 'police' with a bare concept is dropped "
              "as vague, amount or not ('Police seized cocaine in Antwerp' gives nothing)",
}
#: Items the grid holds.
HOLDING = 199


def _quantity_sides(triples, quantities) -> list[tuple]:
    return [(t.subject.label, t.relation.label, t.object.label) for t in triples
            if any(is_quantity_side(side_names({"label": side.label, "text": side.text}),
                                    quantities, counted=True)
                   for side in (t.subject, t.object))]


def _holds(item, triples) -> bool:
    return not _quantity_sides(triples, item["quantities"]) and (
        item["expected"] is None or held(triples, item["expected"]))


def test_the_grid_is_well_formed():
    assert len(ITEMS) == 200
    assert len({item["id"] for item in ITEMS}) == len(ITEMS)
    assert set(KNOWN_MISSES) <= {item["id"] for item in ITEMS}
    assert len(ITEMS) - len(KNOWN_MISSES) == HOLDING
    for item in ITEMS:
        assert 7 <= len(item["sentence"].split()) <= 21, item["id"]
        for quantity in item["quantities"]:
            assert quantity.casefold() in item["sentence"].casefold(), item["id"]
        if item["expected"] is not None:
            assert set(item["expected"]) == EXPECTED_FIELDS, item["id"]
    assert sum(item["expected"] is not None for item in ITEMS) == 42


@pytest.mark.model
@pytest.mark.parametrize("item", [pytest.param(item, id=f"{item['id']} {item['construction']}")
                                  for item in ITEMS if item["id"] not in KNOWN_MISSES])
def test_grid_item_holds(extractor, item):
    (result,) = extractor.extract([Article("t", item["sentence"])])
    assert not _quantity_sides(result.triples, item["quantities"]), found(result.triples)
    if item["expected"] is not None:
        assert held(result.triples, item["expected"]), found(result.triples)


@pytest.mark.model
def test_the_grid_holds_as_many_items_as_it_did(extractor):
    results = extractor.extract([Article(item["id"], item["sentence"]) for item in ITEMS])
    assert sum(_holds(item, result.triples)
               for item, result in zip(ITEMS, results, strict=True)) >= HOLDING
