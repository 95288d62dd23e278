"""A third construction grid: 40 news events in six forms each, run through the model.

``tests/data/forms_grid_3.jsonl`` holds 240 one-sentence wire-style items (18-40 words)
written for this grid before it was first run (committed before its first run; none from
an evaluation set): 40 events, each in the six forms of the held-out paraphrases
(``active``, ``passive``, ``nominal``, ``participle``, ``negated``, ``hedged``), with 40
verbs the first two grids do not have (encircle, ambush, liberate, intercept, summon,
rebuke, snub, subpoena, prosecute, exonerate, unseat, disqualify, censure, outbid, bail
out, poach, nationalise, quarantine, certify, authorise, eliminate, hire, strip, penalise,
shut down, evict, lock out, reinstate, picket, bribe, extort, hack, break up, throttle,
outlaw, bar, donate, resettle, airlift, infiltrate) across 13 domains (conflict,
diplomacy, courts, elections, business, health, sport, environment, labour, crime, tech
regulation, aid, security), with titles and appositions, attribution, relative clauses,
conjoined actors, long adjuncts, numbers and dates; nominal forms ("X's N of Y", "the N
of Y by X", "an N by X on Y", "the N imposed on Y by X", "the Y N imposed by X"),
participles (trailing ", V-ing Y", fronted "V-ed by X, Y", appositive "Y, V-ed by X last
week, ..."), negations ("has yet to", "stopped short of", "denied", "refused / declined /
failed to", "refrained from", "never", "will not", "voted not to") and hedges ("is set /
poised / expected / likely to", "is weighing", "is considering", "reportedly",
"allegedly", "could", "may", "is believed to have", "vowed / threatened / plans to",
"could be forced to"). Each record: ``id``, ``event``, ``domain``, ``form``,
``construction``, ``sentence`` and ``expected`` as in the other grids.

An item holds as in the other grids (:func:`tests.grids.held`). The items that do not hold
yet are listed in :data:`KNOWN_MISSES` with what goes wrong (they are not run one by one);
every other item must keep holding, and the grid as a whole must hold at least as many
items as it does now: 219 of 240 (0.91, none reversed) on its first run, 228 (0.95) after
the rules of tests/test_grid3_rules.py, 229 after those of tests/test_grid5_rules.py (the
stripping's "by" agent hung on the title it acts on: g3-135), 230 after session 34's
(a report a named speaker says something in is its statement: g3-151).
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

ITEMS = read_grid("forms_grid_3.jsonl")

#: Items that do not hold yet: id -> what goes wrong.
KNOWN_MISSES = {
    "g3-045": "'subpoena' is a noun spelt as a verb the lexicon does not class: no event noun",
    "g3-105": "'quarantine' is a noun spelt as an unclassed verb; 'Diamond Princess' untyped",
    "g3-136": "the parse makes 'won' the verb of 'Lysenko and two other athletes of medals'",
    "g3-145": "'Barrick Gold' typed PERSON: its project is a concept, as the regulator is",
    "g3-148": "'Barrick Gold' typed PERSON: its project is a concept, as the regulator is",
    "g3-149": "'Barrick Gold' typed PERSON: only the 'refuse to shut down' complement is left",
    "g3-150": "'Barrick Gold' typed PERSON: its project is a concept, as the regulator is",
    "g3-159": "'lockout': 'lock' is no verb of the vocabulary, so no noun of a phrasal verb",
    "g3-176": "'prosecutors told the court': an alleging source hedges the bribing",
    "g3-213": "'the Rite Aid facial recognition ban imposed by X': the name is no compound "
              "of the ban itself, and the agent is on the participle",
}
#: Items the grid holds.
HOLDING = 230


def test_the_grid_is_well_formed():
    assert len(ITEMS) == 240
    check_items(ITEMS, KNOWN_MISSES, words=(18, 40))
    check_six_forms(ITEMS, events=40)
    assert len(ITEMS) - len(KNOWN_MISSES) == HOLDING


@pytest.mark.model
@pytest.mark.parametrize("item", item_params(ITEMS, KNOWN_MISSES))
def test_grid_item_holds(extractor, item):
    assert_holds(extractor, item)


@pytest.mark.model
def test_the_grid_holds_as_many_as_when_written(extractor):
    # the known misses included: a change that breaks items not yet listed shows here too
    count = holding(extractor, ITEMS)
    assert count >= HOLDING, (count, len(ITEMS))
