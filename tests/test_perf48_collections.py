"""Session 48's throughput work gives the results of the work it replaces.

* The garbage collections of a build: :func:`extract.parallel.leave_out` (a command's
  imports left out until it ends) and :func:`extract.parallel.fewer_collections`, whose
  freeze now adds to what the command left out, put back with it, instead of doing
  nothing; neither asks ``gc.get_freeze_count`` in a build (it walks every frozen object).
* ``_after_remnant`` reads the words between a verb and its phrase, not the verb's subtree.
* The page's spring layout with weighted edges (the edge term written only where A is not 0).
"""

from __future__ import annotations

import gc

import networkx as nx
import numpy as np
import pytest
from actorgraph.extract import parallel
from actorgraph.extract.deps import CONJ, PREP
from actorgraph.extract.parallel import GC_THRESHOLD, fewer_collections, leave_out
from actorgraph.extract.rules.base import _after_remnant, gapped_remnant


@pytest.fixture
def nothing_left_out():
    """Each test starts and ends with nothing frozen (pytest may run under a freeze: skip)."""
    if gc.get_freeze_count():
        pytest.skip("objects are already left out of the collections in this process")
    yield
    assert not parallel._HELD[0]
    gc.unfreeze()


def test_leave_out_freezes_once_and_puts_everything_back(nothing_left_out):
    put_back = leave_out()
    assert put_back is not None and gc.get_freeze_count() > 0 and parallel._HELD[0]
    assert leave_out() is None  # already left out: nothing more, nothing to put back
    put_back()
    assert not gc.get_freeze_count() and not parallel._HELD[0]


def test_leave_out_does_nothing_when_something_else_froze(nothing_left_out):
    gc.freeze()  # another caller's
    assert leave_out() is None and not parallel._HELD[0]
    gc.unfreeze()


def test_a_freeze_inside_a_hold_adds_to_it_and_is_put_back_with_it(nothing_left_out):
    before = gc.get_threshold()
    put_back = leave_out()
    held = gc.get_freeze_count()
    with fewer_collections() as freeze:
        made = [[i] for i in range(1000)]  # tracked objects made after the hold
        assert gc.get_threshold() == GC_THRESHOLD
        freeze()
        # the thousand lists made are left out (with slack: an object left out before
        # leaves the count when it dies, which another thread may make happen meanwhile)
        assert gc.get_freeze_count() > held + len(made) // 2
        freeze()  # again: what was made since is left out too
    # the block's end puts nothing back: the hold does, when it ends
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() > held + len(made) // 2 and parallel._HELD[0]
    put_back()
    assert not gc.get_freeze_count()


def test_a_freeze_outside_a_hold_is_put_back_at_the_blocks_end(nothing_left_out):
    with fewer_collections() as freeze:
        freeze()
        assert gc.get_freeze_count() > 0 and parallel._HELD[0]
        with fewer_collections() as inner:  # a block inside adds to it
            inner()
        assert gc.get_freeze_count() > 0 and parallel._HELD[0]
    assert not gc.get_freeze_count() and not parallel._HELD[0]


def test_a_freeze_after_another_callers_does_nothing(nothing_left_out):
    gc.freeze()
    count = gc.get_freeze_count()
    with fewer_collections() as freeze:
        made = [[i] for i in range(1000)]
        freeze()
        # a freeze would leave out the thousand lists just made; the count may only fall
        # meanwhile (an object left out leaves it when it dies, maybe in another thread)
        assert gc.get_freeze_count() < count + len(made) // 2
    assert gc.get_freeze_count() > count // 2  # still theirs, left out: not put back
    gc.unfreeze()


def test_a_build_asks_no_freeze_count_once_the_command_holds(nothing_left_out, monkeypatch):
    asked = []
    count = gc.get_freeze_count
    monkeypatch.setattr(gc, "get_freeze_count", lambda: asked.append(1) or count())
    put_back = leave_out()
    asked.clear()
    for _ in range(3):  # the extraction's, the graph's and the writing's blocks
        with fewer_collections() as freeze:
            freeze()
    assert asked == []
    put_back()


def _after_remnant_by_subtree(prep, verb) -> bool:
    """The former reading: the verb's whole subtree."""
    return any(t.i < prep.i and gapped_remnant(t) for t in verb.subtree
               if verb.i < t.i < prep.i and t.dep_ == CONJ)


#: Gapped clauses, coordinations and plain phrases (written for this test).
REMNANT_TEXTS = [
    "Turkish jets fired 30 rockets at Kurdish positions and Syria 12 at rebel villages.",
    "The Liberals won 120 seats in the north, the Greens 14 and the Socialists 9 in Lyon.",
    "Moody's cut the bank's rating to junk and Fitch to BB in London on Tuesday.",
    "Police arrested 40 protesters and seized weapons in Nairobi after the march.",
    "Ukraine launched 90 drones at Russian refineries, Russia 70 at power plants in Kharkiv.",
    "The army and the police deployed troops to the border with Chad on Monday.",
    "Rebels shelled the town, killing four people, and fighters from Mali took the road "
    "to Gao in the night.",
    # remnants the parse coordinates with the object (the reading answers True)
    "Israel launched 12 rockets at Gaza and Hamas 30 at Ashkelon on Sunday.",
    "India sent 500 troops to the border and China 800 to Tibet.",
    "Pakistan deported 300 migrants to Kabul and Iran 1,200 to Herat last week.",
]


