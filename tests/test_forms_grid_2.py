"""A second grid of nominal and participle renderings of news events, run through the model.

``tests/data/forms_grid_2.jsonl`` holds 220 one-sentence news items written for this grid
before any error of it was read (none from an evaluation set), with constructions the
first grid (:mod:`tests.test_forms_nominal_participle_grid`) does not have: event nouns
with day and duration possessives ("Tuesday's seizure of", "the three-day siege of"),
nationality plurals ("Russian strikes on", "Israeli raids in"), compound actors ("the
Houthi attack on", "the FBI raid on"), event nouns as objects of other verbs ("condemned
the bombing of Y by X", "defended his government's closure of") and in adjuncts ("in the
wake of", "amid", "since the start of", "days after"), in whose-clauses and appositions,
after support verbs (carried out, launched, made, imposed, filed, staged, lodged, issued,
struck, opened fire, declared war, mounted, inflicted, waged, extended, gave, held), with
"against/on/for/to/with/from/into/in/over" arguments; participles fronted ("Led by X",
"Funded by X", "Having already V-ed", "After having V-ed"), trailing (", thereby V-ing",
", effectively V-ing", ", V-ing Y and V-ing Z"), after "before/since/while/by/without/for/
upon/on/in/despite/when/if", "accused of V-ing", passive participles after nouns ("the
oil field seized by X"), appositive and reduced relative participles, "with X V-ing Y",
aspectual gerunds ("continued shelling", "resumed bombing"), "saw X V-ing Y", gerund
subjects; across war, diplomacy, business, courts, sport, health and elections. Each
record: ``id``, ``form``, ``construction``, ``sentence`` and ``expected`` as in the first
grid.

An item holds as in the first grid (:func:`tests.test_forms_nominal_participle_grid.held`).
The items that do not hold yet are listed in :data:`KNOWN_MISSES` with what goes wrong
(they are not run one by one); every other item must keep holding, and the grid as a whole
must hold at least as many items as it did when this test was written (165 of 220, 0.75:
most misses are actor, entity and vocabulary questions, not the forms' own).

Session 44: items g2-022, g2-075, g2-091, g2-108 and g2-147 had an object owned by an unfound
"its"/"his"/"our" ("its ambassador"); such a bare object is now dropped
(:func:`extract.vague.unowned`), so their sentences name the owner or the thing instead
("the Algerian ambassador", "Saab's extradition"), and each item's form is still tested.
"""

from __future__ import annotations

import pytest

from tests.grids import assert_holds, check_items, holding, item_params, read_grid

ITEMS = read_grid("forms_grid_2.jsonl")

#: Items that do not hold yet: id -> what goes wrong.
KNOWN_MISSES = {
    "g2-015": "an event noun in apposition ('The raid, a joint operation by X against Y')",
    "g2-018": "'Marfrig' typed PRODUCT: no target of the offer",
    "g2-028": "'Republican-led states' read as 'Republican'; 'mount a challenge to' no support",
    "g2-030": "'campaign' is no event noun",
    "g2-032": "'gave their approval to' a takeover: no support verb with a 'to' target",
    "g2-067": "'the country' after the name it refers to is left to coreference",
    "g2-078": "'a campaign of arrests by X against Y': the container is no event noun",
    "g2-081": "'surtax' is no event noun",
    "g2-082": "'a strike by machinists against the planemaker': the labour strike no event",
    "g2-084": "'sale' is no event noun",
    "g2-086": "the parse makes 'sacking' the root and 'surprised' a clause of 'after'",
    "g2-087": "'millions of machines' read as a quantity",
    "g2-093": "the parse makes 'banning' the root; the sentence's verb swallowed",
    "g2-097": "'operation' is no event noun",
    "g2-099": "'audit' is no event noun and the accountants no actor",
    "g2-101": "'a teenager' and 'children': two concepts, no actor",
    "g2-105": "'a handful of hardline Republicans': the handful is the agent",
    "g2-106": "'adoption' names no classed verb",
    "g2-107": "'cuts' is no event noun; the protest's target is the cuts",
    "g2-110": "'sabotage' is no event noun; the team no actor",
    "g2-112": "'handling' names no classed verb",
    "g2-113": "'accession to NATO': no 'to' target of a noun of joining",
    "g2-114": "'intervention in Congo': no 'in' target",
    "g2-121": "'his defence minister' resolves to no one",
    "g2-123": "'the central bank' of no country named is vague",
    "g2-128": "'him' is left to coreference",
    "g2-129": "'power' is no participant",
    "g2-135": "the truce's parties taken as objects ('broker truce' Israel)",
    "g2-137": "'tribesmen' and 'oil field': two concepts, no actor",
    "g2-144": "'separatists' and 'volunteers': two concepts, no event class kept",
    "g2-145": "'the city' after 'Avdiivka' (typed PERSON) resolves to no one",
    "g2-146": "'rates' is a vague object",
    "g2-152": "'hackers' and 'banks': two concepts, no actor",
    "g2-162": "'the ruling party' of no party named, and the name untyped",
    "g2-163": "the talks' parties taken as objects ('mediate talk' Washington)",
    "g2-167": "'its pilots' union' is vague",
    "g2-176": "'Greek coast guard officers' and 'the tanker': two concepts",
    "g2-177": "'prompting the government to deploy' is hedged, the government Kenya",
    "g2-178": "'the man' and 'a rabbi': two concepts",
    "g2-189": "'devalued the peso by more than 50 percent' gives no triple",
    "g2-195": "the parse makes 'struck' the root ('The law struck down by ...')",
    "g2-197": "the parse hangs 'retaken' on the verb and 'Bakhmut' on nothing",
    "g2-203": "'found X guilty' before a passive main clause: no triple",
    "g2-206": "a gerund subject has no agent ('Seizing X took Russian forces ...')",
    "g2-207": "'Russia's vetoing a resolution': the possessive gerund is no event noun",
    "g2-208": "'including X V-ing Y': the -ing clause after 'including' has no subject",
    "g2-211": "'becoming the first premier to visit Australia' is hedged",
    "g2-212": "'ending his detention': the event noun as object gives nothing",
    "g2-214": "the parse joins 'Sunday's final, leading Argentina' into one phrase",
    "g2-215": "'the consortium' and the network: two concepts",
    "g2-218": "'its majority' is no participant",
}
#: Items the grid held when this test was written.
HOLDING = 169


def test_the_grid_is_well_formed():
    assert len(ITEMS) >= 200
    check_items(ITEMS, KNOWN_MISSES, words=(8, 40))
    assert {item["form"] for item in ITEMS} == {"nominal", "participle"}
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
