"""The act said as a noun (the nominal paraphrase form): who did an event noun when a
relative clause names the doer ("an attack on a convoy that the Taliban claimed"), a body
that names its side as the possessor ("The BTB union's shutdown of the Port of X"), a noun
of handing over with a named recipient ("Hanwha's sale of howitzers to Vietnam"), the verb
of a solid phrasal noun ("takeover": take over), the "of" phrase hung on a place or a time
("the arrest in Johannesburg of Desmond Tutu"), an invitation's invitee; and what the
nominal family no longer says: the agent of a non-violent event as the doer of a verb of no
class ("the interpretation established by the Supreme Court ruling"), an event as the party
of "to" ("Biden's invitation to the summit")."""

from __future__ import annotations

import pytest
from actorgraph.extract.derivation import relation_verb
from actorgraph.extract.events import default_lexicon
from actorgraph.extract.rules.nominal import deed_event, handed_over, relative_doers
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def pairs(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


#: a relative clause of a deed hung on a noun of the event's phrases: (sentence, rows,
#: ents, event noun index, doer)
_DEED_RELATIVES = [
    ("an attack on a convoy near Quetta that Hamas claimed", """
        1 det DET a DT
        1 ROOT NOUN attack NN
        1 prep ADP on IN
        4 det DET a DT
        2 pobj NOUN convoy NN
        4 prep ADP near IN
        5 pobj PROPN Quetta NNP
        9 nsubj PRON that WDT
        9 nsubj PROPN Hamas NNP
        6 relcl VERB claim VBD
    """, {"Hamas": "ORG", "Quetta": "GPE"}, 1, "Hamas"),
    ("the raid on the camp , which the army launched", """
        1 det DET the DT
        1 ROOT NOUN raid NN
        1 prep ADP on IN
        4 det DET the DT
        2 pobj NOUN camp NN
        4 punct PUNCT , ,
        9 dobj PRON which WDT
        8 det DET the DT
        9 nsubj NOUN army NN
        4 relcl VERB launch VBD
    """, {}, 1, "army"),
    ("the shelling of a post that Ethiopian troops carried out", """
        1 det DET the DT
        1 ROOT NOUN shelling NN
        1 prep ADP of IN
        4 det DET a DT
        2 pobj NOUN post NN
        8 mark SCONJ that IN
        7 amod ADJ Ethiopian JJ
        8 nsubj NOUN troop NNS
        1 acl VERB carry VBD
        8 prt ADP out RP
    """, {"Ethiopian": "NORP"}, 1, "troops"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "noun", "doer"), _DEED_RELATIVES)
def test_a_relative_clause_of_a_deed_names_the_event_nouns_doer(sentence, rows, ents, noun,
                                                                doer):
    doc = parse(sentence, rows, ents=ents)
    assert [t.text for t in relative_doers(doc[noun], default_lexicon())] == [doer]


def test_a_claimed_place_is_no_claimed_deed():
    # "the occupation of the islands, which China claims": China claims the islands
    doc = parse("the occupation of the islands , which China claims", """
        1 det DET the DT
        1 ROOT NOUN occupation NN
        1 prep ADP of IN
        4 det DET the DT
        2 pobj NOUN island NNS
        4 punct PUNCT , ,
        8 dobj PRON which WDT
        8 nsubj PROPN China NNP
        4 relcl VERB claim VBZ
    """, ents={"China": "GPE"})
    assert deed_event(doc[8], default_lexicon()) is None
    assert relative_doers(doc[1], default_lexicon()) == []


def test_a_relative_clause_with_an_object_of_its_own_is_no_deed():
    # "the attack on the base that the army ordered a review of": the army ordered a review
    doc = parse("the attack on the base that the army ordered a review", """
        1 det DET the DT
        1 ROOT NOUN attack NN
        1 prep ADP on IN
        4 det DET the DT
        2 pobj NOUN base NN
        8 dobj PRON that WDT
        7 det DET the DT
        8 nsubj NOUN army NN
        4 relcl VERB order VBD
        10 det DET a DT
        8 dobj NOUN review NN
    """)
    assert deed_event(doc[8], default_lexicon()) is None


#: nouns of handing over: (sentence, rows, ents, noun index, verb or None)
_HANDED = [
    ("Hanwha 's sale of howitzers to Vietnam", """
        2 poss PROPN Hanwha NNP
        0 case PART 's POS
        2 ROOT NOUN sale NN
        2 prep ADP of IN
        3 pobj NOUN howitzer NNS
        2 prep ADP to IN
        5 pobj PROPN Vietnam NNP
    """, {"Hanwha": "ORG", "Vietnam": "GPE"}, 2, "sell"),
    ("the shipment of tanks to Ukraine by Germany", """
        1 det DET the DT
        1 ROOT NOUN shipment NN
        1 prep ADP of IN
        2 pobj NOUN tank NNS
        1 prep ADP to IN
        4 pobj PROPN Ukraine NNP
        1 prep ADP by IN
        6 pobj PROPN Germany NNP
    """, {"Ukraine": "GPE", "Germany": "GPE"}, 1, "ship"),
    ("its sale of the stake to Vietnam", """
        2 poss PRON its PRP$
        2 ROOT NOUN sale NN
        1 prep ADP of IN
        4 det DET the DT
        2 pobj NOUN stake NN
        1 prep ADP to IN
        5 pobj PROPN Vietnam NNP
    """, {"Vietnam": "GPE"}, 1, None),
    ("Acme 's sale of the painting", """
        2 poss PROPN Acme NNP
        0 case PART 's POS
        2 ROOT NOUN sale NN
        2 prep ADP of IN
        5 det DET the DT
        3 pobj NOUN painting NN
    """, {"Acme": "ORG"}, 2, None),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "noun", "verb"), _HANDED)