@pytest.mark.model
def test_after_remnant_reads_as_the_verbs_whole_subtree_did(nlp):
    # every (word, phrase) pair of each sentence: the same answer both ways
    pairs, after = 0, set()
    for doc in nlp.pipe(REMNANT_TEXTS):
        for verb in doc:
            for prep in doc:
                if prep.dep_ != PREP:
                    continue
                found = _after_remnant(prep, verb)
                assert found == _after_remnant_by_subtree(prep, verb), \
                    (doc.text, verb.text, prep.text)
                pairs += 1
                if found and verb.pos_ == "VERB":
                    after.add((doc[0].text, verb.text, prep.text))
    assert pairs > 100
    # the phrase after the remnant ("Hamas 30 at Ashkelon") is not the first clause's
    assert {("Israel", "launched", "at"), ("India", "sent", "to"),
            ("Pakistan", "deported", "to")} <= after


@pytest.mark.parametrize("nodes, edges, seed", [(40, 80, 5), (300, 450, 7), (120, 0, 3)])
def test_the_opening_layout_with_weighted_edges_is_networkx_bit_for_bit(nodes, edges, seed):
    from actorgraph.exports.html import spring_layout

    G = nx.gnm_random_graph(nodes, edges, seed=seed)
    rng = np.random.RandomState(seed)
    for u, v in G.edges():
        G[u][v]["weight"] = float(rng.choice([0.5, 1.0, 2.0, 3.7]))
    mine = spring_layout(G, seed=seed, iterations=50, scale=10.0)
    theirs = nx.spring_layout(G, seed=seed, iterations=50, scale=10.0)
    assert list(mine) == list(theirs)
    assert all(np.array_equal(mine[n], theirs[n]) for n in G)


def _labelled_claim_by_subtree(verb, predicate) -> bool:
    """The former reading of ``context._labelled_claim``: the verb's whole subtree."""
    from actorgraph.extract import context
    from actorgraph.extract.lexicon import ALLEGATION_VERBS, LABELLING_CLAIM_NOUNS

    if verb.lemma_.lower() in ALLEGATION_VERBS:
        return False
    if context._plural_label_after(verb):
        return True
    for tok in verb.subtree:
        if (tok.dep_ not in context._LABEL_DEPS or tok.pos_ != "NOUN" or tok.i < 2
                or tok.lemma_.lower() not in LABELLING_CLAIM_NOUNS):
            continue
        det = tok.left_edge
        if (det.dep_ == context.DET and det.lower_ in ("a", "an") and det.i > predicate.i
                and verb.doc[det.i - 1].text == "," and context.clause_head(tok.head) == verb
                and not context._confirmed_label(tok)
                and context._claim_below(verb, verb.doc[det.i - 2]) is None):
            return True
    return False


#: Clauses labelled a claim, an accusation, a charge, and clauses with no label
#: (written for this test).
LABEL_TEXTS = [
    "Kenya says Somali militants attacked a police post near Mandera, a claim the group "
    "denies.",
    "Israeli tanks shelled a school in Rafah, an allegation the army rejects, and troops "
    "raided two clinics.",
    "Prosecutors charged the former minister with fraud, a charge he denies.",
    "Venezuelan forces seized an oil tanker, a move Washington called piracy.",
    "The rebels said government jets bombed a market in El Fasher, an accusation Khartoum "
    "dismissed as propaganda. The army denied it.",
    "Officials confirmed that the drone struck a depot, a claim later backed by satellite "
    "images.",
    "Police arrested twelve people in Lagos on Monday.",
]


@pytest.mark.model
def test_labelled_claim_reads_as_the_verbs_whole_subtree_did(nlp):
    from actorgraph.extract.context import _labelled_claim
    from actorgraph.extract.tree import children_cached

    asked, labelled = 0, set()
    for doc in nlp.pipe(LABEL_TEXTS):
        for held in (False, True):
            with children_cached(doc) if held else _nothing():
                for verb in doc:
                    for predicate in doc:
                        found = _labelled_claim(verb, predicate)
                        assert found == _labelled_claim_by_subtree(verb, predicate), \
                            (doc.text, verb.text, predicate.text, held)
                        asked += 1
                        if found:
                            labelled.add((doc[0].text, verb.text))
    assert asked > 1000
    assert {("Kenya", "attacked"), ("Israeli", "shelled")} <= labelled


def _nothing():
    import contextlib

    return contextlib.nullcontext()
