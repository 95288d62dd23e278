"""Session 38's paraphrase forms that did not hold, on real parses (one batch for the module):

- a body's kind said by its head and the words before it, a CAMEO agent phrase ("the
  electoral commission", "the central bank", "the legislative council"), is who acted,
  in an active clause, an -ing adjunct or a complement alike, though no word of it is an
  agent alone; the bare head ("the commission") still says nothing of which one, and a
  vehicle's phrase ("the cargo ship") is a thing (extract/vague.py ``vague_agent``);
- a name the parser read as an adverb ("advmod") right before a finite verb with no
  subject is its subject, as one read as an adverbial noun already was ("FIFA reinstated
  the federation"; extract/hygiene.py ``_name_as_subject``); a real adverb, a date, or a
  name before a verb with a subject of its own stays;
- "the union" that points back to no union named before stays a concept, as "the gang"
  does, and acts as a body ("The union sued Amazon", "the union's boycott of Ryanair";
  ``[concept_groups]``, ``[agent_nouns]``); after a named union it is that union
  ("the Unite union ... the union"), and after "the European Union" still the EU;
- a group whose side a name before its head says ("Latvian diplomats", "Hezbollah
  fighters") is that side's, and a "from" phrase after it only where it comes from
  ("expelling 10 Latvian diplomats from Moscow" expels no Moscow); with no such name the
  "from" phrase still says whose ("militants from Gaza"; extract/actors.py ``_standin``);
- a group of fighters or hackers "linked to", "belonging to" or "tied to" one named side
  stands for it, as "loyal to" and "affiliated with" did ("Hackers linked to Iran
  targeted ..."; ``[allegiance_words]``); companies or tankers linked to a side are not
  its members, and a side that names no one ("linked to the scandal") gives none.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction
from tests.docs import parse

_BODY_KINDS = {
    "agent phrase as subject": [
        ("The election commission barred Maria Lopez from the presidential race.",
         [("election commission", "bar", "Maria Lopez", False, False)], []),
        ("The central bank fined Danske Bank for lax controls.",
         [("central bank", "fine", "Danske Bank", False, False)], []),
        ("The legislative council censured Governor Peter Mwangi over the audit.",
         [("legislative council", "censure", "Peter Mwangi", False, False)], []),
        # in an -ing adjunct of a clause that has no party of its own
        ("The electoral commission met in Accra on Monday, disqualifying Kwame Mensah over "
         "forged papers.",
         [("electoral commission", "disqualify", "Kwame Mensah", False, False)], []),
    ],
    "guard: a bare head or a vehicle": [
        ("The commission disqualified Samuel Otieno.", [], [("commission", "Samuel Otieno")]),
        ("The cargo ship rammed the Aurora Star near Dover.", [],
         [("cargo ship", "Aurora Star")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_BODY_KINDS))
def test_body_kinds(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


_UNIONS = {
    "the union of no union named before": [
        ("The union sued Amazon over the firing of warehouse workers.",
         [("union", "sue", "Amazon", False, False)], []),
        ("The union's boycott of Ryanair entered its third week.",
         [("union", "boycott", "Ryanair", False, False)], []),
        ("The union's strike against Boeing halted jet production in Seattle.",
         [("union", "strike", "Boeing", False, False)], []),
        ("The Unite union called a strike at Heathrow. The union accused BAA of bad faith.",
         [("Unite union", "accuse", "BAA", False, False)], []),
    ],
    "guard: the union is a union named before": [
        ("The European Union imposed sanctions on Belarus on Monday. The union also "
         "sanctioned Alexander Lukashenko.",
         [("European Union", "sanction", "Alexander Lukashenko", False, False)],
         [("union", "Alexander Lukashenko")]),
        ("The African Union suspended Niger on Monday. The union also condemned the junta "
         "in Niamey.",
         [("African Union", "condemn", "Niamey", False, False)], [("union", "Niamey")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_UNIONS))
def test_unions(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


_FROM_SIDES = {
    "a named side before the head, a place after from": [
        ("Russia hit back, expelling 10 Latvian diplomats from Moscow.",
         [("Russia", "expel", "Latvian diplomats", False, False)], []),
        ("Hezbollah fighters from Syria attacked Israeli positions on Mount Hermon.",
         [("Hezbollah", "attack", "Israeli positions on Mount Hermon", False, False)],
         [("Syria", "Israeli positions on Mount Hermon")]),
        ("Taliban gunmen from Pakistan attacked an Afghan army post.",
         [("Taliban", "attack", "Afghan army post", False, False)],
         [("Pakistan", "Afghan army post")]),
    ],
    "guard: no name before the head": [
        ("Militants from Gaza attacked Israel.", [("Gaza", "attack", "Israel", False, False)],
         []),
    ],
    "guard: a faith or people before the head is no side, from still says whose": [
        ("Shiite militiamen from Iraq attacked a US base in eastern Syria.",
         [("Iraq", "attack", "United States base", False, False)], []),
        ("Islamist fighters from Libya attacked a border post in Tunisia.",
         [("Libya", "attack", "border post in Tunisia", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_FROM_SIDES))
def test_from_sides(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


_ALLEGIANCES = {
    "a group linked to or belonging to a named side": [
        ("Hackers linked to Iran targeted Albania's government websites, officials said.",
         [("Iran", "target", "Albania's government websites", False, False)], []),
        ("Fighters belonging to the RSF looted the market in El Geneina.",
         [("RSF", "loot", "market in El Geneina", False, False)],
         [("fighters", "market in El Geneina")]),
        ("Hackers linked to North Korea stole 600 million dollars from Ronin Network.",
         [("North Korea", "steal from", "Ronin Network", False, False)],
         [("hackers", "Ronin Network")]),
    ],
    "guard: things linked to a side, or no named side": [
        ("Tankers linked to Iran were seized by the US Navy.",
         [("US Navy", "seize", "tankers linked to Iran", False, False)], [("US Navy", "Iran")]),
        ("Companies linked to Iran shipped drones to Russia.", [], [("Iran", "Russia")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_ALLEGIANCES))
def test_allegiances(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


#: A name before a finite verb with no subject, read as an adverb: (sentence, rows,
#: entities, (subject, object)).
_ADVERB_NAMES = [
    ("Interpol arrested Mendez", """
        1 advmod PROPN Interpol NNP
        1 ROOT VERB arrest VBD
        1 dobj PROPN Mendez NNP
    """, {"Interpol": "ORG", "Mendez": "PERSON"}, ("Interpol", "Mendez")),
    ("Tehran recalls Sweden", """
        1 advmod PROPN Tehran NNP
        1 ROOT VERB recall VBZ
        1 dobj PROPN Sweden NNP
    """, {"Tehran": "GPE", "Sweden": "GPE"}, ("Tehran", "Sweden")),
    ("Merkel praised Macron", """
        1 advmod PROPN Merkel NNP
        1 ROOT VERB praise VBD
        1 dobj PROPN Macron NNP
    """, {"Merkel": "PERSON", "Macron": "PERSON"}, ("Merkel", "Macron")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "pair"), _ADVERB_NAMES)
def test_a_name_read_as_an_adverb_before_a_subjectless_verb_is_its_subject(
        sentence, rows, ents, pair):
    from actorgraph.extract.hygiene import repair_verbs
    from actorgraph.extract.triples import all_triples

    doc = parse(sentence, rows, ents=ents)
    assert pair not in {(t.subject.text, t.object.text) for t in all_triples(doc)}
    repair_verbs(doc)
    assert pair in {(t.subject.text, t.object.text) for t in all_triples(doc)}


@pytest.mark.parametrize(("sentence", "rows", "ents"), [
    # an adverb, no name
    ("Meanwhile Iran recalled Sweden", """
        2 advmod ADV meanwhile RB
        2 nsubj PROPN Iran NNP
        2 ROOT VERB recall VBD
        2 dobj PROPN Sweden NNP
    """, {"Iran": "GPE", "Sweden": "GPE"}),
    # a date
    ("Tuesday Iran recalled Sweden", """
        2 npadvmod PROPN Tuesday NNP
        2 nsubj PROPN Iran NNP
        2 ROOT VERB recall VBD
        2 dobj PROPN Sweden NNP
    """, {"Tuesday": "DATE", "Iran": "GPE", "Sweden": "GPE"}),
    # a name before the subject of a verb that has one
    ("Tehran Iran recalled Sweden", """
        2 advmod PROPN Tehran NNP
        2 nsubj PROPN Iran NNP
        2 ROOT VERB recall VBD
        2 dobj PROPN Sweden NNP
    """, {"Tehran": "GPE", "Iran": "GPE", "Sweden": "GPE"}),
])
def test_guard_no_adverb_subject(sentence, rows, ents):
    from actorgraph.extract.hygiene import repair_verbs

    doc = parse(sentence, rows, ents=ents)
    before = [t.dep_ for t in doc]
    repair_verbs(doc)
    assert [t.dep_ for t in doc] == before


def test_an_adverb_name_on_the_model(extractor):
    check_construction(
        extractor, "FIFA reinstated the Chadian Football Federation on Friday.",
        [("FIFA", "reinstate", "Chadian Football Federation", False, False)], [])
