"""A fifth construction grid: 240 one-sentence news items weighted to the nominal and
participle forms, run through the model.

``tests/data/forms_grid_5.jsonl`` holds 240 wire-style items (18-40 words) written for
this grid and committed before it was first run (none from an evaluation set), across 29
domains: 90 nominal (possessive agents "Turkey's shelling of Kurdish positions", "the N
of Y by X" as subject, object or inside "after / following / amid", adjectival and
compound agents "a Russian drone attack on Odesa", "the N on Y by X", "at the hands of
X", support verbs "launched an offensive against", "carried out strikes on", "imposed a
blockade on", "issued an arrest warrant for"), 90 participle (sentence-final ", V-ing Y"
sharing the main subject, reduced relatives "the tanker seized by Iran", fronted and
apposed participles "Backed by X,", "Having V-ed Y,", "X, having V-ed Y,", "X, citing Y,
V-ed Z", participles after a quote ", the ministry said, accusing X of ...") and 60
passive, negated and hedged items (20 each) with long noun phrases and appositions. Each
record: ``id``, ``form``, ``domain``, ``construction``, ``sentence`` and ``expected``
as in the other grids.

An item holds as in the other grids (:func:`tests.grids.held`). The items that do not hold
yet are listed in :data:`KNOWN_MISSES` with what goes wrong; every other item must keep
holding, and the grid as a whole must hold at least as many items as it does now: 181 of
240 (0.75, none reversed) on its first run (nominal 66/90, participle 66/90, passive
15/20, negated 19/20, hedged 15/20), 184 (0.77) after the rules of
tests/test_grid5_rules.py (nominal 67, participle 67, hedged 16).

Session 44: item g5-209's object was "his former boss", a bare object owned by an unfound
"his", which is now dropped (:func:`extract.vague.unowned`); its sentence names Trump
instead, and the negation it tests stands.
"""

from __future__ import annotations

import pytest

from tests.grids import assert_holds, check_items, holding, item_params, read_grid

ITEMS = read_grid("forms_grid_5.jsonl")

_UNCLASSED = "the noun's verb is not classed by the lexicon, so the noun is no event"
_VAGUE = "a bare common-noun actor with no name is dropped as vague"
_THING = "the participle's object is a thing or an amount, dropped"

#: Items that do not hold yet: id -> what goes wrong.
KNOWN_MISSES = {
    "g5-020": "'a strike by machinists at Boeing's factories': 'at' names no target of a "
              "strike, and the machinists are a bare noun",
    "g5-029": "'the bombing by X of Y': the agent 'coalition aircraft' is things",
    "g5-033": "'extension': " + _UNCLASSED,
    "g5-051": "'destruction' is not read as 'destroy' with an 'at the hands of' agent "
              "after a place",
    "g5-052": "'a US-led coalition campaign against Y': 'campaign' gives no triple",
    "g5-055": "'its purchase of Hess' after 'news of': the pronoun is not resolved to "
              "Chevron",
    "g5-058": "'Philips' is no entity for the NER",
    "g5-061": "'called a strike at Felixstowe': no support verb of a labour strike",
    "g5-062": "'US prosecutors said in court filings' hedges the hacking",
    "g5-063": "'The Islamic State group' typed NORP + noun: no subject",
    "g5-072": "'airdrop': " + _UNCLASSED,
    "g5-073": "'unknown attackers': " + _VAGUE,
    "g5-077": "'The Saudi-led intervention in Yemen': 'in' names no target",
    "g5-079": "'the main opposition party': " + _VAGUE,
    "g5-081": "'downing': " + _UNCLASSED + "; a missile is no actor",
    "g5-082": "'designation': " + _UNCLASSED,
    "g5-083": "'interception': " + _UNCLASSED,
    "g5-085": "'by a hacking group called Scattered Spider' is not read as the breach's "
              "agent",
    "g5-088": "'unidentified assailants': " + _VAGUE,
    "g5-089": "'lockout' with the 'of' phrase after the agent: no event noun",
    "g5-096": "the subject 'An Israeli air strike' is a thing; 'members' is vague",
    "g5-099": "', ordering the country to ...' is hung on the 'that' clause, not 'ruled'",
    "g5-100": "'data analytics company Splunk': 'Splunk' read as a verb, the label is "
              "the description",
    "g5-101": "'conceding defeat to X': the object is 'defeat', 'to X' is lost",
    "g5-105": "'Gunmen': " + _VAGUE,
    "g5-107": "'Ukrainian air defences' are things, no actor",
    "g5-109": "'Thieves': " + _VAGUE,
    "g5-112": "'The email accounts of several State Department officials': the object "
              "is labelled by the owner",
    "g5-115": "'Egyptian security vehicles' are things, no actor",
    "g5-132": "'Thousands of junior doctors': no subject; 'pay rise': " + _THING,
    "g5-136": "', beating forecasts' after 'Nvidia said its revenue had tripled': the "
              "participle's subject is the revenue",
    "g5-139": "'Hackers linked to North Korea breached': 'breached' parsed as a dependent "
              "of 'linked'",
    "g5-142": "'a Colombian cartel': " + _VAGUE + "; 'cocaine': " + _THING,
    "g5-146": "'the Islamic State group' typed NORP + noun: no object",
    "g5-147": "'pledging a further $8 billion in military aid': " + _THING,
    "g5-151": "'identifying the suspect as ...': 'identify' unclassed, 'suspect' vague",
    "g5-152": "'a Houthi missile' is a thing, no actor",
    "g5-153": "'lifted sanctions on X': read as 'lift sanction' on Venezuela's oil sector "
              "(the expected object is the sanctions)",
    "g5-166": "'declared mpox a public health emergency': 'mpox' parsed as a verb",
    "g5-178": "'a Texas financier': " + _VAGUE,
    "g5-179": "'escorted by two Italian destroyers': ships are things, no actor",
    "g5-180": "', expelling X' hung on 'to leave': its subject is read as the French "
              "troops",
    "g5-184": "'by officers from Britain's National Crime Agency': 'from' hung on the "
              "verb, no agent",
    "g5-187": "'a sophisticated espionage attack' is no actor",
    "g5-188": "'A deal offered by X was rejected by Y': the offerer is read as the object",
    "g5-193": "'armed men who arrived ...': " + _VAGUE,
    "g5-194": "'charged by prosecutors in Warsaw': " + _VAGUE,
    "g5-210": "'The Russian state energy company Gazprom': 'Gazprom' is no entity, the "
              "subject is the description",
    "g5-225": "'A former Marine, Daniel Penny,': 'Marine' typed ORG is the subject",
    "g5-229": "'win a large majority': no triple with 'majority'",
    "g5-232": "'strike' is intransitive: 'at CN and CPKC' names no object",
    "g5-237": "'living' tagged a noun: the label is 'Chinese national living'",
}
#: Items the grid holds.
HOLDING = 188


def test_the_grid_is_well_formed():
    assert len(ITEMS) == 240
    check_items(ITEMS, KNOWN_MISSES, words=(18, 40))
    forms = [item["form"] for item in ITEMS]
    assert {form: forms.count(form) for form in set(forms)} == {
        "nominal": 90, "participle": 90, "passive": 20, "negated": 20, "hedged": 20}
    for item in ITEMS:
        assert item["expected"]["negated"] == (item["form"] == "negated"), item["id"]
    assert len({item["domain"] for item in ITEMS}) >= 20
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
