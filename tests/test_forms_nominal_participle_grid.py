"""A grid of nominal and participle renderings of news events, run through the model.

``tests/data/nominal_participle_grid.jsonl`` holds one-sentence news items written for
this grid (none from an evaluation set): some 40 news verbs (attack, arrest, seize, expel,
sanction, ban, rescue, acquire, endorse, invade, raid, blockade, indict, abduct, deport,
recognise, suspend, release, bomb, boycott, sue, visit, bid, deal with, and verbs of
politics, business, courts and sport) each in several nominal constructions ("X's N of
Y", "the N of Y by X", "an N by X on Y", "a Russian N on Y", "X-led N", support verbs,
"X announced the N of Y", "Y's N by X", "Following X's N of Y", "the N by X of Y", "at the
hands of X", fronted "During his N to Y", "In a raid on Y, X ...") and participle
constructions ("Having V-ed Y, X", "V-ing Y, X said", "X ..., V-ing Y", "Y, V-ed by X",
"V-ed by X, Y", "Backed by X, Y", "After V-ing Y, X", with titles, appositions,
attribution and passive main clauses). Each record: ``id``, ``form`` (nominal or
participle), ``construction``, ``sentence`` and ``expected`` in the format of the
held-out paraphrases (acceptable subject names, relation words, object names;
``negated``; ``hedged``, or null when either reading is fine).

An item holds when a triple has an acceptable subject, relation and object, the right
way round, with the expected flags (as ``benchmarks/heldout.py`` scores a paraphrase).
The items that do not hold yet are listed in :data:`KNOWN_MISSES` with what goes wrong
(they are not run one by one); every other item must keep holding, and the grid as a whole
must hold at least nine items in ten.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction
from tests.grids import assert_holds, check_items, holding, item_params, read_grid

ITEMS = read_grid("nominal_participle_grid.jsonl")

#: Items that do not hold yet: id -> what goes wrong.
KNOWN_MISSES = {
    "np-034": "a vessel as agent is no actor ('by an Italian coast guard vessel')",
    "np-067": "'unsealed an indictment of X' is no support verb of the indictment",
    "np-093": "'The Islamic State' typed NORP + noun: no subject",
    "np-127": "'sixty migrants' typed QUANTITY: no object",
    "np-128": "'Mali' typed PERSON: 'Mali's junta' and the mission are two concepts",
    "np-131": "'armed and funded by Iran' parsed as an adjective and its conjunct",
    "np-147": "'Fresh from beating X' hangs the gerund on an adjective",
    "np-150": "a sea drone acting on a bridge: two things, no actor",
    "np-174": "'its annexation' after the clause's subject is left to coreference",
    "np-180": "'by agents of Russia's FSB': the agents' owner is not the agent",
    "np-200": "'its war' owned by the conjoined subject",
    "np-205": "'expansion' is no event noun",
    "np-211": "'militarisation' names no verb of the vocabulary",
    "np-213": "the label of 'the Belarusian potash producer Belaruskali' is the description",
    "np-222": "'spent Tuesday meeting X': no subject for the -ing complement",
    "np-224": "'unknown attackers' is no actor",
    "np-236": "'Visiting Kyiv next week' is not hedged",
    "np-251": "'as defence secretary' parsed as a clause swallowing the main verb",
    "np-252": "'the board' is no actor",
    "np-267": "'Moody's' split into a name and a possessive",
    "np-272": "'pleading guilty to defrauding X': the nested gerund has no subject",
}


def test_the_grid_is_well_formed():
    assert len(ITEMS) >= 250
    check_items(ITEMS, KNOWN_MISSES, words=(8, 40))
    assert {item["form"] for item in ITEMS} == {"nominal", "participle"}


@pytest.mark.model
@pytest.mark.parametrize("item", item_params(ITEMS, KNOWN_MISSES))
def test_grid_item_holds(extractor, item):
    assert_holds(extractor, item)


@pytest.mark.model
def test_the_grid_holds_at_least_nine_in_ten(extractor):
    # the known misses included: a change that breaks items not yet listed shows here too
    count = holding(extractor, ITEMS)
    assert count / len(ITEMS) >= 0.9, (count, len(ITEMS))


#: Sentences each rule of the round must leave alone: (sentence, present, absent), as in
#: :mod:`tests.constructions`.
GUARDS = {
    "a source after 'as' is no agent of a fronted participle": [
        ("As reported by Reuters, the talks in Doha collapsed on Friday.", [],
         [("Reuters", "talks")]),
    ],
    "a pronoun owner after the clause's subject is not the subject's": [
        ("Washington imposed sanctions on Moscow over its annexation of Crimea.", [],
         [("Washington", "Crimea")]),
        ("In his speech at the United Nations, Emmanuel Macron criticised Russia.", [],
         [("Emmanuel Macron", "United Nations")]),
    ],
    "a violent event the clause's subject only suffers or answers": [
        ("In an attack on the base, two Nigerian soldiers were killed.", [],
         [("Nigerian soldiers", "base")]),
        ("After an attack on a convoy in Borno, the Nigerian army bombed three villages.",
         [], [("Nigerian army", "convoy")]),
    ],
    "a result after a passive stays its agent's; a passive's 'by' stays its agent": [
        ("Kharkiv was struck by Russian missiles on Friday, killing at least seven people.",
         [("Russia", "kill", "people", False, False)], [("Kharkiv", "people")]),
        ("Speaking in the Legislative Council, Carrie Lam was interrupted by protesting "
         "legislators.", [], [("Carrie Lam", "legislators")]),
    ],
    "a 'by' of measure after an active verb's object stays the verb's": [
        ("Joe Biden won the election by a wide margin in Pennsylvania.", [],
         [("Joe Biden", "wide margin")]),
    ],
    "a bid for nothing named names no target": [
        ("Joe Biden's bid for re-election ended in July.", [], [("Joe Biden", "re-election")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(GUARDS))
def test_guards(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
