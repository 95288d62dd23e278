"""A fourth construction grid: 40 news events in six forms each, run through the model.

``tests/data/forms_grid_4.jsonl`` holds 240 one-sentence wire-style items (18-40 words)
written for this grid and committed before it was first run (none from an evaluation
set): 40 events, each in the six forms of the held-out paraphrases (``active``,
``passive``, ``nominal``, ``participle``, ``negated``, ``hedged``), with 40 verbs the
other grids do not have (repel, overrun, storm, ram, sink, disarm, escort, torch, loot,
vandalise, blackmail, murder, apprehend, interrogate, repatriate, rebuff, reprimand,
praise, congratulate, topple, demote, overrule, charge, compensate, bankroll, sponsor,
draft, delist, expropriate, embargo, censor, spy on, contaminate, furlough,
excommunicate, vaccinate, lobby, honour, recruit, train) across 23 domains, with titles
and appositions, attribution, relative clauses, numbers and second clauses; nominal forms
("X's N of Y", "the N of Y by X" after a long object, "X's decision to V Y", "the X-led
N of Y", "X's N for / to / on Y"), participles (fronted "Backed by X," / "Having V-ed
Y," / "V-ing ...,", reduced relatives "Y, V-ed by X on D,", trailing ", V-ing Y" after
a main clause with another noun, "with X V-ing Y", "after V-ing Y"), negations ("failed
/ declined / refused to", "did not", "never", "has not yet", "will not / no longer",
"denied V-ing", "was unable to") and hedges ("may have", "is believed / expected / set /
poised / likely to", "appears to have", "allegedly", "reportedly", "could", "plans /
hopes / threatened to", "is considering / weighing whether to", "is suspected of", "are
close to", "are all but certain to", "is in talks to"). Each record: ``id``, ``event``,
``domain``, ``form``, ``construction``, ``sentence`` and ``expected`` as in the other
grids.

An item holds as in the other grids (:func:`tests.grids.held`). The items that do not hold
yet are listed in :data:`KNOWN_MISSES` with what goes wrong; every other item must keep
holding, and the grid as a whole must hold at least as many items as it does now: 201 of
240 (0.84, none reversed) on its first run (active 35, passive 36, nominal 22, participle
33, negated 40, hedged 35), 207 (0.86) after the rules of tests/test_grid4_rules.py.
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

ITEMS = read_grid("forms_grid_4.jsonl")

_VESSEL = "a vessel named by its owner rams a boat: two things, no actor, so no triple"
_MAWOZO = "'400 Mawozo', a gang's name that opens with a number, is read as an amount"
_UNCLASSED_OF = ("'X's N of Y' of a verb the lexicon does not class, with a common-noun "
                 "'of' side, X no name or N in '-ment': no relation")

#: Items that do not hold yet: id -> what goes wrong.
KNOWN_MISSES = {
    "g4-019": _VESSEL,
    "g4-020": _VESSEL,
    "g4-021": _VESSEL,
    "g4-022": _VESSEL,
    "g4-024": _VESSEL,
    "g4-033": "'disarmament' ends in '-ament', no ending of a verb's noun",
    "g4-039": "'the Indian Navy's escort of the tanker': 'escort' is unclassed",
    "g4-040": "the parse hangs 'Escorted by X' on the closing 'Trafigura said' and swallows "
              "the main clause (no longer read as escorting Trafigura)",
    "g4-049": _MAWOZO,
    "g4-050": _MAWOZO,
    "g4-052": _MAWOZO,
    "g4-054": _MAWOZO,
    "g4-064": "'with the gang blackmailing Boeing': the bare 'gang' is not resolved to LockBit",
    "g4-084": "'plans to interrogate X ..., the state news agency TASS reported' parsed "
              "with the agency as the object of 'plans'",
    "g4-105": "'Guterres's praise for Qatar': 'for' is no preposition of a verb's noun",
    "g4-111": "'Modi's congratulations to Starmer': 'to' is no preposition of a verb's noun",
    "g4-118": "'Toppled by a student-led uprising': an uprising is no actor",
    "g4-139": "'said in a report': a report is an alleging source, so it is hedged",
    "g4-144": "'sub-postmasters' split by the parse into 'sub' and a subject 'postmasters'",
    "g4-151": "'Saudi Aramco' typed PERSON and 'sponsored' parsed as its modifier",
    "g4-152": "the passive's object is labelled by its apposition 'football's world "
              "governing body', not FIFA",
    "g4-181": "'censored TV Rain ... by blocking its website': only the blocking is read",
    "g4-189": "'the CNI's spying on X': 'on' is no preposition of a verb's noun",
    "g4-200": "'furloughed by the planemaker': 'furlough' unclassed, agent a bare noun",
    "g4-207": "'the Vatican's excommunication of X': the Vatican typed FAC, no actor",
    "g4-214": "'vaccinating children' after a main clause: 'vaccinate' is unclassed",
    "g4-225": "'King Charles's tribute to X': 'tribute' is no verb's noun",
    "g4-231": _UNCLASSED_OF,
}
#: Items the grid holds.
HOLDING = 212


def test_the_grid_is_well_formed():
    assert len(ITEMS) == 240
    check_items(ITEMS, KNOWN_MISSES, words=(18, 40))
    check_six_forms(ITEMS, events=40)
    assert len({item["domain"] for item in ITEMS}) >= 15
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