def test_a_noun_of_handing_over_needs_a_named_giver_and_recipient(sentence, rows, ents, noun,
                                                                 verb):
    doc = parse(sentence, rows, ents=ents)
    assert handed_over(doc[noun]) == verb


def test_the_recipient_of_a_sale_is_its_target():
    doc = parse("Hanwha 's sale of howitzers to Vietnam angered Seoul", """
        2 poss PROPN Hanwha NNP
        0 case PART 's POS
        7 nsubj NOUN sale NN
        2 prep ADP of IN
        3 pobj NOUN howitzer NNS
        2 prep ADP to IN
        5 pobj PROPN Vietnam NNP
        7 ROOT VERB anger VBD
        7 dobj PROPN Seoul NNP
    """, ents={"Hanwha": "ORG", "Vietnam": "GPE", "Seoul": "GPE"})
    assert ("Hanwha", "sell", "Vietnam") in pairs(doc)


@pytest.mark.parametrize(("noun", "verb"), [("takeover", "take over"),
                                            ("shutdown", "shut down"),
                                            ("walkout", "walk out"),
                                            ("layout", "layout")])
def test_a_solid_phrasal_noun_is_its_verb(noun, verb):
    assert relation_verb(noun) == verb


REAL_SENTENCES = {
    "a relative clause of a deed on a noun of the event's phrases": [
        ("An ambush on a police convoy near Quetta that the Baloch Liberation Army claimed "
         "killed six officers.",
         [("Baloch Liberation Army", "ambush", "police convoy", False, False)], []),
        ("An attack on a Pakistani army convoy that the Taliban claimed killed nine soldiers.",
         [("Taliban", "attack", "Pakistani army convoy", False, False)], []),
        ("A car bomb attack on the U.S. embassy annex in East Beirut, which Islamic Jihad "
         "claimed, killed two.",
         [("Islamic Jihad", "attack", "United States embassy annex", False, False)],
         []),
        ("The shelling of a border post outside Kassala that Ethiopian troops carried out "
         "drew a protest from Khartoum.",
         [("Ethiopia", "shell", "border post outside Kassala", False, False)], []),
        # guard: a claimed place
        ("The occupation of the islands, which China claims, angered Manila.",
         [("China", "claim", "islands", False, False)], []),
    ],
    "a body that names its side as the possessor": [
        ("The BTB union's shutdown of the Port of Antwerp-Bruges has cost shippers an "
         "estimated 40 million euros a day.",
         [("BTB", "shut down", "Port", False, False)], []),
        ("The Israeli navy's interception of the Freedom Flotilla drew protests.",
         [("Israel", "intercept", "Freedom Flotilla", False, False)], []),
        ("The Bolivian government's expropriation of Andes Lithium prompted the company to "
         "seek arbitration.",
         [("Bolivia", "expropriate", "Andes Lithium", False, False)], []),
        # guard: a region names no act
        ("The Bolivian government's region of Santa Cruz voted.", [],
         [("Bolivia", "Santa Cruz")]),
    ],
    "a noun of handing over with a named recipient": [
        ("Hanwha Aerospace's sale of K9 howitzers to Vietnam marks the first major South "
         "Korean arms export to Southeast Asia.",
         [("Hanwha Aerospace", "sell", "Vietnam", False, False)], []),
        ("The sale by France of Rafale jets to India was signed in 2016.",
         [("France", "sell", "India", False, False)], []),
        ("Germany's shipment of Leopard tanks to Ukraine began on Monday.",
         [("Germany", "ship", "Ukraine", False, False)], []),
    ],
    "a solid phrasal noun": [
        ("Roche's takeover of Verdant Therapeutics, completed on Wednesday, makes the group "
         "the third-largest player.",
         [("Roche", "take over", "Verdant Therapeutics", False, False)], []),
        ("Microsoft's takeover of Activision Blizzard closed in October.",
         [("Microsoft", "take over", "Activision Blizzard", False, False)], []),
    ],
    "the of phrase hung on a place or a time": [
        ("The arrest in Johannesburg of Anglican Archbishop Desmond Tutu by police was "
         "condemned.", [("police", "arrest", "Desmond Tutu", False, False)],
         [("police", "Johannesburg")]),
        ("The detention in Tehran of French academic Fariba Adelkhah by Iranian authorities "
         "angered Paris.", [("Iran", "detain", "Fariba Adelkhah", False, False)],
         [("Iran", "Tehran")]),
        # guard: "of" inside a name
        ("An attack in the Gulf of Aden by Houthi rebels damaged a tanker.",
         [("Houthi", "attack", "Gulf of Aden", False, False)], []),
    ],
    "an invitation to someone": [
        ("Macron's invitation to Xi Jinping drew criticism.",
         [("Macron", "invite", "Xi Jinping", False, False)], []),
        ("The Colombian government's invitation to the ELN to return to talks was welcomed "
         "by the U.N. mission.", [("Colombia", "invite", "ELN", False, False)], []),
        # guard: an invitation to an event names no invitee
        ("Biden's invitation to the summit was declined.", [], [("Biden", "summit")]),
    ],
    "a by phrase hung on the verb of an event noun object": [
        ("Thousands marched in Manila to protest the murder of opposition leader Benigno "
         "Aquino by soldiers.", [("soldiers", "murder", "Benigno Aquino", False, False)], []),
        ("Crowds gathered in Istanbul to protest the detention of Ekrem Imamoglu by Turkish "
         "police.", [("Turkey", "detain", "Ekrem Imamoglu", False, False)], []),
        # guards: no one acts in "by a landslide", "by decree"
        ("Labour won the seat by a landslide.", [], [("landslide", "seat")]),
        ("Reagan ended the strike by decree.", [], [("decree", "strike")]),
    ],
    "a verb of no class after a non-violent event": [
        ("The interpretation of the charter established by the Supreme Court ruling was "
         "disputed.", [], [("Supreme Court", "charter")]),
        ("Iraq, which is not bound by the quota agreement reached by OPEC ministers, raised "
         "output.", [], [("Organization of Petroleum Exporting Countries", "Iraq")]),
        # guard: after a violent event it is the event's agent
        ("The freighter was sunk by a Houthi missile attack.",
         [("Houthi", "sink", "freighter", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
